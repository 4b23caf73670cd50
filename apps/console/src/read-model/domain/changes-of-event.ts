import type { ShipmentStatus } from '@trustcircle/contracts';
import { toVnd } from '@trustcircle/kernel';
import type { ConsoleEvent } from './console-event-types';
import { DISPUTE_PROGRESS_EVENT_TYPES, type DisputeProgressEvent, disputeProgressOf } from './dispute-progress';
import { factDetail } from './fact-detail';
import { operatorActionOf } from './operator-action-of-event';
import type { ReadModelChange } from './read-model-change';
import { minuteStart, vnDay } from './vn-calendar';

/** Checkpoints counted as courier exceptions. */
export const EXCEPTION_STATUSES: readonly ShipmentStatus[] = ['EXCEPTION', 'DELIVERY_FAILED', 'LOST'];

/** How the read model learns a buyer's phone: masked for display, digested (keyed) for search. */
export interface PhoneProtection {
  mask(e164: string): string;
  digest(e164: string): string;
}

const isDisputeProgress = (event: ConsoleEvent): event is DisputeProgressEvent => (DISPUTE_PROGRESS_EVENT_TYPES as readonly string[]).includes(event.type);

/**
 * Everything one consumed event changes in the console's read model: its line in the order's timeline (every
 * event about an order), the overview's aggregates and the money desk's manual actions it feeds, and the audit
 * line of an operator's action at another service it tells of (see `operatorActionOf`). Pure: the use case applies the changes in the
 * event's transaction. Money stays bigint VND; days are Vietnamese days; the buyer's phone is only ever masked
 * or digested.
 */
export function changesOf(event: ConsoleEvent, phones: PhoneProtection): ReadModelChange[] {
  const changes = aggregateChanges(event, phones);
  const operatorAction = operatorActionOf(event);
  if (operatorAction) changes.push(operatorAction);
  const orderId = (event.data as { orderId?: string | null }).orderId;
  if (typeof orderId === 'string') {
    changes.push({ kind: 'fact', orderId, eventId: event.id, type: event.type, service: event.producer, occurredAt: new Date(event.occurredAt), detail: factDetail(event.data) });
  }
  return changes;
}

function aggregateChanges(event: ConsoleEvent, phones: PhoneProtection): ReadModelChange[] {
  const at = (iso: string) => new Date(iso);
  if (isDisputeProgress(event)) return [{ kind: 'dispute', ...disputeProgressOf(event) }];
  switch (event.type) {
    case 'orders.order-placed': {
      const d = event.data;
      return [
        {
          kind: 'order-placed',
          orderId: d.orderId,
          code: d.code,
          externalId: d.externalId,
          marketplaceId: d.marketplaceId,
          buyerPhoneMasked: phones.mask(d.buyer.phone),
          buyerPhoneDigest: phones.digest(d.buyer.phone),
          paymentMethod: d.paymentMethod,
          totalAmount: toVnd(d.totalAmount),
          placedAt: at(d.placedAt),
        },
        { kind: 'status-minute', minute: minuteStart(at(d.placedAt)), status: 'PLACED' },
      ];
    }
    case 'orders.order-status-changed': {
      const d = event.data;
      return [
        { kind: 'order-status', orderId: d.orderId, code: d.code, marketplaceId: d.marketplaceId, status: d.status, sequence: d.sequence },
        { kind: 'status-minute', minute: minuteStart(at(d.changedAt)), status: d.status },
      ];
    }
    case 'escrow.escrow-opened':
      return [{ kind: 'escrow-terms', orderId: event.data.orderId, paymentMethod: event.data.paymentMethod, expectedAmount: toVnd(event.data.expectedAmount) }];
    case 'escrow.escrow-funded': {
      const d = event.data;
      const amount = toVnd(d.heldAmount);
      return [
        { kind: 'money-day', day: vnDay(at(d.fundedAt)), held: amount, released: 0n, refunded: 0n },
        { kind: 'held', orderId: d.orderId, delta: amount, at: at(d.fundedAt) },
      ];
    }
    case 'escrow.escrow-released': {
      const d = event.data;
      const amount = toVnd(d.amount);
      return [
        { kind: 'money-day', day: vnDay(at(d.releasedAt)), held: 0n, released: amount, refunded: 0n },
        { kind: 'held', orderId: d.orderId, delta: -amount, at: at(d.releasedAt) },
      ];
    }
    case 'escrow.escrow-refunded': {
      const d = event.data;
      const amount = toVnd(d.amount);
      return [
        { kind: 'money-day', day: vnDay(at(d.refundedAt)), held: 0n, released: 0n, refunded: amount },
        { kind: 'held', orderId: d.orderId, delta: -amount, at: at(d.refundedAt) },
      ];
    }
    case 'escrow.manual-action-proposed': {
      const d = event.data;
      return [
        {
          kind: 'manual-action-proposed',
          actionId: d.actionId,
          orderId: d.orderId,
          escrowId: d.escrowId,
          actionKind: d.kind,
          amount: toVnd(d.amount),
          reason: d.reason,
          disputeId: d.disputeId,
          proposedBy: d.proposedBy,
          proposedAt: at(d.proposedAt),
        },
      ];
    }
    case 'escrow.manual-action-decided': {
      const d = event.data;
      return [
        {
          kind: 'manual-action-decided',
          actionId: d.actionId,
          orderId: d.orderId,
          escrowId: d.escrowId,
          actionKind: d.kind,
          proposedBy: d.proposedBy,
          decision: d.decision,
          decidedBy: d.decidedBy,
          decidedAt: at(d.decidedAt),
          note: d.note,
        },
      ];
    }
    case 'escrow.cod-remitted':
      return [{ kind: 'cod-remitted', orderId: event.data.orderId, courierId: event.data.courierId, amount: toVnd(event.data.amount) }];
    case 'delivery.shipment-delivered': {
      const d = event.data;
      if (d.direction !== 'OUTBOUND') return [];
      return [{ kind: 'cod-delivered', orderId: d.orderId, courierId: d.courierId, deliveredAt: at(d.deliveredAt), collected: d.codAmount === null ? null : toVnd(d.codAmount) }];
    }
    case 'delivery.shipment-status-changed':
      return [{ kind: 'courier-day', courierId: event.data.courierId, day: vnDay(at(event.data.occurredAt)), exception: EXCEPTION_STATUSES.includes(event.data.status) }];
    case 'notifications.notification-sent':
      return [{ kind: 'notification-day', day: vnDay(at(event.data.sentAt)), channel: event.data.channel, outcome: 'sent' }];
    case 'notifications.notification-failed':
      return [{ kind: 'notification-day', day: vnDay(at(event.data.failedAt)), channel: event.data.channel, outcome: event.data.final ? 'failed' : 'retried' }];
    default:
      return [];
  }
}
