import type { EventEnvelope } from '@trustcircle/contracts';
import { vndToWire } from '@trustcircle/kernel';
import type { NotificationChannel } from '../../channels/channel-provider';

/** Who a message is for. */
export type RecipientRole = 'BUYER' | 'SELLER' | 'MARKETPLACE' | 'PAYMENT_PARTNER' | 'OPERATOR';

/** What notifications knows of the order an event is about (its own copy, from `orders.order-placed`). */
export interface OrderContact {
  orderId: string;
  orderCode: string;
  marketplaceId: string;
  buyerPhone: string;
  buyerEmail: string | null;
  sellerEmail: string | null;
  totalAmount: bigint;
  paymentReference: string;
  paymentExpiresAt: Date | null;
}

/** What the planner needs beyond the event. */
export interface PlanContext {
  contact: OrderContact | null;
  /** The order's marketplace settings (partner directory). */
  marketplace: { zaloEnabled: boolean; unaccentedSms: boolean };
  /** Webhook endpoints subscribed to this event type: the order's marketplace's, and the payment partner's. */
  endpoints: ReadonlyArray<{ id: string; ownerPartnerId: string }>;
  /** Where operators' alerts go by email (null: not by email). */
  operatorAlertEmail: string | null;
  /** The on-call phone operators' alerts are texted to (null: not by SMS). */
  operatorAlertPhone?: string | null;
  /** The buyer portal, put in every buyer message. */
  portalUrl: string;
}

/** One message to send: rendered and stored by the pipeline, once per (event, recipient, channel). */
export interface NotificationIntent {
  role: RecipientRole;
  channel: NotificationChannel;
  /** A phone, an email address, or (WEBHOOK) the endpoint id. */
  recipient: string;
  /** The template id (WEBHOOK: none, the body is the event). */
  template: string | null;
  data: Record<string, unknown>;
  critical: boolean;
  endpointId?: string;
}

/** A buyer's or seller's message: which template, whether it is critical, when it applies, and its data. */
interface MessageRule {
  template: string;
  critical: boolean;
  applies?: (data: Record<string, unknown>) => boolean;
  /**
   * Template variables the event does not carry as the template names them, laid over the event's data (which is
   * laid over `orderCode`, `portalUrl`, `totalAmount`). A template missing a variable throws, and the event would be
   * dead-lettered: `notification-coverage.spec.ts` renders every rule against catalogue-valid events.
   */
  data?: (data: Record<string, unknown>, contact: OrderContact) => Record<string, unknown>;
}

/**
 * The buyer's milestones (SMS always; Zalo first where the marketplace enables it; email too where given). Critical
 * ones (how and by when to pay, deadlines, refunds, releases) ignore mutes and quiet hours. The one-time code has its
 * own path (buyer-otp): it never leaves the SMS. A COD remittance line (`escrow.cod-remitted`) tells the buyer
 * nothing: `escrow.escrow-funded` (COD_REMITTANCE) does, once.
 */
export const BUYER_RULES: Readonly<Record<string, MessageRule>> = {
  // paymentExpiresAt is optional in the contract (absent for COD); the template takes null for "no deadline".
  'orders.order-placed': { template: 'order-placed', critical: true, data: (d) => ({ paymentExpiresAt: d.paymentExpiresAt ?? null }) },
  'escrow.escrow-funded': { template: 'escrow-funded', critical: false },
  'delivery.shipment-first-scanned': { template: 'shipped', critical: false, applies: (d) => d.direction === 'OUTBOUND' },
  'escrow.inspection-started': { template: 'delivered', critical: false },
  'disputes.dispute-opened': { template: 'dispute-opened', critical: false },
  'disputes.offer-made': { template: 'dispute-offer-made', critical: true },
  'disputes.merchant-responded': { template: 'dispute-merchant-rejected', critical: true, applies: (d) => d.action === 'REJECT' },
  'disputes.dispute-escalated': { template: 'dispute-escalated', critical: false },
  'disputes.dispute-decided': { template: 'dispute-decided', critical: true },
  // A mediator's decision was texted as it was made (dispute-decided): the resolution that follows says it again.
  'disputes.dispute-resolved': { template: 'dispute-resolved', critical: true, applies: (d) => d.resolvedBy !== 'MEDIATOR_DECISION' },
  'disputes.deadline-reminder': { template: 'dispute-deadline-reminder', critical: true, applies: (d) => d.recipientRole === 'BUYER' },
  'escrow.escrow-refunded': { template: 'refunded', critical: true },
  // After a partial refund the buyer has been told their refund and the dispute's result; "the money went to the
  // seller, thank you" would read as if all of it had.
  'escrow.escrow-released': { template: 'released', critical: true, applies: (d) => d.afterPartialRefund !== true },
  // A COD buyer owed a refund gives a bank account or e-wallet in the portal; nothing is lost by waiting for 07:00.
  'escrow.refund-destination-required': { template: 'refund-destination-required', critical: false },
};

/** The seller's emails (where the order gives one): new disputes, deadlines ahead, decisions, releases, payouts. */
export const SELLER_RULES: Readonly<Record<string, MessageRule>> = {
  'disputes.dispute-opened': { template: 'marketplace-dispute-opened', critical: false },
  'disputes.deadline-reminder': { template: 'marketplace-dispute-deadline', critical: true, applies: (d) => d.recipientRole === 'MERCHANT' },
  'disputes.dispute-decided': { template: 'marketplace-dispute-decided', critical: true },
  'escrow.escrow-released': { template: 'marketplace-released', critical: true },
  'escrow.escrow-paid-out': { template: 'marketplace-paid-out', critical: false },
};

/**
 * Which messages an event causes (pure): the buyer's milestone on each of their channels, the seller's email,
 * one webhook per subscribed endpoint (the body is the event itself), and operators' alerts by email. Messages
 * about an order notifications does not know (no contact copy yet) go to webhooks and operators only.
 */
export function planNotifications(event: EventEnvelope, ctx: PlanContext): NotificationIntent[] {
  const data = event.data as Record<string, unknown>;
  const intents: NotificationIntent[] = [];
  const c = ctx.contact;
  const common = c ? { orderCode: c.orderCode, portalUrl: ctx.portalUrl, totalAmount: vndToWire(c.totalAmount) } : {};

  const buyer = BUYER_RULES[event.type];
  if (c && buyer && (buyer.applies?.(data) ?? true)) {
    const base = {
      role: 'BUYER' as const,
      template: buyer.template,
      critical: buyer.critical,
      data: { ...common, ...data, ...buyer.data?.(data, c), unaccentedSms: ctx.marketplace.unaccentedSms },
    };
    intents.push({ ...base, channel: ctx.marketplace.zaloEnabled ? 'ZALO' : 'SMS', recipient: c.buyerPhone });
    if (c.buyerEmail) intents.push({ ...base, channel: 'EMAIL', recipient: c.buyerEmail });
  }

  const seller = SELLER_RULES[event.type];
  if (c?.sellerEmail && seller && (seller.applies?.(data) ?? true)) {
    intents.push({
      role: 'SELLER',
      channel: 'EMAIL',
      recipient: c.sellerEmail,
      template: seller.template,
      critical: seller.critical,
      data: { ...common, ...data, ...seller.data?.(data, c) },
    });
  }

  for (const endpoint of ctx.endpoints) {
    const role: RecipientRole = c && endpoint.ownerPartnerId === c.marketplaceId ? 'MARKETPLACE' : 'PAYMENT_PARTNER';
    intents.push({ role, channel: 'WEBHOOK', recipient: endpoint.id, endpointId: endpoint.id, template: null, critical: false, data });
  }

  if (event.type === 'platform.operator-alert-raised') {
    if (ctx.operatorAlertEmail) intents.push({ role: 'OPERATOR', channel: 'EMAIL', recipient: ctx.operatorAlertEmail, template: 'operator-alert', critical: true, data });
    if (ctx.operatorAlertPhone) intents.push({ role: 'OPERATOR', channel: 'SMS', recipient: ctx.operatorAlertPhone, template: 'operator-alert', critical: true, data });
  }
  return intents;
}
