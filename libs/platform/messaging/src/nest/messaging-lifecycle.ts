import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { EventConsumer } from '../consumer/event-consumer';
import { OutboxRelay } from '../outbox/outbox-relay';
import { HandlerDiscovery } from './handler-discovery';
import type { MessagingModuleOptions } from './messaging-options';
import { KAFKA_DEAD_LETTER_PRODUCER, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Orders the messaging runtime: producers, then the relay, then the consumer (in the background) after the
 * app boots; on shutdown the consumer first (it leaves its group), then the relay, then the producers.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingLifecycle.name);
  private starting: Promise<void> | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(KAFKA_DEAD_LETTER_PRODUCER) private readonly deadLetterProducer: Producer,
    private readonly relay: OutboxRelay,
    private readonly consumer: EventConsumer,
    private readonly discovery: HandlerDiscovery,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([this.producer.connect(), this.deadLetterProducer.connect()]);
    if (this.options.relay !== false) this.relay.start();
    if (this.options.consume === false) return;
    this.consumer.register(this.discovery.handlers(), this.discovery.intakeHandlers());
    if (!this.consumer.hasHandlers()) return;
    // Joining the group may wait for a crashed predecessor's session to expire: never hold the app's boot (and
    // its outbox relay and HTTP) for that. Readiness reports the consumer as not ready until it has joined.
    this.starting = this.consumer.start().then(
      () => this.logger.log(`consuming ${this.consumer.topics().join(', ')} as ${this.options.service}`),
      (e: unknown) => this.logger.error(`consumer failed to start: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starting;
    await this.consumer.stop();
    await this.relay.stop();
    await Promise.all([this.producer.disconnect().catch(() => undefined), this.deadLetterProducer.disconnect().catch(() => undefined)]);
  }

  /** Readiness of the consumer; undefined when this service consumes nothing. */
  consumerHealth(): ReturnType<EventConsumer['health']> | undefined {
    return this.consumer.hasHandlers() ? this.consumer.health() : undefined;
  }
}
