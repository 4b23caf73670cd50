/**
 * Issue 11's fault injection: orders flow through the whole platform (six service processes, the real broker,
 * PostgreSQL and Redis) from the simulator's wall-clock scenarios while a seeded plan SIGKILLs services at random
 * moments (their outbox relays with them), restarts the broker once, freezes a consumer past its session timeout,
 * and makes the SMS provider and the marketplace's webhook endpoint fail for a while. With everything recovered,
 * every deadline passed and every instruction settled, the verdict must be all zeros: no order lost, no VND created
 * or destroyed, no escrow paid twice, no duplicate text at the provider, no order stuck.
 *
 * `npm test` runs a short plan with a fixed seed; `npm run chaos -- --seed N` the long one (CHAOS_LONG=1), which
 * also writes its report under bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ServiceName } from '@trustcircle/contracts';
import { ROOT, startKafka, stopKafka } from '@trustcircle/devstack';
import { TEST_INFRA, waitFor } from '@trustcircle/testing';
import { type Fault, describeFault, planFaults } from '../../tools/chaos/chaos-plan';
import { chaosVerdict, decideEscalated, finishOutsideWork, passEveryDeadline, settleEverything, verdictHolds, verdictTable } from '../../tools/chaos/chaos-checks';
import { ChaosRunner, type ChaosTargets } from '../../tools/chaos/chaos-runner';
import { Circle } from '../../tools/simulator/circle/circle';
import { SCENARIOS } from '../../tools/simulator/scenarios';
import { Simulator } from '../../tools/simulator/simulator';
import { ScenarioStack } from '../scenarios/scenario-stack';

const LONG = process.env.CHAOS_LONG === '1';
const SEED = Number(process.env.CHAOS_SEED ?? 20_261_129);
// The short run: enough orders that every fault meets some in flight (kills reach past the last order placed).
const ORDERS = Number(process.env.CHAOS_ORDERS ?? (LONG ? 3000 : 60));
const RATE = Number(process.env.CHAOS_RATE ?? (LONG ? 3 : 4));
/** The services a fault may hit (the console serves operators only: no order goes through it). */
const VICTIMS: ServiceName[] = ['orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications'];

jest.setTimeout(LONG ? 3 * 3_600_000 : 600_000);

let stack: ScenarioStack;
let bootMs = 0;

beforeAll(async () => {
  const t0 = Date.now();
  // A failed text is retried within seconds here (the default waits 5 s, then 5 min): the run checks the outcome.
  // Deadlines fire on their own (the scenarios play on the wall clock), every second as in production.
  stack = await ScenarioStack.start({ NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,1,2,5,10,20,30,60,120', DEADLINE_SWEEP_MS: '1000' });
  bootMs = Date.now() - t0;
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

function targets(): ChaosTargets {
  const broker = { instance: TEST_INFRA.kafkaInstance, port: TEST_INFRA.kafkaPort, controllerPort: TEST_INFRA.kafkaControllerPort, sasl: TEST_INFRA.kafkaSasl };
  return {
    kill: (s) => stack.services[s].kill(),
    // As an orchestrator does: a process that exits while starting (the broker is down, say) is started again.
    start: async (s) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await stack.services[s].start();
          await waitFor(async () => (await fetch(stack.services[s].url('/health/ready')).catch(() => undefined))?.ok, { what: `${s} ready`, timeoutMs: 120_000, intervalMs: 100 });
          return;
        } catch (e) {
          if (attempt >= 5) throw e;
          await stack.services[s].kill();
          await new Promise((r) => setTimeout(r, 2000));
        }
      }
    },
    pause: (s) => stack.services[s].pause(),
    resume: (s) => stack.services[s].resume(),
    stopBroker: async () => void (await stopKafka(broker.instance)),
    startBroker: async () => void (await startKafka(broker)),
    smsOutage: (on) => void (on ? stack.sms.failAll(503) : stack.sms.recover()),
    webhookOutage: (on) => void (on ? stack.receiver.failAll(503) : stack.receiver.recover()),
  };
}

it(`keeps every order and every dong through SIGKILLs, a broker restart, a frozen consumer and provider outages (seed ${SEED})`, async () => {
  const durationMs = Math.round((ORDERS / RATE) * 1000);
  const plan: Fault[] = planFaults(SEED, { durationMs, kills: LONG ? 12 : 2, services: VICTIMS, pauseMs: 13_000, outageMs: LONG ? 20_000 : 5000 });
  // The scenarios play on the wall clock (windows of zero days); the clocks are moved only at the end.
  const c = stack.circle;
  const live = new Circle(c.at, c.parties, c.sms, c.webhooks, undefined);
  const simulator = new Simulator(live, SCENARIOS.filter((s) => !s.movesTime));
  const mix = { 'happy-path': 10, 'early-release': 5, 'not-as-described': 2, counterfeit: 1, 'payment-first': 1 };
  const runner = new ChaosRunner(targets());
  const t0 = Date.now();
  await Promise.all([simulator.run({ rate: RATE, orders: ORDERS, mix, maxInFlight: LONG ? 200 : 60, seed: SEED }), runner.play(plan)]);
  const loadMs = Date.now() - t0;

  // Everything recovered: every deadline passes, the partner settles what it holds, then the verdict.
  const t1 = Date.now();
  for (const s of VICTIMS) if (!stack.services[s].running) await targets().start(s);
  const finished = await finishOutsideWork(c, c.marketplace.placed);
  await passEveryDeadline(c.clock as NonNullable<typeof c.clock>);
  // Deadlines escalate complaints too (an offer never answered): the mediator decides those, and their deadlines pass.
  const escalatedLate = await decideEscalated(c);
  if (escalatedLate > 0) await passEveryDeadline(c.clock as NonNullable<typeof c.clock>);
  const t2 = Date.now();
  const settled = await settleEverything(c);
  const t3 = Date.now();
  const verdict = await chaosVerdict(c, c.marketplace.placed);
  const phases = { boot: bootMs, load: loadMs, deadlines: t2 - t1, settle: t3 - t2, verdict: Date.now() - t3 };

  const report = [
    `# Chaos run, seed ${SEED}`,
    '',
    `${verdict.ordersPlaced} orders placed at ${RATE}/s in ${(loadMs / 1000).toFixed(0)} s. At the end the courier delivered ${finished.delivered} parcels still on their way, the mediator decided ${finished.decided} escalated complaints (and ${escalatedLate} more that passing deadlines escalated), every deadline passed and the partner settled ${settled} instructions.`,
    '',
    ...verdictTable(verdict),
    '',
    '## Faults, as they happened (ms from the start of the load)',
    '',
    '| Planned | Began | Ended | Fault | Recovery |',
    '|---:|---:|---:|---|---:|',
    ...runner.timeline.map((e) => `| ${e.plannedAtMs} | ${e.startedAtMs} | ${e.endedAtMs} | ${e.fault}${e.error ? ` (error: ${e.error})` : ''} | ${e.recoveryMs === undefined ? '' : `${e.recoveryMs} ms`} |`),
    '',
    '## Where the time went',
    '',
    `Booting the six services and onboarding ${(phases.boot / 1000).toFixed(1)} s; load and faults, until the last scenario ended ${(phases.load / 1000).toFixed(1)} s; finishing outside work and passing every deadline ${(phases.deadlines / 1000).toFixed(1)} s; settling ${(phases.settle / 1000).toFixed(1)} s; the verdict ${(phases.verdict / 1000).toFixed(1)} s.`,
    '',
    '## Scenarios',
    '',
    ...simulator.summary().map((l) => `    ${l}`),
    ...(verdict.problems.length ? ['', '## Problems', '', ...verdict.problems.map((p) => `- ${p}`)] : []),
  ].join('\n');
  const dir = LONG ? join(ROOT, 'bench', 'results') : join(ROOT, TEST_INFRA.runDir, 'chaos');
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `chaos-${SEED}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  writeFileSync(`${stem}.md`, `${report}\n`);
  writeFileSync(`${stem}.json`, JSON.stringify({ seed: SEED, orders: ORDERS, rate: RATE, phasesMs: phases, plan: plan.map((f) => ({ ...f, what: describeFault(f) })), timeline: runner.timeline, verdict, scenarios: Object.fromEntries(simulator.stats) }, null, 2));
  process.stdout.write(`\n${report}\n\n(report: ${stem}.md)\n`);

  expect(runner.timeline.filter((e) => e.error)).toEqual([]);
  expect(verdict.problems).toEqual([]);
  expect(verdictHolds(verdict)).toBe(true);
  // The run did what it says: orders flowed through it.
  expect(verdict.ordersPlaced).toBeGreaterThan(ORDERS * 0.9);
});
