import type { ServiceName } from '@trustcircle/contracts';

/** How a service uses messaging. */
export interface MessagingModuleOptions {
  service: ServiceName;
  /** Run the outbox relay in this process (default true). */
  relay?: boolean;
  /** Run the consumer in this process (default true; it only starts when handlers are registered). */
  consume?: boolean;
}
