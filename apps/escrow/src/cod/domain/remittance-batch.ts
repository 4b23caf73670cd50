import { fingerprint, type Vnd } from '@trustcircle/kernel';

/** A courier's remittance batch as it arrived (validated). */
export interface RemittanceBatch {
  remittanceId: string;
  transferredAt: Date;
  bankReference: string;
  lines: ReadonlyArray<{ trackingNumber: string; amount: Vnd }>;
}

/**
 * The batch's fingerprint (SHA-256 of its canonical JSON): a repeat of a remittanceId with the same fingerprint is
 * the same batch (answered as the first), another fingerprint is a conflict. The transfer time counts as the
 * instant it names (`…:00Z` and `…:00.000Z` are the same); the lines count in their order.
 */
export function remittanceFingerprint(b: RemittanceBatch): string {
  return fingerprint({
    remittanceId: b.remittanceId,
    transferredAt: b.transferredAt.toISOString(),
    bankReference: b.bankReference,
    lines: b.lines.map((l) => ({ trackingNumber: l.trackingNumber, amount: l.amount.toString() })),
  });
}

/** Each line whose tracking number an earlier line of the batch already has: its index and the earlier line's. */
export function repeatedTrackingNumbers(lines: ReadonlyArray<{ trackingNumber: string }>): Array<{ index: number; firstIndex: number }> {
  const first = new Map<string, number>();
  const repeats: Array<{ index: number; firstIndex: number }> = [];
  lines.forEach((l, index) => {
    const seen = first.get(l.trackingNumber);
    if (seen === undefined) first.set(l.trackingNumber, index);
    else repeats.push({ index, firstIndex: seen });
  });
  return repeats;
}

/** The refusal reasons of a batch with their counts, most frequent first (then by name): `NOT_DELIVERED ×2, UNKNOWN_PARCEL ×1`. */
export function refusalSummary(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([r, n]) => `${r} ×${n}`)
    .join(', ');
}
