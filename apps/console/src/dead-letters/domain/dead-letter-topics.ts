import { deadLetterTopic, SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';

/**
 * The consumer group of the console's dead-letter desk: it reads every service's dead-letter topic.
 * WARNING: never rename: the group's committed offsets live under it.
 */
export const DEAD_LETTER_DESK_GROUP = 'tc.console.dead-letters';

/** The dead-letter topic of every service (`deadletter.<service>.v1`), in the services' order. */
export function deadLetterTopics(): string[] {
  return SERVICE_NAMES.map((s) => deadLetterTopic(s));
}

/** The service a dead-letter topic belongs to (the service that failed to process the message), or undefined. */
export function serviceOfDeadLetterTopic(topic: string): ServiceName | undefined {
  return SERVICE_NAMES.find((s) => deadLetterTopic(s) === topic);
}
