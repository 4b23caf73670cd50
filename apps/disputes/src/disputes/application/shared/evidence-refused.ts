import type { EvidenceAttachRefusal } from '../../../evidence/application/evidence-attachment';

/** Thrown inside a use case's transaction when evidence is refused, so nothing of the action is stored. */
export class EvidenceRefused extends Error {
  constructor(readonly refusal: EvidenceAttachRefusal) {
    super(`evidence refused: ${refusal.field} ${refusal.code}`);
  }
}
