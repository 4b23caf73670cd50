import type { Vnd } from '@trustcircle/kernel';
import type { LineKind, OurLine, TheirLine } from './reconciliation-line';

/** A line on both sides with the same amount. */
export interface MatchedLine {
  kind: LineKind;
  /** The partner's reference, as on the statement. */
  reference: string;
  ours: OurLine;
  theirs: TheirLine;
}

/** A line on both sides whose amounts differ. */
export interface AmountMismatch extends MatchedLine {
  ourAmount: Vnd;
  theirAmount: Vnd;
}

/** A statement line escrow has no line for; `duplicate` when an earlier statement line already took that key. */
export interface TheirOnlyLine {
  line: TheirLine;
  duplicate: boolean;
}

/** The comparison of a partner's statement with escrow's lines for the same day. */
export interface StatementComparison {
  matched: MatchedLine[];
  oursOnly: OurLine[];
  theirsOnly: TheirOnlyLine[];
  amountMismatches: AmountMismatch[];
  balanced: boolean;
}

const keyOf = (kind: LineKind, reference: string): string => `${kind}\u0000${reference}`;

/**
 * Compares a partner's statement with escrow's lines for a day. The matching key is the kind with:
 * - a PAYMENT: the partner's transaction id (`partnerTxnId`), exactly;
 * - a PAYOUT / REFUND: the instruction id (the idempotency key the partner received; case-insensitive), or
 *   else the partner's own reference given when it settled the instruction (exactly).
 * A key of another kind never matches (a REFUND line does not match a PAYOUT). Each of our lines matches at
 * most one statement line, in statement order; a repeated statement line is `theirsOnly` with `duplicate`.
 * Equal amounts are `matched`, others `amountMismatches`; our lines left over are `oursOnly`.
 */
export function compareStatement(ours: readonly OurLine[], theirs: readonly TheirLine[]): StatementComparison {
  const byKey = new Map<string, OurLine[]>();
  const index = (key: string, line: OurLine): void => {
    const list = byKey.get(key);
    if (list) list.push(line);
    else byKey.set(key, [line]);
  };
  for (const line of ours) {
    if (line.kind === 'PAYMENT') {
      index(keyOf(line.kind, line.reference), line);
    } else {
      index(keyOf(line.kind, line.reference.toLowerCase()), line);
      if (line.partnerReference !== null) index(keyOf(line.kind, line.partnerReference), line);
    }
  }

  const taken = new Set<OurLine>();
  const seenKeys = new Set<string>();
  const result: StatementComparison = { matched: [], oursOnly: [], theirsOnly: [], amountMismatches: [], balanced: false };
  const take = (key: string): OurLine | undefined => byKey.get(key)?.find((l) => !taken.has(l));

  for (const line of theirs) {
    const keys = line.kind === 'PAYMENT' ? [keyOf(line.kind, line.reference)] : [keyOf(line.kind, line.reference.toLowerCase()), keyOf(line.kind, line.reference)];
    let found: OurLine | undefined;
    for (const key of keys) found ??= take(key);
    const duplicate = keys.some((k) => seenKeys.has(k));
    for (const key of keys) seenKeys.add(key);
    if (!found) {
      result.theirsOnly.push({ line, duplicate });
      continue;
    }
    taken.add(found);
    const pair = { kind: line.kind, reference: line.reference, ours: found, theirs: line };
    if (found.amount === line.amount) result.matched.push(pair);
    else result.amountMismatches.push({ ...pair, ourAmount: found.amount, theirAmount: line.amount });
  }

  result.oursOnly = ours.filter((l) => !taken.has(l));
  result.balanced = result.oursOnly.length === 0 && result.theirsOnly.length === 0 && result.amountMismatches.length === 0;
  return result;
}
