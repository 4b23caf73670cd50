/**
 * Conservation per escrow, read through the escrow API (as the order's marketplace reads it): what the buyer paid equals what went to the
 * seller, the fee, the refunds and what is still held; once the escrow is closed nothing is held, and the seller's
 * share is paid out (settled) exactly once.
 */
import type { ServiceName } from '@trustcircle/contracts';
import type { JsonAnswer } from './http';
import { expectStatus } from './http';

/** The amounts of one escrow, whole VND. */
export interface EscrowAmounts {
  expected: number;
  paid: number;
  heldNow: number;
  released: number;
  fee: number;
  refunded: number;
  clawedBack: number;
  releasedToSeller: number;
  paidOut: number;
}

/** An escrow as the operators' API shows it. */
export interface EscrowView {
  state: string;
  amounts: EscrowAmounts;
  instructions: Array<{ kind: string; status: string; amount: number }>;
  deadlines: Record<string, string | null>;
}

/** Who may read an escrow: an operator, or the order's marketplace (its own escrows only). */
export interface EscrowReader {
  get(service: ServiceName, path: string): Promise<JsonAnswer>;
}

/** The escrow of the order, as `GET /v1/escrows/{orderId}` shows it to the reader. */
export async function escrowView(reader: EscrowReader, orderId: string): Promise<EscrowView> {
  const body = await expectStatus(`GET /v1/escrows/${orderId}`, reader.get('escrow', `/v1/escrows/${orderId}`), 200);
  const state = typeof body.state === 'string' ? body.state : String((body.state as { value?: string }).value ?? JSON.stringify(body.state));
  return { state, amounts: body.amounts as EscrowAmounts, instructions: (body.instructions ?? []) as EscrowView['instructions'], deadlines: body.deadlines as EscrowView['deadlines'] };
}

/** The ways an escrow's money does not add up (empty when it does). */
export function conservationProblems(v: EscrowView, o: { closed: boolean }): string[] {
  const a = v.amounts;
  const problems: string[] = [];
  for (const [k, n] of Object.entries(a)) if (!Number.isSafeInteger(n)) problems.push(`${k} is not a whole number of VND (${n})`);
  const out = a.releasedToSeller + a.fee + a.refunded + a.heldNow;
  if (a.paid !== out) problems.push(`paid ${a.paid} ≠ to seller ${a.releasedToSeller} + fee ${a.fee} + refunded ${a.refunded} + held ${a.heldNow}`);
  if (a.heldNow < 0) problems.push(`held ${a.heldNow} < 0`);
  if (o.closed && a.heldNow !== 0) problems.push(`closed (${v.state}) with ${a.heldNow} still held`);
  if (a.paidOut > a.releasedToSeller) problems.push(`paid out ${a.paidOut} > released to the seller ${a.releasedToSeller}`);
  return problems;
}
