import { decodeLedgerEntryCursor, encodeLedgerEntryCursor } from './ledger-entry-cursor';

describe('ledger entry cursor', () => {
  it('round-trips a microsecond timestamp and an id', () => {
    const c = { createdAt: '2026-11-05T10:02:13.123456Z', id: '0b5c3e1e-7a43-4c6b-9d0e-2f1a3b4c5d6e' };
    expect(decodeLedgerEntryCursor(encodeLedgerEntryCursor(c))).toEqual(c);
  });

  it('refuses anything this API did not issue', () => {
    for (const raw of ['', 'garbage', Buffer.from('2026-11-05T10:02:13.123Z|x').toString('base64url'), Buffer.from('2026-13-45T10:02:13.123456Z|0b5c3e1e-7a43-4c6b-9d0e-2f1a3b4c5d6e').toString('base64url')]) {
      expect(decodeLedgerEntryCursor(raw)).toBeUndefined();
    }
  });
});
