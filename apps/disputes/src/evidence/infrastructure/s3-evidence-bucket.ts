import { S3Client } from '@aws-sdk/client-s3';
import type { DisputesEnv } from '../../config/disputes.env';

/** The bucket evidence objects go to: a client for its endpoint, its name, and the key prefix of every object. */
export interface S3EvidenceBucket {
  client: S3Client;
  name: string;
  /** Prepended to each file id to make its object key, e.g. `evidence/`. */
  keyPrefix: string;
}

/**
 * The evidence bucket of a config with `EVIDENCE_STORE=s3`. Without a static key pair the SDK finds credentials
 * itself (an IAM role, web identity, the `AWS_*` environment). The config is validated at boot, so a missing
 * bucket never gets this far.
 */
export function openS3EvidenceBucket(env: DisputesEnv): S3EvidenceBucket {
  if (!env.EVIDENCE_S3_BUCKET) throw new Error('EVIDENCE_S3_BUCKET is required when EVIDENCE_STORE=s3');
  const staticKeys =
    env.EVIDENCE_S3_ACCESS_KEY_ID && env.EVIDENCE_S3_SECRET_ACCESS_KEY ? { accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID, secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY } : undefined;
  const client = new S3Client({
    region: env.EVIDENCE_S3_REGION,
    ...(env.EVIDENCE_S3_ENDPOINT ? { endpoint: env.EVIDENCE_S3_ENDPOINT } : {}),
    forcePathStyle: env.EVIDENCE_S3_FORCE_PATH_STYLE,
    ...(staticKeys ? { credentials: staticKeys } : {}),
  });
  return { client, name: env.EVIDENCE_S3_BUCKET, keyPrefix: env.EVIDENCE_S3_KEY_PREFIX };
}

/** What the bucket's settings say, for the boot log: never a credential. */
export function describeS3EvidenceBucket(env: DisputesEnv): string {
  const where = env.EVIDENCE_S3_ENDPOINT ? `at ${env.EVIDENCE_S3_ENDPOINT}${env.EVIDENCE_S3_FORCE_PATH_STYLE ? ' (path-style)' : ''}` : `in ${env.EVIDENCE_S3_REGION}`;
  const credentials = env.EVIDENCE_S3_ACCESS_KEY_ID ? 'a static access key' : 'the default credential chain';
  return `evidence files go to S3 bucket ${env.EVIDENCE_S3_BUCKET} ${where} under "${env.EVIDENCE_S3_KEY_PREFIX}", with ${credentials}`;
}
