import { decodeManualActionCursor, encodeManualActionCursor, manualActionListing } from './manual-action-listing';

const ID = '7d0c6a52-5f3e-4b8e-9a51-0f6c2e9b1a44';
const AT = new Date('2026-03-01T08:00:00.123Z');

describe('listing manual actions', () => {
  it('works the queue oldest proposal first, shows decided ones newest decision first, and everything newest activity first', () => {
    expect(manualActionListing('PROPOSED')).toEqual({ name: 'PROPOSED', by: 'proposed_at', direction: 'ASC' });
    expect(manualActionListing('APPROVED')).toEqual({ name: 'APPROVED', by: 'decided_at', direction: 'DESC' });
    expect(manualActionListing('REJECTED')).toEqual({ name: 'REJECTED', by: 'decided_at', direction: 'DESC' });
    expect(manualActionListing()).toEqual({ name: 'ALL', by: 'last_at', direction: 'DESC' });
  });

  it('reads back its own cursor, to the millisecond', () => {
    const queue = manualActionListing('PROPOSED');
    const cursor = encodeManualActionCursor(queue, { at: AT, actionId: ID });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeManualActionCursor(cursor, queue)).toEqual({ at: AT, actionId: ID });
  });

  it('ignores a cursor of another listing, or one that is not ours', () => {
    const cursor = encodeManualActionCursor(manualActionListing('PROPOSED'), { at: AT, actionId: ID });
    expect(decodeManualActionCursor(cursor, manualActionListing('APPROVED'))).toBeUndefined();
    expect(decodeManualActionCursor(cursor, manualActionListing())).toBeUndefined();
    const listing = manualActionListing();
    const forged = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
    for (const bad of ['', 'not-a-cursor', forged(['ALL', 'yesterday', ID]), forged(['ALL', AT.toISOString(), 'x']), forged({ name: 'ALL' }), forged(['ALL', AT.toISOString()])]) {
      expect(decodeManualActionCursor(bad, listing)).toBeUndefined();
    }
  });
});
