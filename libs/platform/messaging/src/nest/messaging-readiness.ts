import type { OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import type { ReadinessCheck } from '@trustcircle/observability';
import type { OutboxRelay } from '../outbox/outbox-relay';
import type { MessagingLifecycle } from './messaging-lifecycle';

/**
 * Kafka readiness: the broker answers, the relay has no unrecovered error, and no consumer partition is stuck
 * on a transient failure (then the service is not ready until it recovers).
 */
export class KafkaReadinessCheck implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'kafka';
  private admin: Admin | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly relay: OutboxRelay,
    private readonly lifecycle: MessagingLifecycle,
  ) {}

  async check(): Promise<void> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    try {
      await this.admin.describeCluster();
    } catch (e) {
      const admin = this.admin;
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw e;
    }
    const relay = this.relay.health();
    if (relay.error) throw new Error(`outbox relay: ${relay.error}`);
    const consumer = this.lifecycle.consumerHealth();
    if (consumer && !consumer.ok) {
      const stuck = consumer.stuck.map((s) => `${s.topic}[${s.partition}] since ${s.since}: ${s.error}`).join('; ');
      if (consumer.crashed) throw new Error(`consumer crashed: ${consumer.crashed}`);
      throw new Error(consumer.joined ? `consumer waiting on a transient failure: ${stuck}` : 'consumer joining its group');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }
}

