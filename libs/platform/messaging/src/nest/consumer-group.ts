import type { ServiceName } from '@trustcircle/contracts';

/** The consumer group of a service. WARNING: never rename: the group's committed offsets live under it. */
export function consumerGroupOf(service: ServiceName): string {
  return `tc.${service}`;
}
