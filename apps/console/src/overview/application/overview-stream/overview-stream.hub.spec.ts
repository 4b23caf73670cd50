import type { ConsoleEnv } from '../../../config/console.env';
import type { ReadModelChanges } from '../../../read-model/application/read-model-changes';
import type { ServiceHealthMonitor } from '../../../service-health/application/service-health-monitor';
import type { OverviewSnapshot } from '../../domain/overview-snapshot';
import type { OverviewSnapshotQuery } from '../overview-snapshot/overview-snapshot.query';
import { type OverviewStream, OverviewStreamHub } from './overview-stream.hub';

/** A hub over a fake snapshot (its `today` says what changed) and fake change sources. */
function setUp() {
  let version = 1;
  let generated = 0;
  const listeners: Array<() => void> = [];
  const source = { subscribe: (l: () => void) => (listeners.push(l), () => undefined) };
  const snapshots = { execute: jest.fn(async () => ({ generatedAt: String(generated++), today: `v${version}` }) as unknown as OverviewSnapshot) };
  const hub = new OverviewStreamHub(snapshots as unknown as OverviewSnapshotQuery, source as unknown as ReadModelChanges, source as unknown as ServiceHealthMonitor, {
    OVERVIEW_HEARTBEAT_SECONDS: 15,
  } as ConsoleEnv);
  hub.onApplicationBootstrap();
  const stream = () => {
    const frames: string[] = [];
    const s: OverviewStream & { frames: string[]; jam: boolean } = { frames, jam: false, send: (f) => frames.push(f), congested: () => s.jam, close: jest.fn() };
    return s;
  };
  const snapshotsIn = (frames: string[]) => frames.filter((f) => f.includes('event: snapshot')).map((f) => (JSON.parse(/data: (.*)\n/.exec(f)?.[1] ?? '{}') as { today: string }).today);
  return { hub, snapshots, stream, snapshotsIn, change: (v?: number) => ((version = v ?? version + 1), listeners.forEach((l) => l())) };
}

/** Lets the fake timers run and the promises they start settle. */
async function elapse(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('the live overview stream hub', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  it('sends the snapshot first, with the reconnect delay, then one per change', async () => {
    const { hub, stream, snapshotsIn, change } = setUp();
    const s = stream();
    await hub.open(s);
    expect(s.frames[0]).toMatch(/^retry: 3000\nid: 1\nevent: snapshot\ndata: \{.*"today":"v1".*\}\n\n$/);
    change();
    await elapse(0);
    expect(snapshotsIn(s.frames)).toEqual(['v1', 'v2']);
    hub.onModuleDestroy();
  });

  it('pushes at most once a second, coalescing a burst of changes into one snapshot', async () => {
    const { hub, snapshots, stream, snapshotsIn, change } = setUp();
    const s = stream();
    await hub.open(s);
    change();
    await elapse(0);
    for (let i = 0; i < 5; i++) change();
    await elapse(999);
    expect(snapshotsIn(s.frames)).toEqual(['v1', 'v2']);
    await elapse(1);
    expect(snapshotsIn(s.frames)).toEqual(['v1', 'v2', 'v7']);
    expect(snapshots.execute).toHaveBeenCalledTimes(3);
    hub.onModuleDestroy();
  });

  it('sends nothing when what the snapshot says is unchanged, and recomputes every 5 s anyway', async () => {
    const { hub, snapshots, stream, snapshotsIn, change } = setUp();
    const s = stream();
    await hub.open(s);
    change(1); // a notification whose change the snapshot does not show
    await elapse(1000);
    expect(snapshotsIn(s.frames)).toEqual(['v1']);
    await elapse(5000);
    expect(snapshots.execute.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(snapshotsIn(s.frames)).toEqual(['v1']);
    hub.onModuleDestroy();
  });

  it('sends a heartbeat comment every 15 s, and skips a congested client until it reads', async () => {
    const { hub, stream, snapshotsIn, change } = setUp();
    const s = stream();
    const slow = stream();
    await hub.open(s);
    await hub.open(slow);
    slow.jam = true;
    change();
    await elapse(15_000);
    expect(s.frames.filter((f) => f === ': heartbeat\n\n')).toHaveLength(1);
    expect(slow.frames.filter((f) => f === ': heartbeat\n\n')).toHaveLength(0);
    expect(snapshotsIn(slow.frames)).toEqual(['v1']);
    slow.jam = false;
    await elapse(5000); // the periodic recomputation catches it up
    expect(snapshotsIn(slow.frames)).toEqual(['v1', 'v2']);
    hub.onModuleDestroy();
    expect(s.close).toHaveBeenCalled();
  });

  it('computes nothing while no stream is open, and stops posting a closed stream', async () => {
    const { hub, snapshots, stream, snapshotsIn, change } = setUp();
    change();
    await elapse(6000);
    expect(snapshots.execute).not.toHaveBeenCalled();
    const s = stream();
    const close = await hub.open(s);
    close();
    change();
    await elapse(2000);
    expect(snapshotsIn(s.frames)).toEqual(['v2']);
    expect(hub.size).toBe(0);
    hub.onModuleDestroy();
  });
});
