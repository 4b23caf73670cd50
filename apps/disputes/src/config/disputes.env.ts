import { ServiceEnv, ToBool, ToInt } from '@trustcircle/config';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsUrl, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** Where evidence files' bytes are kept: PostgreSQL large objects, or an S3-compatible bucket. */
export const EVIDENCE_STORES = ['postgres', 's3'] as const;

/** Whether the S3 variables apply (they are checked only then). */
const usesS3 = (env: DisputesEnv): boolean => env.EVIDENCE_STORE === 's3';
/** An optional variable left empty (`NAME=`) counts as unset. */
const EmptyAsUnset = (): PropertyDecorator => Transform(({ value }) => (value === '' ? undefined : value));
/** The S3 access key pair is checked when either half is given: both or neither. */
const usesStaticKeys = (env: DisputesEnv): boolean => usesS3(env) && (env.EVIDENCE_S3_ACCESS_KEY_ID !== undefined || env.EVIDENCE_S3_SECRET_ACCESS_KEY !== undefined);

/** The disputes service's configuration: the platform variables, its own deadlines, and where evidence is stored. */
export class DisputesEnv extends ServiceEnv {
  /** Hours the marketplace has for its first response; silence is a default judgment for the buyer. Default 48. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  DISPUTE_MERCHANT_RESPONSE_HOURS = 48;

  /** Hours the buyer has to escalate after a rejection; silence closes the dispute for the seller. Default 72. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  DISPUTE_BUYER_ESCALATION_HOURS = 72;

  /** Hours the buyer has to answer an offer; silence escalates to a mediator. Default 48. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  DISPUTE_BUYER_OFFER_RESPONSE_HOURS = 48;

  /** Hours a mediator has to decide; a breach is flagged in metrics and to operators. Default 72. */
  @ToInt() @IsInt() @Min(1) @Max(720)
  DISPUTE_MEDIATOR_DECISION_HOURS = 72;

  /** Days the buyer has to ship a return after a RETURN_AND_REFUND outcome; then the money is released. Default 7. */
  @ToInt() @IsInt() @Min(1) @Max(60)
  DISPUTE_RETURN_SHIPMENT_DAYS = 7;

  /** Hours before each deadline that the reminder goes out. Default 24. */
  @ToInt() @IsInt() @Min(1) @Max(168)
  DISPUTE_REMINDER_LEAD_HOURS = 24;

  /** Days after the expected delivery that a NOT_RECEIVED complaint may still be filed. Default 7. */
  @ToInt() @IsInt() @Min(1) @Max(90)
  NOT_RECEIVED_FILING_DAYS = 7;

  /** Orders a window needs for a public trust score; with fewer, its score is null (too little to judge). Default 20. */
  @ToInt() @IsInt() @Min(1) @Max(100_000)
  TRUST_SCORE_MIN_ORDERS = 20;

  /**
   * Where evidence files' bytes go: `postgres` (large objects beside their rows; the default, for this stack) or
   * `s3` (an S3-compatible bucket: AWS, MinIO, Ceph, a Vietnamese cloud's object storage). Either way the metadata
   * stays in PostgreSQL, and an `s3` deployment still serves the files stored before it moved.
   */
  @IsIn(EVIDENCE_STORES, { message: `EVIDENCE_STORE must be one of: ${EVIDENCE_STORES.join(', ')}` })
  EVIDENCE_STORE: (typeof EVIDENCE_STORES)[number] = 'postgres';

  /** The evidence bucket (`EVIDENCE_STORE=s3`: required). It should have versioning and Object Lock (compliance mode). */
  @ValidateIf(usesS3) @EmptyAsUnset()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'EVIDENCE_S3_BUCKET is required when EVIDENCE_STORE=s3: a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens' })
  EVIDENCE_S3_BUCKET?: string;

  /** The bucket's region. Default `ap-southeast-1` (Singapore); S3-compatible servers often accept any. */
  @ValidateIf(usesS3)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'EVIDENCE_S3_REGION must be a region name such as ap-southeast-1' })
  EVIDENCE_S3_REGION = 'ap-southeast-1';

  /** The S3-compatible endpoint (MinIO, Ceph, another provider), an http(s) URL without credentials; unset for AWS itself. */
  @ValidateIf((env: DisputesEnv) => usesS3(env) && env.EVIDENCE_S3_ENDPOINT !== undefined) @EmptyAsUnset()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'], disallow_auth: true }, { message: 'EVIDENCE_S3_ENDPOINT must be an http(s) URL without credentials' })
  EVIDENCE_S3_ENDPOINT?: string;

  /** Path-style requests (`<endpoint>/<bucket>/<key>`), which most S3-compatible servers need. Default false. */
  @ValidateIf(usesS3) @ToBool() @IsBoolean()
  EVIDENCE_S3_FORCE_PATH_STYLE = false;

  /** A static access key id, with its secret; unset for the SDK's default credentials (an IAM role, the environment). */
  @ValidateIf(usesStaticKeys) @EmptyAsUnset()
  @Matches(/^\S{1,128}$/, { message: 'EVIDENCE_S3_ACCESS_KEY_ID must be set (no spaces) with EVIDENCE_S3_SECRET_ACCESS_KEY: both, or neither for the default credential chain' })
  EVIDENCE_S3_ACCESS_KEY_ID?: string;

  /** The static secret access key (with `EVIDENCE_S3_ACCESS_KEY_ID`). A secret: never logged. */
  @ValidateIf(usesStaticKeys) @EmptyAsUnset()
  @Matches(/^\S{1,256}$/, { message: 'EVIDENCE_S3_SECRET_ACCESS_KEY must be set (no spaces) with EVIDENCE_S3_ACCESS_KEY_ID: both, or neither for the default credential chain' })
  EVIDENCE_S3_SECRET_ACCESS_KEY?: string;

  /** The key prefix of evidence objects (each is `<prefix><file id>`): empty, or folders each ending in `/`. Default `evidence/`. */
  @ValidateIf(usesS3) @MaxLength(200)
  @Matches(/^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*$/, { message: 'EVIDENCE_S3_KEY_PREFIX must be empty or folder names each ending in /, e.g. evidence/' })
  EVIDENCE_S3_KEY_PREFIX = 'evidence/';
}
