import { ConfigError, loadConfig } from '@trustcircle/config';
import { DisputesEnv } from './disputes.env';

const platform = {
  DB_NAME: 'trustcircle_test',
  DB_PASSWORD: 'password-1',
  REDIS_URL: 'redis://127.0.0.1:6379/15',
  KAFKA_BROKERS: '127.0.0.1:9092',
  PLATFORM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** The variables and messages of the config's problems (never its values). */
function problemsOf(env: Record<string, string | undefined>): Array<[string, string]> {
  try {
    loadConfig(DisputesEnv, { ...platform, ...env }, 'disputes');
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.flatMap((p) => p.problems.map((m): [string, string] => [p.variable, m]));
  }
  return [];
}

describe('DisputesEnv: the evidence store', () => {
  it('defaults to PostgreSQL, and ignores the S3 variables then (even malformed ones)', () => {
    const c = loadConfig(DisputesEnv, { ...platform, EVIDENCE_S3_ENDPOINT: 'not a url', EVIDENCE_S3_FORCE_PATH_STYLE: 'maybe' });
    expect([c.EVIDENCE_STORE, c.EVIDENCE_S3_BUCKET, c.EVIDENCE_S3_REGION, c.EVIDENCE_S3_KEY_PREFIX]).toEqual(['postgres', undefined, 'ap-southeast-1', 'evidence/']);
  });

  it('reads every S3 variable when EVIDENCE_STORE=s3', () => {
    const c = loadConfig(DisputesEnv, {
      ...platform,
      EVIDENCE_STORE: 's3',
      EVIDENCE_S3_BUCKET: 'tc-evidence.prod',
      EVIDENCE_S3_REGION: 'us-east-1',
      EVIDENCE_S3_ENDPOINT: 'http://127.0.0.1:9000',
      EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
      EVIDENCE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      EVIDENCE_S3_SECRET_ACCESS_KEY: SECRET,
      EVIDENCE_S3_KEY_PREFIX: 'trustcircle/evidence/',
    });
    expect({ ...c }).toMatchObject({
      EVIDENCE_STORE: 's3',
      EVIDENCE_S3_BUCKET: 'tc-evidence.prod',
      EVIDENCE_S3_REGION: 'us-east-1',
      EVIDENCE_S3_ENDPOINT: 'http://127.0.0.1:9000',
      EVIDENCE_S3_FORCE_PATH_STYLE: true,
      EVIDENCE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      EVIDENCE_S3_SECRET_ACCESS_KEY: SECRET,
      EVIDENCE_S3_KEY_PREFIX: 'trustcircle/evidence/',
    });
  });

  it('needs only the bucket for S3 (AWS itself, the default credential chain); empty optional variables count as unset', () => {
    const c = loadConfig(DisputesEnv, { ...platform, EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: 'tc-evidence', EVIDENCE_S3_ENDPOINT: '', EVIDENCE_S3_ACCESS_KEY_ID: '', EVIDENCE_S3_SECRET_ACCESS_KEY: '' });
    expect([c.EVIDENCE_S3_ENDPOINT, c.EVIDENCE_S3_FORCE_PATH_STYLE, c.EVIDENCE_S3_ACCESS_KEY_ID, c.EVIDENCE_S3_SECRET_ACCESS_KEY]).toEqual([undefined, false, undefined, undefined]);
  });

  it('fails boot without a bucket when EVIDENCE_STORE=s3, saying so', () => {
    expect(() => loadConfig(DisputesEnv, { ...platform, EVIDENCE_STORE: 's3' }, 'disputes')).toThrow(
      'Invalid configuration for disputes:\n  - EVIDENCE_S3_BUCKET: EVIDENCE_S3_BUCKET is required when EVIDENCE_STORE=s3',
    );
    expect(problemsOf({ EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: '' }).map(([v]) => v)).toEqual(['EVIDENCE_S3_BUCKET']);
  });

  it('reports each malformed S3 variable by name, and never echoes a secret', () => {
    const bad = {
      EVIDENCE_STORE: 's3',
      EVIDENCE_S3_BUCKET: 'Not_A_Bucket',
      EVIDENCE_S3_REGION: 'Asia Pacific',
      EVIDENCE_S3_ENDPOINT: `https://key:${SECRET}@minio.internal`,
      EVIDENCE_S3_FORCE_PATH_STYLE: 'maybe',
      EVIDENCE_S3_SECRET_ACCESS_KEY: SECRET,
      EVIDENCE_S3_KEY_PREFIX: '/evidence',
    };
    const problems = problemsOf(bad);
    expect(problems.map(([v]) => v).sort()).toEqual([
      'EVIDENCE_S3_ACCESS_KEY_ID',
      'EVIDENCE_S3_BUCKET',
      'EVIDENCE_S3_ENDPOINT',
      'EVIDENCE_S3_FORCE_PATH_STYLE',
      'EVIDENCE_S3_KEY_PREFIX',
      'EVIDENCE_S3_REGION',
    ]);
    expect(JSON.stringify(problems)).not.toContain(SECRET);
    expect(problems.find(([v]) => v === 'EVIDENCE_S3_ACCESS_KEY_ID')?.[1]).toBe(
      'EVIDENCE_S3_ACCESS_KEY_ID must be set (no spaces) with EVIDENCE_S3_SECRET_ACCESS_KEY: both, or neither for the default credential chain',
    );
  });

  it('refuses an unknown store, and a secret key without its id', () => {
    expect(problemsOf({ EVIDENCE_STORE: 'gcs' })).toEqual([['EVIDENCE_STORE', 'EVIDENCE_STORE must be one of: postgres, s3']]);
    expect(problemsOf({ EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: 'tc-evidence', EVIDENCE_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' }).map(([v]) => v)).toEqual(['EVIDENCE_S3_SECRET_ACCESS_KEY']);
  });

  it('accepts an empty key prefix (objects at the bucket root) and nested folders', () => {
    expect(problemsOf({ EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: 'tc-evidence', EVIDENCE_S3_KEY_PREFIX: '' })).toEqual([]);
    expect(problemsOf({ EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: 'tc-evidence', EVIDENCE_S3_KEY_PREFIX: 'a/b.c/' })).toEqual([]);
    expect(problemsOf({ EVIDENCE_STORE: 's3', EVIDENCE_S3_BUCKET: 'tc-evidence', EVIDENCE_S3_KEY_PREFIX: '../evidence/' }).map(([v]) => v)).toEqual(['EVIDENCE_S3_KEY_PREFIX']);
  });
});
