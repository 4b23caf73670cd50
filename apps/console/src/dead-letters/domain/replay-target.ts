import { TOPICS } from '@trustcircle/contracts';

/** Where a replay goes: the original topic and partition (so the key keeps its partition and its order). */
export interface ReplayTarget {
  topic: string;
  partition: number;
}

/**
 * The original topic and partition a dead letter is replayed onto, or why it cannot be: only a declared topic
 * of the platform (never a dead-letter topic, nor a topic a forged header names) and a partition it has.
 */
export function replayTargetOf(originalTopic: string | null, originalPartition: number | null): ReplayTarget | { refused: string } {
  if (originalTopic === null || originalPartition === null) return { refused: 'The dead letter does not say which topic and partition the message came from.' };
  const declared = Object.values(TOPICS).find((t) => t.name === originalTopic);
  if (!declared) return { refused: `The original topic ${originalTopic} is not a topic of the platform.` };
  if (originalPartition >= declared.partitions) return { refused: `The topic ${originalTopic} has no partition ${originalPartition}.` };
  return { topic: declared.name, partition: originalPartition };
}
