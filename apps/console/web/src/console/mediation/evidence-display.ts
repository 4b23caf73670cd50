import type { DisputeEvidence, Shipment } from './mediation-types';

/** How a file of the evidence is shown: a thumbnail for images, otherwise a link that opens it. */
export type EvidencePreview = 'image' | 'video' | 'pdf' | 'file';

/** The preview for a detected content type (HEIC is not shown by most browsers: offered as a download). */
export function previewOf(contentType: string | null): EvidencePreview {
  const type = (contentType ?? '').toLowerCase();
  if (['image/jpeg', 'image/png', 'image/webp', 'image/gif'].includes(type)) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type === 'application/pdf') return 'pdf';
  return 'file';
}

/** A size in bytes as people read it: `812 B`, `34 KB`, `2.4 MB`. */
export function fileSizeText(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A link of the evidence, only when it is http(s) (never a `javascript:` or `data:` URL). */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The party who submitted a piece of evidence or wrote a message, in words. */
export function partyOf(role: string): string {
  switch (role) {
    case 'BUYER':
      return 'Buyer';
    case 'MERCHANT':
      return 'Marketplace (seller)';
    case 'MEDIATOR':
      return 'Mediator';
    case 'SYSTEM':
      return 'TrustCircle';
    default:
      return role;
  }
}

/** The files and links the parties attached (the courier timeline has its own section). */
export function attachedEvidence(evidence: readonly DisputeEvidence[]): DisputeEvidence[] {
  return evidence.filter((e) => e.kind !== 'COURIER_TIMELINE');
}

/** One line of the courier timeline section: a checkpoint of one of the order's shipments. */
export interface CourierLine {
  key: string;
  trackingNumber: string;
  direction: 'OUTBOUND' | 'RETURN';
  status: string;
  rawStatus: string;
  occurredAt: string;
  location: string | null;
  note: string | null;
  flagged: boolean;
  late: boolean;
}

/** Every checkpoint of the order's shipments, oldest first (outbound and returns together). */
export function courierLines(shipments: readonly Shipment[]): CourierLine[] {
  const lines = shipments.flatMap((s) =>
    s.timeline.map((c, i) => ({
      key: `${s.shipmentId}:${i}`,
      trackingNumber: s.trackingNumber,
      direction: s.direction,
      status: c.status,
      rawStatus: c.rawStatus,
      occurredAt: c.occurredAt,
      location: c.location,
      note: c.note,
      flagged: c.flagged,
      late: c.late,
    })),
  );
  return lines.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
}
