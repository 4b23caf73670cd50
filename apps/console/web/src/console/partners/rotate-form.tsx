import { type FormEvent, useState } from 'react';
import { DeskAlert, useDeskAction } from '../desk-kit/desk-ui';
import { hasWebhookSecret, parseOverlapHours } from './partner-forms';
import type { Partner, RotatedCredentials, RotationTarget } from './partner-types';
import type { PartnersApi } from './partners-api';

/** Rotating credentials (admins): which ones, and how long the current ones stay valid meanwhile. */
export function RotateForm({ partner, api, onRotated }: { partner: Partner; api: PartnersApi; onRotated(r: RotatedCredentials): void }) {
  const [target, setTarget] = useState<RotationTarget>('all');
  const [overlap, setOverlap] = useState('72');
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useDeskAction();
  const webhooks = hasWebhookSecret(partner.kind);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const hours = parseOverlapHours(overlap);
    if (hours === null) {
      setInvalid('Enter whole hours from 0 to 720.');
      return;
    }
    setInvalid(null);
    const answer: { rotated: RotatedCredentials | null } = { rotated: null };
    const ok = await action.run(
      'rotate',
      async () => {
        answer.rotated = await api.rotate(partner.id, webhooks ? target : 'api-key', hours);
      },
      'Credentials rotated',
    );
    if (ok && answer.rotated) onRotated(answer.rotated);
  };

  return (
    <form className="desk-form" aria-label="Rotate credentials" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Rotate credentials</h3>
      <div className="desk-actions">
        {webhooks ? (
          <div className="field">
            <label htmlFor="rotate-target">Credentials to rotate</label>
            <select id="rotate-target" value={target} onChange={(e) => setTarget(e.target.value as RotationTarget)}>
              <option value="all">API key and webhook secret</option>
              <option value="api-key">API key</option>
              <option value="webhook-secret">Webhook secret</option>
            </select>
          </div>
        ) : null}
        <div className={`field${invalid ? ' field-invalid' : ''}`}>
          <label htmlFor="rotate-overlap">Overlap (hours)</label>
          <input
            id="rotate-overlap"
            inputMode="numeric"
            value={overlap}
            onChange={(e) => setOverlap(e.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'rotate-overlap-hint rotate-overlap-error' : 'rotate-overlap-hint'}
          />
          <p className="hint" id="rotate-overlap-hint">
            How long the current credentials stay valid (0: they stop at once).
          </p>
          {invalid ? (
            <p className="field-error" id="rotate-overlap-error">
              {invalid}
            </p>
          ) : null}
        </div>
      </div>
      <DeskAlert error={action.failure} />
      <button type="submit" className="button" disabled={action.busy !== null}>
        {action.busy ? 'Rotating…' : 'Rotate credentials'}
      </button>
    </form>
  );
}
