import type { CorrectionProblem } from '../../domain/correcting-entry';

/** The field and message of a refused correcting entry, for a 422 problem. */
export function correctionProblemText(p: CorrectionProblem): { field: string; detail: string } {
  switch (p.code) {
    case 'TOO_FEW_LINES':
      return { field: 'postings', detail: 'A correcting entry needs at least two postings.' };
    case 'UNBALANCED':
      return { field: 'postings', detail: `The postings do not balance: debits ${p.debits}, credits ${p.credits}.` };
    case 'UNKNOWN_ACCOUNT':
      return { field: `postings.${p.index}.accountCode`, detail: 'No such ledger account.' };
    case 'FOREIGN_ACCOUNT':
      return { field: `postings.${p.index}.accountCode`, detail: 'A correction may touch only the accounts of this escrow, the platform fee, partner clearing or this seller’s receivable.' };
  }
}
