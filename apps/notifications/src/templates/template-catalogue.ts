import { buyerOtpV1 } from './files/buyer-otp.v1';
import { deliveredV1 } from './files/delivered.v1';
import { disputeDeadlineReminderV1 } from './files/dispute-deadline-reminder.v1';
import { disputeDecidedV1 } from './files/dispute-decided.v1';
import { disputeEscalatedV1 } from './files/dispute-escalated.v1';
import { disputeMerchantRejectedV1 } from './files/dispute-merchant-rejected.v1';
import { disputeOfferMadeV1 } from './files/dispute-offer-made.v1';
import { disputeOpenedV1 } from './files/dispute-opened.v1';
import { disputeResolvedV1 } from './files/dispute-resolved.v1';
import { emailLayoutV1 } from './files/email-layout.v1';
import { escrowFundedV1 } from './files/escrow-funded.v1';
import { marketplaceDisputeDecidedV1 } from './files/marketplace-dispute-decided.v1';
import { marketplaceDisputeDeadlineV1 } from './files/marketplace-dispute-deadline.v1';
import { marketplaceDisputeOpenedV1 } from './files/marketplace-dispute-opened.v1';
import { marketplacePaidOutV1 } from './files/marketplace-paid-out.v1';
import { marketplaceReleasedV1 } from './files/marketplace-released.v1';
import { operatorAlertV1 } from './files/operator-alert.v1';
import { orderPlacedV1 } from './files/order-placed.v1';
import { refundDestinationRequiredV1 } from './files/refund-destination-required.v1';
import { refundedV1 } from './files/refunded.v1';
import { releasedV1 } from './files/released.v1';
import { shippedV1 } from './files/shipped.v1';
import type { EmailLayoutFile, TemplateChannel, TemplateFile } from './template-file';
import type { DataOf, VariableKind } from './template-variables';

/**
 * Every template id with its CURRENT version (the file it renders). A new wording is a new file
 * (`files/<id>.v2.ts`) swapped in here; the old file stays for the record of what was sent.
 */
export const TEMPLATE_CATALOGUE = {
  'order-placed': orderPlacedV1,
  'escrow-funded': escrowFundedV1,
  shipped: shippedV1,
  delivered: deliveredV1,
  'dispute-opened': disputeOpenedV1,
  'dispute-offer-made': disputeOfferMadeV1,
  'dispute-merchant-rejected': disputeMerchantRejectedV1,
  'dispute-escalated': disputeEscalatedV1,
  'dispute-decided': disputeDecidedV1,
  'dispute-resolved': disputeResolvedV1,
  'dispute-deadline-reminder': disputeDeadlineReminderV1,
  refunded: refundedV1,
  'refund-destination-required': refundDestinationRequiredV1,
  released: releasedV1,
  'buyer-otp': buyerOtpV1,
  'marketplace-dispute-opened': marketplaceDisputeOpenedV1,
  'marketplace-dispute-deadline': marketplaceDisputeDeadlineV1,
  'marketplace-dispute-decided': marketplaceDisputeDecidedV1,
  'marketplace-released': marketplaceReleasedV1,
  'marketplace-paid-out': marketplacePaidOutV1,
  'operator-alert': operatorAlertV1,
} as const;

/** The current email frame. */
export const EMAIL_LAYOUT: EmailLayoutFile = emailLayoutV1;

/** A template id. */
export type TemplateId = keyof typeof TEMPLATE_CATALOGUE;

/** The data a template needs, typed from its declared variables (compile-time check for the pipeline). */
export type TemplateData<K extends TemplateId> = DataOf<(typeof TEMPLATE_CATALOGUE)[K]['variables']>;

/** The channels a template renders for. */
export type ChannelOf<K extends TemplateId> = (typeof TEMPLATE_CATALOGUE)[K]['channels'][number];

/** One row of the catalogue, for docs and checks. */
export interface TemplateInfo {
  id: TemplateId;
  version: number;
  /** `order-placed@1`: what a notification stores. */
  ref: string;
  audience: TemplateFile['audience'];
  channels: readonly TemplateChannel[];
  variables: Readonly<Record<string, VariableKind>>;
  description: string;
}

/** The catalogue as rows. */
export function templateCatalogue(): TemplateInfo[] {
  return (Object.entries(TEMPLATE_CATALOGUE) as Array<[TemplateId, TemplateFile]>).map(([id, file]) => ({
    id,
    version: file.version,
    ref: `${id}@${file.version}`,
    audience: file.audience,
    channels: file.channels,
    variables: file.variables,
    description: file.description,
  }));
}
