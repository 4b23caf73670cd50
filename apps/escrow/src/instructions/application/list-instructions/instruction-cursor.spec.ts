import { decodeInstructionCursor, encodeInstructionCursor } from './instruction-cursor';

describe('instruction cursor', () => {
  it('round-trips and refuses foreign cursors', () => {
    const c = { issuedAt: new Date('2026-03-01T10:00:00.123Z'), id: '3f1c2a8e-5b7d-4c1e-9a2f-6d8e0b4c7a11' };
    expect(decodeInstructionCursor(encodeInstructionCursor(c))).toEqual(c);
    expect(decodeInstructionCursor('bm9wZQ')).toBeUndefined();
  });
});
