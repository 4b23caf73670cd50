import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createProducer, KAFKA } from '@trustcircle/messaging';
import type { IHeaders, Kafka, Producer } from 'kafkajs';

/** A message to put back on its original topic. */
export interface ReplayMessage {
  topic: string;
  partition: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/** Where a replayed message landed. */
export interface ReplayedAt {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * The replay's own producer: the platform's idempotent producer (acks from all in-sync replicas), connected on
 * the first replay. Sends one at a time: KafkaJS' idempotent producer is fragile under concurrent sends, and
 * replays are rare.
 */
@Injectable()
export class ReplayProducer implements OnApplicationShutdown {
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}

  /** Produces the message onto its topic and partition; resolves once all in-sync replicas have it. */
  send(message: ReplayMessage): Promise<ReplayedAt> {
    const sent = this.queue.then(() => this.sendNow(message));
    this.queue = sent.catch(() => undefined);
    return sent;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue;
    const producer = this.producer;
    this.producer = undefined;
    this.connecting = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async sendNow(message: ReplayMessage): Promise<ReplayedAt> {
    const producer = await this.connected();
    const [meta] = await producer.send({
      topic: message.topic,
      acks: -1,
      messages: [{ partition: message.partition, key: message.key, value: message.value, headers: message.headers }],
    });
    if (!meta || meta.baseOffset === undefined) throw new Error(`Kafka did not say where the replay to ${message.topic} landed`);
    return { topic: meta.topicName, partition: meta.partition, offset: meta.baseOffset };
  }

  private connected(): Promise<Producer> {
    this.connecting ??= (async () => {
      const producer = createProducer(this.kafka);
      try {
        await producer.connect();
      } catch (e) {
        this.connecting = undefined;
        throw e;
      }
      this.producer = producer;
      return producer;
    })();
    return this.connecting;
  }
}
