import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { serviceDbRole } from '@trustcircle/contracts';
import { Client } from 'pg';
import { ConsoleEnv } from '../../config/console.env';

/** The PostgreSQL channel the read model announces its changes on. */
export const READ_MODEL_CHANNEL = 'tc_console_read_model';

/** The statement that announces a change, run in the transaction that makes it (delivered at its commit). */
export const ANNOUNCE_READ_MODEL_CHANGE = `SELECT pg_notify('${READ_MODEL_CHANNEL}', '')`;

const RECONNECT_MS = 2000;

/**
 * Tells every console replica that the read model changed, whichever replica's consumer changed it: the consuming
 * transaction sends a NOTIFY, which PostgreSQL delivers at commit (never for a rolled-back change; many in one
 * transaction arrive as one). Each replica LISTENs on a session of its own and calls its subscribers, which
 * debounce. If the session drops it reconnects; meanwhile subscribers rely on their periodic refresh.
 */
@Injectable()
export class ReadModelChanges implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReadModelChanges.name);
  private readonly listeners = new Set<() => void>();
  private session: Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly env: ConsoleEnv) {}


  /** Calls `listener` after every committed change; answers the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onApplicationBootstrap(): void {
    void this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.session?.end().catch(() => undefined);
    this.session = undefined;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const session = new Client({
      host: this.env.DB_HOST,
      port: this.env.DB_PORT,
      database: this.env.DB_NAME,
      user: this.env.DB_USER ?? serviceDbRole('console'),
      password: this.env.DB_PASSWORD,
      application_name: 'trustcircle-console-read-model',
    });
    session.on('notification', () => {
      for (const listener of this.listeners) listener();
    });
    session.on('error', (e) => {
      this.logger.warn(`read model change session lost: ${e.message}; reconnecting`);
      this.reconnectLater(session);
    });
    try {
      await session.connect();
      await session.query(`LISTEN ${READ_MODEL_CHANNEL}`);
      if (this.stopped) {
        await session.end().catch(() => undefined);
        return;
      }
      this.session = session;
    } catch (e) {
      this.logger.warn(`cannot listen for read model changes yet: ${e instanceof Error ? e.message : String(e)}`);
      this.reconnectLater(session);
    }
  }

  private reconnectLater(session: Client): void {
    if (this.session === session) this.session = undefined;
    void session.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
