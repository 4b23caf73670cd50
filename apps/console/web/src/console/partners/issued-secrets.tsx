import { formatVnTime } from '../../format/vn-time';
import { OnceSecret } from '../desk-kit/desk-ui';
import { issuedSecretsOf } from './partner-forms';
import type { IssuedCredentials } from './partner-types';

/**
 * New credentials, shown this once: a warning, each secret with a copy button, and a button to close the panel
 * (after which they cannot be shown again: rotate to get new ones).
 */
export function IssuedSecrets({
  partnerName,
  credentials,
  previousValidUntil,
  onDone,
}: {
  partnerName: string;
  credentials: IssuedCredentials;
  previousValidUntil?: string;
  onDone(): void;
}) {
  const secrets = issuedSecretsOf(credentials);
  return (
    <section className="card desk-section" aria-labelledby="issued-secrets-title">
      <h2 id="issued-secrets-title">New credentials for {partnerName}</h2>
      <div className="alert alert-warning">
        <p className="strong">Store these now: they are shown only once and cannot be shown again.</p>
        <p className="small">Give them to the partner over a secure channel. If they are lost, rotate the credentials to issue new ones.</p>
      </div>
      {previousValidUntil ? (
        <p>
          {previousStoppedAtOnce(previousValidUntil, Date.now())
            ? 'The previous credentials stopped working at once.'
            : `The previous credentials stay valid until ${formatVnTime(previousValidUntil)}.`}
        </p>
      ) : null}
      {secrets.map((s) => (
        <OnceSecret key={s.label} label={s.label} value={s.value} idText={s.id} />
      ))}
      <button type="button" className="button" onClick={onDone}>
        I have stored them
      </button>
    </section>
  );
}

/** A rotation with no overlap ends the previous credentials when it answers (give or take the clocks' minute). */
function previousStoppedAtOnce(previousValidUntil: string, nowMs: number): boolean {
  return Date.parse(previousValidUntil) <= nowMs + 60_000;
}
