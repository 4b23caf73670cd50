import type { JsonAnswer } from '../simulator/circle/http';
import { QUEUE_PAGE, decideEscalated } from './chaos-checks';

/** A mediators' queue of `n` escalated cases behind a fake mediator: reads answer the first page, decisions resolve. */
function circleWith(n: number, opts: { status?: number; decisionsStick?: boolean } = {}) {
  const queue = Array.from({ length: n }, (_, i) => `d-${i}`);
  const paths: string[] = [];
  const decided: string[] = [];
  const mediator = {
    get: async (_service: string, path: string): Promise<JsonAnswer> => {
      paths.push(path);
      if (opts.status) return { status: opts.status, body: { title: 'refused' } } as JsonAnswer;
      const limit = Number(new URL(path, 'http://x').searchParams.get('limit'));
      return { status: 200, body: { items: queue.slice(0, limit).map((disputeId) => ({ disputeId })), total: queue.length } } as JsonAnswer;
    },
    decide: async (disputeId: string) => {
      decided.push(disputeId);
      if (opts.decisionsStick !== false) queue.splice(queue.indexOf(disputeId), 1);
      return {};
    },
  };
  const circle = { mediator, marketplace: { id: 'm-1' } } as unknown as Parameters<typeof decideEscalated>[0];
  return { circle, paths, decided };
}

describe('decideEscalated', () => {
  it('decides every escalated case, a page of at most 200 at a time, until the queue is empty', async () => {
    const { circle, paths, decided } = circleWith(450);
    await expect(decideEscalated(circle)).resolves.toBe(450);
    expect(new Set(decided).size).toBe(450);
    expect(paths).toHaveLength(4);
    expect(paths.every((p) => p === `/v1/disputes/queue?marketplaceId=m-1&limit=${QUEUE_PAGE}`)).toBe(true);
    expect(QUEUE_PAGE).toBeLessThanOrEqual(200);
  });

  it('answers 0 for an empty queue', async () => {
    await expect(decideEscalated(circleWith(0).circle)).resolves.toBe(0);
  });

  it('fails when the queue answers anything but 200, rather than decide nothing silently', async () => {
    await expect(decideEscalated(circleWith(3, { status: 400 }).circle)).rejects.toThrow(/mediators' queue answered 400/);
  });

  it('fails when the queue does not shrink as its cases are decided', async () => {
    await expect(decideEscalated(circleWith(2, { decisionsStick: false }).circle)).rejects.toThrow(/still holds 2 cases after 2 decisions/);
  });
});
