import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** A message the server accepted, parsed by mailparser. */
export interface ReceivedEmail {
  /** The SMTP envelope: `MAIL FROM` and `RCPT TO` addresses. */
  envelope: { from: string | undefined; to: string[] };
  /** The user who authenticated, if any. */
  user: string | undefined;
  parsed: ParsedMail;
  /** The raw message as received. */
  raw: string;
}

/** An SMTP rejection: a 4xx (transient) or 5xx (permanent) reply. */
export interface SmtpRejection {
  code: number;
  message?: string;
}

type Command = { kind: 'reject'; rejection: SmtpRejection } | { kind: 'hang' };

/**
 * A real SMTP server in process (`smtp-server` on 127.0.0.1, port 0; no TLS, optional PLAIN/LOGIN auth) that parses
 * every accepted message with mailparser ({@link messages}) and fails on command: {@link rejectNext} answers the next
 * messages' DATA with a 4xx or 5xx reply; {@link hangNext} never answers DATA (the client's timeout fires).
 */
export class FakeSmtpServer {
  /** Messages accepted, in order. */
  readonly messages: ReceivedEmail[] = [];
  /** Messages whose DATA was received (accepted or not). */
  dataReceived = 0;
  private readonly queue: Command[] = [];
  private port = 0;

  private readonly server: SMTPServer;

  private constructor(auth: { user: string; pass: string } | undefined) {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      allowInsecureAuth: true,
      authOptional: !auth,
      logger: false,
      disableReverseLookup: true,
      closeTimeout: 100,
      onAuth(credentials, _session, callback) {
        if (credentials.username === auth?.user && credentials.password === auth?.pass) callback(null, { user: credentials.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onData: (stream, session, callback) => void this.receive(stream, session, callback),
    });
  }

  /** Starts the server; with `auth`, clients must log in with that user and password. */
  static async start(options: { auth?: { user: string; pass: string } } = {}): Promise<FakeSmtpServer> {
    const fake = new FakeSmtpServer(options.auth);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.port = (fake.server.server.address() as AddressInfo).port;
    return fake;
  }

  /** `smtp://127.0.0.1:<port>` (add credentials for an authenticating server). */
  url(auth?: { user: string; pass: string }): string {
    return `smtp://${auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : ''}127.0.0.1:${this.port}`;
  }

  /** The next `n` messages are refused at DATA with `code` (4xx transient, 5xx permanent). */
  rejectNext(n: number, code: number, message = code >= 500 ? 'Message rejected' : 'Try again later'): this {
    for (let i = 0; i < n; i++) this.queue.push({ kind: 'reject', rejection: { code, message } });
    return this;
  }

  /** The next message's DATA is never answered. */
  hangNext(): this {
    this.queue.push({ kind: 'hang' });
    return this;
  }

  /** Back to accepting everything. */
  recover(): this {
    this.queue.length = 0;
    return this;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    this.dataReceived += 1;
    const command = this.queue.shift();
    if (command?.kind === 'hang') return;
    if (command?.kind === 'reject') {
      callback(Object.assign(new Error(command.rejection.message), { responseCode: command.rejection.code }));
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed = await simpleParser(Buffer.concat(chunks));
    const from = session.envelope.mailFrom;
    this.messages.push({
      envelope: { from: from ? from.address : undefined, to: session.envelope.rcptTo.map((r) => r.address) },
      user: typeof session.user === 'string' ? session.user : undefined,
      parsed,
      raw,
    });
    callback(null);
  }
}
