import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INTAKE_MESSAGES, SERVICE_NAMES, TOPICS } from '@trustcircle/contracts';
import { partnerKafkaUser, serviceAcls } from './kafka-resources';
import { REPO_ROOT } from './render';
import { consoleReplayTopics, consumerGroups, INTAKE_CONSUMERS, topicsOwnedBy, topicsWrittenByPartners } from './topology';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('Kafka topology from the contracts', () => {
  it('knows the reader of every intake topic, as the @HandlesIntake decorators in apps/ say', () => {
    const found: Record<string, string> = {};
    for (const service of SERVICE_NAMES) {
      for (const file of sources(resolve(REPO_ROOT, 'apps', service, 'src'))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/@HandlesIntake\(\s*'([^']+)'\s*\)/g)) found[m[1]] = service;
      }
    }
    expect(found).toEqual(INTAKE_CONSUMERS);
    expect(Object.keys(INTAKE_CONSUMERS).sort()).toEqual(Object.keys(INTAKE_MESSAGES).sort());
  });

  it('gives each service its own group tc.<service>, and the console its dead-letter desk reading every dead-letter topic', () => {
    const groups = consumerGroups();
    expect(groups.find((g) => g.group === 'tc.orders')?.topics).toContain(TOPICS.orderIntake.name);
    expect(groups.find((g) => g.group === 'tc.console.dead-letters')?.topics).toEqual(SERVICE_NAMES.map((s) => `deadletter.${s}.v1`).sort());
    expect(groups.filter((g) => g.topics.includes(TOPICS.platformAlerts.name)).map((g) => g.service).sort()).toEqual(['console', 'notifications']);
  });

  it('lets a service write its own topics, alerts and its dead-letter topic only', () => {
    expect(topicsOwnedBy('escrow')).toEqual(['deadletter.escrow.v1', 'escrow.events.v1', 'platform.alerts.v1']);
    expect(topicsOwnedBy('console')).toEqual(['deadletter.console.v1', 'partners.directory.v1', 'platform.alerts.v1']);
    expect(consoleReplayTopics()).not.toContain('deadletter.orders.v1');
    const writes = serviceAcls('orders').filter((a) => a.operations.includes('Write')).map((a) => a.resource.name);
    expect(writes).toEqual(topicsOwnedBy('orders'));
  });

  it('lets marketplaces write orders.intake.v1 only, couriers delivery.courier-intake.v1 only', () => {
    expect(topicsWrittenByPartners('marketplaces')).toEqual(['orders.intake.v1']);
    expect(topicsWrittenByPartners('couriers')).toEqual(['delivery.courier-intake.v1']);
  });

  it("makes one partner's KafkaUser from its id, and refuses an id that is not a UUID", () => {
    const user = partnerKafkaUser('marketplaces', '6f1c2a4e-1b7d-4c8e-9a3f-2d5e6f7a8b9c');
    expect(user.metadata.name).toBe('partner-6f1c2a4e-1b7d-4c8e-9a3f-2d5e6f7a8b9c');
    expect(user).toMatchObject({ spec: { authentication: { type: 'tls' }, authorization: { type: 'simple', acls: [{ resource: { type: 'topic', name: 'orders.intake.v1' }, operations: ['Describe', 'Write'] }] } } });
    expect(() => partnerKafkaUser('couriers', 'ghn')).toThrow(/UUID/);
  });
});
