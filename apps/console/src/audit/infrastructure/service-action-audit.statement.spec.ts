import type { ServiceActionAudit } from '../domain/audit-entry';
import { serviceActionAuditStatement } from './service-action-audit.statement';

const entry: ServiceActionAudit = {
  source: { service: 'escrow', eventId: 'e0e0e0e0-1111-4222-8333-444455556666', eventType: 'escrow.manual-action-decided' },
  operatorId: 'ad000000-1111-4222-8333-444455556666',
  action: 'escrow.manual-action.approve',
  at: new Date('2026-11-29T15:00:00.000Z'),
  target: { type: 'manual-action', id: 'a1a1a1a1-2222-4333-8444-555566667777' },
  detail: { kind: 'FORCE_REFUND', amount: 450_000, remark: 'gọi 0901234567', apiKey: 'x' },
  correlationId: 'req-7f3a',
};

describe(serviceActionAuditStatement.name, () => {
  it('appends one line per source event (a second one does nothing), the operator’s name and role from the registry, the detail sanitised', () => {
    const { sql, params } = serviceActionAuditStatement(entry, 'f0f0f0f0-1111-4222-8333-444455556666');
    expect(sql).toContain('ON CONFLICT ("source_event_id") DO NOTHING');
    expect(sql).toContain('LEFT JOIN "console"."operators"');
    expect(params).toEqual([
      'f0f0f0f0-1111-4222-8333-444455556666',
      entry.at,
      entry.operatorId,
      'escrow.manual-action.approve',
      'manual-action',
      entry.target.id,
      JSON.stringify({ kind: 'FORCE_REFUND', amount: 450_000, remark: 'gọi 090****567', apiKey: '[REMOVED]' }),
      'req-7f3a',
      'escrow',
      entry.source.eventId,
      'escrow.manual-action-decided',
    ]);
  });

  it('refuses an action that is not dotted lowercase', () => {
    expect(() => serviceActionAuditStatement({ ...entry, action: 'Approve' })).toThrow('dotted lowercase');
  });
});
