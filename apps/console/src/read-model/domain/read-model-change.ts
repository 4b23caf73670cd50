import type { ManualActionDecision, ManualActionKind, NotificationChannel, OrderStatus, PaymentMethod, ServiceName } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';
import type { ServiceActionAudit } from '../../audit/domain/audit-entry';
import type { DisputeProgress } from './dispute-progress';
import type { FactDetail } from './fact-detail';
import type { VnDay } from './vn-calendar';

/** The order as the marketplace placed it: what the order explorer finds it by (the phone masked and digested). */
export interface OrderPlacedChange {
  kind: 'order-placed';
  orderId: string;
  code: string;
  externalId: string;
  marketplaceId: string;
  buyerPhoneMasked: string;
  buyerPhoneDigest: string;
  paymentMethod: PaymentMethod;
  totalAmount: Vnd;
  placedAt: Date;
}

/** The order's derived status, numbered (1 = PLACED); an older number never overwrites a newer one. */
export interface OrderStatusChange {
  kind: 'order-status';
  orderId: string;
  code: string;
  marketplaceId: string;
  status: OrderStatus;
  sequence: number;
}

/** One more order entered `status` during the minute starting at `minute`. */
export interface StatusMinuteChange {
  kind: 'status-minute';
  minute: Date;
  status: OrderStatus;
}

/** Money that came into escrow, was released or refunded on a Vietnamese day. */
export interface MoneyDayChange {
  kind: 'money-day';
  day: VnDay;
  held: Vnd;
  released: Vnd;
  refunded: Vnd;
}

/** The order's held money moved by `delta` (funded +, released or refunded −) at `at`. */
export interface HeldMoneyChange {
  kind: 'held';
  orderId: string;
  delta: Vnd;
  at: Date;
}

/** How the order is paid and what escrow expects (its opening): a COD order's cash to collect. */
export interface EscrowTermsChange {
  kind: 'escrow-terms';
  orderId: string;
  paymentMethod: PaymentMethod;
  expectedAmount: Vnd;
}

/** The outbound parcel was delivered by `courierId`, collecting `collected` (null: not reported). */
export interface CodDeliveredChange {
  kind: 'cod-delivered';
  orderId: string;
  courierId: string;
  deliveredAt: Date;
  collected: Vnd | null;
}

/** A courier's remittance line funded the order's escrow. */
export interface CodRemittedChange {
  kind: 'cod-remitted';
  orderId: string;
  courierId: string;
  amount: Vnd;
}

/** A dispute moved. */
export interface DisputeChange extends DisputeProgress {
  kind: 'dispute';
}

/** One courier checkpoint on a day, an exception (EXCEPTION, DELIVERY_FAILED, LOST) or not. */
export interface CourierDayChange {
  kind: 'courier-day';
  courierId: string;
  day: VnDay;
  exception: boolean;
}

/** One notification attempt's outcome on a day: sent, failed for good, or failed and retried. */
export interface NotificationDayChange {
  kind: 'notification-day';
  day: VnDay;
  channel: NotificationChannel;
  outcome: 'sent' | 'failed' | 'retried';
}

/** One line of an order's unified timeline. */
export interface OrderFactChange {
  kind: 'fact';
  orderId: string;
  eventId: string;
  type: string;
  service: ServiceName;
  occurredAt: Date;
  detail: FactDetail;
}

/** An admin proposed a manual money action at escrow: it waits in the money desk's queue for a second admin. */
export interface ManualActionProposedChange {
  kind: 'manual-action-proposed';
  actionId: string;
  orderId: string;
  escrowId: string;
  actionKind: ManualActionKind;
  amount: Vnd;
  /** The proposer's words (operators read them on the desk; never audited). */
  reason: string;
  disputeId: string | null;
  proposedBy: string;
  proposedAt: Date;
}

/** A second admin approved or rejected a manual money action: it leaves the queue. */
export interface ManualActionDecidedChange {
  kind: 'manual-action-decided';
  actionId: string;
  orderId: string;
  escrowId: string;
  actionKind: ManualActionKind;
  proposedBy: string;
  decision: ManualActionDecision;
  decidedBy: string;
  decidedAt: Date;
  note: string | null;
}

/** An operator acted at another service: a line of the console's audit trail, once per event. */
export interface OperatorActionChange extends ServiceActionAudit {
  kind: 'operator-action';
}

/** What one event changes in the console's read model. */
export type ReadModelChange =
  | OrderPlacedChange
  | OrderStatusChange
  | StatusMinuteChange
  | MoneyDayChange
  | HeldMoneyChange
  | EscrowTermsChange
  | CodDeliveredChange
  | CodRemittedChange
  | DisputeChange
  | CourierDayChange
  | NotificationDayChange
  | OrderFactChange
  | ManualActionProposedChange
  | ManualActionDecidedChange
  | OperatorActionChange;
