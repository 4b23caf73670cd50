/** The deadline kind of the scheduled ledger check. */
export const LEDGER_CHECK_DEADLINE = 'ledger-check';
