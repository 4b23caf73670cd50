import { attachedEvidence, courierLines, fileSizeText, partyOf, previewOf, safeLink } from './evidence-display';
import type { DisputeEvidence, Shipment } from './mediation-types';

describe(previewOf.name, () => {
  it('shows images the browser can draw as thumbnails, and offers the rest as files', () => {
    expect(previewOf('image/jpeg')).toBe('image');
    expect(previewOf('IMAGE/PNG')).toBe('image');
    expect(previewOf('image/heic')).toBe('file');
    expect(previewOf('video/mp4')).toBe('video');
    expect(previewOf('application/pdf')).toBe('pdf');
    expect(previewOf(null)).toBe('file');
  });
});

describe(safeLink.name, () => {
  it('opens http(s) links only', () => {
    expect(safeLink('https://shop.example/item/1')).toBe('https://shop.example/item/1');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,hi')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe(fileSizeText.name, () => {
  it('reads as people read sizes', () => {
    expect(fileSizeText(812)).toBe('812 B');
    expect(fileSizeText(34_000)).toBe('33 KB');
    expect(fileSizeText(2_516_582)).toBe('2.4 MB');
    expect(fileSizeText(null)).toBe('');
  });
});

describe(partyOf.name, () => {
  it('names the parties', () => {
    expect(partyOf('MERCHANT')).toBe('Marketplace (seller)');
    expect(partyOf('SYSTEM')).toBe('TrustCircle');
  });
});

describe(attachedEvidence.name, () => {
  it('leaves the courier timeline to its own section', () => {
    const item = (kind: DisputeEvidence['kind']): DisputeEvidence => ({
      evidenceId: kind === 'COURIER_TIMELINE' ? null : kind,
      kind,
      submittedByRole: 'BUYER',
      messageId: null,
      description: null,
      at: '2026-11-29T00:00:00.000Z',
      contentType: null,
      size: null,
      sha256: null,
      contentUrl: null,
      url: null,
      checkpoints: null,
    });
    expect(attachedEvidence([item('FILE'), item('COURIER_TIMELINE'), item('LINK')]).map((e) => e.kind)).toEqual(['FILE', 'LINK']);
  });
});

describe(courierLines.name, () => {
  it('merges the outbound and return timelines, oldest first', () => {
    const shipment = (id: string, direction: Shipment['direction'], at: string[]): Shipment => ({
      shipmentId: id,
      orderId: 'o-1',
      courierId: 'c-1',
      trackingNumber: `TRK${id}`,
      direction,
      status: null,
      expectedDeliveryAt: null,
      deliveredAt: null,
      registeredAt: at[0],
      timeline: at.map((occurredAt, i) => ({ status: `S${i}`, rawStatus: `raw${i}`, occurredAt, receivedAt: occurredAt, location: null, note: null, codAmount: null, late: false, flagged: false, flagReason: null })),
    });
    const lines = courierLines([
      shipment('1', 'OUTBOUND', ['2026-11-20T00:00:00.000Z', '2026-11-22T00:00:00.000Z']),
      shipment('2', 'RETURN', ['2026-11-21T00:00:00.000Z']),
    ]);
    expect(lines.map((l) => `${l.trackingNumber}:${l.status}`)).toEqual(['TRK1:S0', 'TRK2:S0', 'TRK1:S1']);
    expect(new Set(lines.map((l) => l.key)).size).toBe(3);
  });
});
