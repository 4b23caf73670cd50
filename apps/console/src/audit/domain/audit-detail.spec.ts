import { AUDIT_REMOVED, auditDetail } from './audit-detail';

describe(auditDetail.name, () => {
  it('removes secrets by key, at any depth, and keeps public ids of credentials', () => {
    const detail = auditDetail({
      name: 'Chợ Việt',
      password: 'hunter2',
      body: { totp: '123456', refreshToken: 'x', settings: { webhookSecret: 'whsec_x', apiKey: 'k', apiKeyId: 'ab12' } },
      credentialId: 'ws_01',
      passwordHash: '$argon2id$…',
    });
    expect(detail).toEqual({
      name: 'Chợ Việt',
      password: AUDIT_REMOVED,
      body: { totp: AUDIT_REMOVED, refreshToken: AUDIT_REMOVED, settings: { webhookSecret: AUDIT_REMOVED, apiKey: AUDIT_REMOVED, apiKeyId: 'ab12' } },
      credentialId: 'ws_01',
      passwordHash: AUDIT_REMOVED,
    });
  });

  it('masks phone numbers and removes our secrets inside text', () => {
    const key = `tc_mkp_0123456789abcdef_${'A'.repeat(43)}`;
    expect(auditDetail({ q: '0901234567', note: `key ${key} and whsec_${'b'.repeat(43)}=` })).toEqual({
      q: '090****567',
      note: `key ${AUDIT_REMOVED} and ${AUDIT_REMOVED}`,
    });
  });

  it('removes a one-time code under `code` but keeps an order code', () => {
    expect(auditDetail({ code: '493817' })).toEqual({ code: AUDIT_REMOVED });
    expect(auditDetail({ code: 'TC-7K2M-9QXA' })).toEqual({ code: 'TC-7K2M-9QXA' });
  });

  it('is JSON-safe and bounded, and never mutates its input', () => {
    const input = { at: new Date('2026-01-02T03:04:05.000Z'), n: Number.NaN, big: 12n, long: 'x'.repeat(600), list: Array.from({ length: 60 }, (_, i) => i) };
    const frozen = JSON.stringify({ ...input, big: '12' });
    const out = auditDetail(input);
    expect(out).toMatchObject({ at: '2026-01-02T03:04:05.000Z', n: null, big: '12' });
    expect((out.long as string).length).toBe(501);
    expect(out.list as number[]).toHaveLength(50);
    expect(JSON.stringify({ ...input, big: '12' })).toBe(frozen);
    expect(auditDetail(undefined)).toEqual({});
  });
});
