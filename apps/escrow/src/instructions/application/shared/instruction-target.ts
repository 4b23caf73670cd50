import type { BeneficiaryV1 } from '@trustcircle/contracts';
import type { PayoutAccountVault } from '../../../payout-accounts/application/payout-account-vault';
import type { PayoutAccountDetails } from '../../../payout-accounts/domain/payout-account-details';
import { instructionDetailsAad, type InstructionRecord } from '../../infrastructure/instruction.orm-entity';

/** The columns that say where an instruction's money goes: the masked beneficiary and the sealed full details. */
export type InstructionTarget = Pick<InstructionRecord, 'beneficiary' | 'payoutDetailsSealed' | 'keyId'>;

/** Points instruction `instructionId` at an account: `beneficiary` (masked) and the details sealed for that instruction. */
export function instructionTarget(vault: PayoutAccountVault, instructionId: string, beneficiary: BeneficiaryV1, details: PayoutAccountDetails): InstructionTarget {
  const sealed = vault.seal(details, instructionDetailsAad(instructionId));
  return { beneficiary, payoutDetailsSealed: sealed.ciphertext, keyId: sealed.keyId };
}
