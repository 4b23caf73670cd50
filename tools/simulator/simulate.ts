/**
 * `npm run simulate -- [options]`: plays marketplaces, a payment partner, a courier, buyers and a mediator against a
 * running stack (`npm start`) through its public APIs, starting orders at a steady rate from a weighted mix of
 * the scenarios that run on the wall clock. Prints a line per scenario every 10 s, and a summary at the end.
 *
 *   --rate N        new orders per second (default 0.5)
 *   --duration S    stop starting orders after S seconds (default: until Ctrl-C)
 *   --orders N      stop after N orders
 *   --mix a=3,b=1   scenario weights (default: every wall-clock scenario, the demo weights)
 *   --in-flight N   at most N orders in flight (default 50)
 *   --seed N        the mix's seed (default: random, printed)
 *   --fresh         onboard new parties instead of reusing .var/simulator/circle.json
 *   --quiet         only the summary
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { connectLiveCircle } from './circle/live-circle';
import { SCENARIOS } from './scenarios';
import { Simulator } from './simulator';

/** The demo's weights: mostly orders that end well, some complaints, the odd escalation. */
export const DEMO_MIX: Record<string, number> = {
  'happy-path': 10,
  'early-release': 6,
  'not-as-described': 2,
  counterfeit: 1,
  'payment-first': 1,
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '0.5' },
      duration: { type: 'string' },
      orders: { type: 'string' },
      mix: { type: 'string' },
      'in-flight': { type: 'string', default: '50' },
      seed: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const live = SCENARIOS.filter((s) => !s.movesTime);
  const mix = values.mix ? parseMix(values.mix) : Object.fromEntries(live.map((s) => [s.name, DEMO_MIX[s.name] ?? 1]));
  const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const log = (m: string): void => console.log(`[simulate] ${m}`);
  const { circle, close } = await connectLiveCircle({ fresh: values.fresh, log });
  const simulator = new Simulator(circle, live);
  log(`rate ${values.rate}/s, seed ${seed}, mix ${Object.entries(mix).map(([k, w]) => `${k}=${w}`).join(',')}`);
  const stop = (): void => {
    log('stopping: no new orders; waiting for those in flight...');
    simulator.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const ticker = values.quiet ? undefined : setInterval(() => log(`${simulator.active} in flight\n  ${simulator.summary().join('\n  ')}`), 10_000);
  await simulator.run({
    rate: Number(values.rate),
    durationMs: values.duration ? Number(values.duration) * 1000 : undefined,
    orders: values.orders ? Number(values.orders) : undefined,
    mix,
    maxInFlight: Number(values['in-flight']),
    seed,
  });
  if (ticker) clearInterval(ticker);
  close();
  log(`done\n  ${simulator.summary().join('\n  ')}`);
  const failed = [...simulator.stats.values()].reduce((n, s) => n + s.failed, 0);
  process.exitCode = failed > 0 ? 1 : 0;
  setTimeout(() => process.exit(), 1000).unref();
}

function parseMix(text: string): Record<string, number> {
  return Object.fromEntries(
    text.split(',').map((part) => {
      const [name, weight] = part.split('=');
      return [name.trim(), weight === undefined ? 1 : Number(weight)];
    }),
  );
}

main().catch((e: unknown) => {
  console.error(`[simulate] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
