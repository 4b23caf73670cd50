/**
 * Issue 11's scenario suite: every scenario end to end over the real stack (six service processes, PostgreSQL,
 * Redis, Kafka), through the public APIs only. For each: the escrow's final state and amounts, conservation
 * (paid = to the seller + fee + refunded, nothing held at the end), the buyer's SMS sequence at the provider and
 * the marketplace's verified webhooks.
 */
import { waitFor } from '@trustcircle/testing';
import { e164 } from '../../tools/simulator/circle/http';
import { conservationProblems, escrowView } from '../../tools/simulator/circle/money';
import { smsSequenceProblems } from '../../tools/simulator/circle/observers';
import { SCENARIOS } from '../../tools/simulator/scenarios';
import type { ScenarioRun } from '../../tools/simulator/scenarios/scenario';
import { ScenarioStack } from './scenario-stack';

jest.setTimeout(180_000);

let stack: ScenarioStack;

beforeAll(async () => {
  stack = await ScenarioStack.start();
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

/** Checks a finished run: state, amounts, conservation, the buyer's texts and the marketplace's webhooks. */
async function check(run: ScenarioRun): Promise<void> {
  const c = stack.circle;
  const v = await escrowView(c.marketplace, run.order.id);
  expect(v.state).toBe(run.expect.escrowState);
  expect(conservationProblems(v, { closed: true })).toEqual([]);
  if (run.expect.amounts) expect(v.amounts).toMatchObject(run.expect.amounts);
  await waitFor(() => run.expect.webhooks.every((t) => c.webhooks.typesFor(run.order.id).includes(t)), {
    what: `webhooks ${run.expect.webhooks.join(', ')} (got ${c.webhooks.typesFor(run.order.id).join(', ')})`,
    timeoutMs: 30_000,
    intervalMs: 100,
  }).catch(() => undefined);
  expect(c.webhooks.typesFor(run.order.id)).toEqual(expect.arrayContaining(run.expect.webhooks));
  await waitFor(() => c.sms.count(e164(run.order.phone)) >= run.expect.sms.length, { what: 'the buyer\'s texts', timeoutMs: 30_000, intervalMs: 100 }).catch(() => undefined);
  expect(smsSequenceProblems(c.sms.texts(e164(run.order.phone)), run.expect.sms)).toEqual([]);
}

/** `SCENARIOS=happy-path,counterfeit` runs only those. */
const only = process.env.SCENARIOS?.split(',');

describe.each(SCENARIOS.filter((s) => !only || only.includes(s.name)).map((s) => [s.name, s] as const))('scenario %s', (_name, scenario) => {
  it(scenario.title, async () => {
    await check(await scenario.run(stack.circle));
  });
});
