import type { EvidenceAttachRefusal } from '../../../evidence/application/evidence-attachment';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';

/**
 * What a party's action on a dispute did. Controllers map each refusal to one problem (see `dispute-problems.ts`):
 * not-found 404, wrong-state and deadline-passed 409, invalid-field and invalid-evidence 400.
 */
export type DisputeActionResult =
  | { kind: 'done'; dispute: DisputeRecord }
  | { kind: 'not-found' }
  | { kind: 'wrong-state'; state: string }
  | { kind: 'deadline-passed'; deadline: string; dueAt: Date }
  | { kind: 'invalid-field'; field: string; code: string; message?: string }
  | { kind: 'invalid-evidence'; refusal: EvidenceAttachRefusal };

/** Thrown inside an action's transaction to roll it back and answer `result` (a refusal found mid-way). */
export class ActionRefused extends Error {
  constructor(readonly result: Exclude<DisputeActionResult, { kind: 'done' }>) {
    super(`dispute action refused: ${result.kind}`);
  }
}
