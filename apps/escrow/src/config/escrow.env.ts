import { ServiceEnv, ToInt } from '@trustcircle/config';
import { IsInt, Max, Min } from 'class-validator';

/** The escrow service's configuration: the platform variables, plus the escrow's own. */
export class EscrowEnv extends ServiceEnv {
  /**
   * How often the scheduled ledger check runs, in milliseconds (one replica per run: a `ledger-check` deadline of
   * the shared scheduler). Default 5 minutes.
   */
  @ToInt() @IsInt() @Min(10_000) @Max(86_400_000)
  LEDGER_CHECK_INTERVAL_MS = 300_000;

  /**
   * How long a payment that arrived before its order stays parked, in minutes: when its order arrives within
   * this time it is matched, else it is refunded and operators are alerted. Default 60.
   */
  @ToInt() @IsInt() @Min(1) @Max(10_080)
  PARKED_PAYMENT_MATCH_MINUTES = 60;

  /**
   * How many times a payout or refund instruction is issued to its payment partner before a failure is escalated
   * to operators (an operator alert; the instruction is never dropped). Default 5.
   */
  @ToInt() @IsInt() @Min(1) @Max(50)
  INSTRUCTION_MAX_ATTEMPTS = 5;

  /** The wait before re-issuing a failed instruction, in milliseconds; doubled after each failure (at most a day). Default 15 minutes. */
  @ToInt() @IsInt() @Min(1_000) @Max(86_400_000)
  INSTRUCTION_RETRY_BASE_MS = 900_000;

  /**
   * How long an event about an order escrow does not know yet waits for the order, in minutes (the topics are not
   * ordered with each other). Then a hold or cancellation request is refused as UNKNOWN_ORDER and any other fact
   * is raised to operators. Default 60.
   */
  @ToInt() @IsInt() @Min(1) @Max(10_080)
  EARLY_EVENT_WAIT_MINUTES = 60;

  /**
   * After how many days since delivery a COD parcel's cash still unremitted raises a WARNING operator alert
   * (COD_REMITTANCE_OVERDUE, once per parcel). Default 3.
   */
  @ToInt() @IsInt() @Min(1) @Max(90)
  COD_REMITTANCE_ALERT_DAYS = 3;

  /**
   * How often the COD remittance check looks for overdue cash, in milliseconds (one replica per run: a
   * `cod-remittance-check` deadline of the shared scheduler). Default 5 minutes.
   */
  @ToInt() @IsInt() @Min(10_000) @Max(86_400_000)
  COD_REMITTANCE_CHECK_INTERVAL_MS = 300_000;

  /**
   * How many days a document signing key (Ed25519) signs before escrow retires it and creates a new one, when the
   * next document is issued (retired keys keep verifying; admins can also rotate at once). Default 90.
   */
  @ToInt() @IsInt() @Min(1) @Max(3650)
  DOCUMENT_SIGNING_KEY_MAX_AGE_DAYS = 90;

  /**
   * How long after a business day ends (00:00 Asia/Ho_Chi_Minh) escrow waits before closing it for each payment
   * partner (`escrow.partner-settlement-closed` and the partner's signed statement), in minutes: the grace period
   * for settlement reports of that day. Default 60.
   */
  @ToInt() @IsInt() @Min(0) @Max(1_440)
  PARTNER_SETTLEMENT_CLOSE_DELAY_MINUTES = 60;
}
