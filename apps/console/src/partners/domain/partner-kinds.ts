import type { PartnerKind } from '@trustcircle/contracts';

/** Kinds as the CLI and principals name them. */
export const CLI_PARTNER_KINDS = ['marketplace', 'courier', 'payment-partner'] as const;
export type CliPartnerKind = (typeof CLI_PARTNER_KINDS)[number];

const WIRE: Record<CliPartnerKind, PartnerKind> = { marketplace: 'MARKETPLACE', courier: 'COURIER', 'payment-partner': 'PAYMENT_PARTNER' };

/** `payment-partner` → `PAYMENT_PARTNER`. */
export function wireKindOf(kind: CliPartnerKind): PartnerKind {
  return WIRE[kind];
}

/** `PAYMENT_PARTNER` → `payment-partner`. */
export function cliKindOf(kind: PartnerKind): CliPartnerKind {
  return (Object.keys(WIRE) as CliPartnerKind[]).find((k) => WIRE[k] === kind) as CliPartnerKind;
}

