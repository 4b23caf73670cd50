/** The ACLs the contracts call for, per KafkaUser, and what each service may write: what checkKafkaUsers compares with. */
import { SERVICE_NAMES, type ServiceName } from '@trustcircle/contracts';
import { type AclRule, partnerAcls, serviceAcls } from './kafka-resources';
import { serviceKafkaUser } from './names';
import { consoleReplayTopics, PARTNER_KINDS, topicsOwnedBy } from './topology';

/** KafkaUser name → the ACL rules it must have, exactly. */
export function expectedAcls(): Map<string, AclRule[]> {
  return new Map<string, AclRule[]>([...SERVICE_NAMES.map((s) => [serviceKafkaUser(s), serviceAcls(s)] as const), ...PARTNER_KINDS.map((k) => [`intake-${k}`, partnerAcls(k)] as const)]);
}

/** The topics a service may write: what it owns, plus, for the console, its dead-letter replay targets. */
export function mayWrite(service: ServiceName): string[] {
  return [...topicsOwnedBy(service), ...(service === 'console' ? consoleReplayTopics() : [])];
}
