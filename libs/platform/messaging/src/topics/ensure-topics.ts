import type { Admin } from 'kafkajs';
import type { TopicDeclaration } from '@trustcircle/contracts';

/** What ensureTopics did. */
export interface EnsureTopicsResult {
  created: string[];
  existing: string[];
}

/**
 * Creates the declared topics that are missing, with their fixed partition counts and retention, and refuses
 * to go on when an existing topic has a different partition count (its keys would have moved).
 */
export async function ensureTopics(admin: Admin, declarations: TopicDeclaration[], replicationFactor = 1): Promise<EnsureTopicsResult> {
  const present = new Set(await admin.listTopics());
  const missing = declarations.filter((d) => !present.has(d.name));
  if (missing.length > 0) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((d) => ({
        topic: d.name,
        numPartitions: d.partitions,
        replicationFactor,
        configEntries: [
          { name: 'cleanup.policy', value: d.cleanupPolicy },
          { name: 'retention.ms', value: String(d.retentionMs) },
        ],
      })),
    });
  }
  const existing = declarations.filter((d) => present.has(d.name));
  if (existing.length > 0) {
    const meta = await admin.fetchTopicMetadata({ topics: existing.map((d) => d.name) });
    for (const t of meta.topics) {
      const want = declarations.find((d) => d.name === t.name);
      if (want && t.partitions.length !== want.partitions) {
        throw new Error(`Topic ${t.name} has ${t.partitions.length} partitions, declared ${want.partitions}: refusing to continue.`);
      }
    }
  }
  return { created: missing.map((d) => d.name), existing: existing.map((d) => d.name) };
}
