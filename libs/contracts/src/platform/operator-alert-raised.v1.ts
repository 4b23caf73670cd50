import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { SERVICE_NAMES, type ServiceName } from '../services';

/** Alert severities. WARNING: wire values, never rename. */
export const ALERT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** An alert code: UPPER_SNAKE_CASE, 3–64 characters. */
export const ALERT_CODE = /^[A-Z][A-Z0-9_]{2,63}$/;

/**
 * The alert codes services raise today. Codes are validated by shape, not by this list, so a service can add one
 * without a new contract version; operators' routing rules key on them.
 *
 * WARNING: never rename a code: alert routing and dashboards match on it.
 */
export const KNOWN_ALERT_CODES = [
  'FUNDING_MISMATCH',
  'PARKED_PAYMENT_UNMATCHED',
  'LEDGER_CHECK_FAILED',
  'RECONCILIATION_MISMATCH',
  'INSTRUCTION_FAILED',
  'COD_COLLECTION_MISMATCH',
  'COD_REMITTANCE_OVERDUE',
  'COD_REMITTANCE_LINES_REFUSED',
  'SHIPMENT_LOST',
  'SHIPMENT_FLAGGED',
  'MEDIATOR_DEADLINE_BREACHED',
  'WEBHOOK_ENDPOINT_DISABLED',
  'DEAD_LETTER_GROWTH',
] as const;

/**
 * `platform.operator-alert-raised` v1: a service raised an alert for operators. Notifications sends it on the
 * operators' channel; the console lists it. Keyed by the alert's own id. The message holds no personal data.
 */
export class OperatorAlertRaisedV1 {
  /** The alert's id (UUID). The Kafka key. */
  @IsUUID()
  alertId!: string;

  /** INFO, WARNING or CRITICAL. */
  @IsIn(ALERT_SEVERITIES)
  severity!: AlertSeverity;

  /** What kind of alert, UPPER_SNAKE_CASE (see KNOWN_ALERT_CODES). */
  @Matches(ALERT_CODE)
  code!: string;

  /** For humans (1–1,000 characters): what happened and what to look at. No personal data. */
  @IsString() @IsNotEmpty() @MaxLength(1000)
  message!: string;

  /** The service that raised it. */
  @IsIn(SERVICE_NAMES)
  service!: ServiceName;

  /** The order (UUID) concerned; null when none. */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** When it was raised (ISO-8601 UTC). */
  @IsUtcTimestamp()
  raisedAt!: string;
}
