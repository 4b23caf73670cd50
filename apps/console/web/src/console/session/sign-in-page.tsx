import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { TextField } from '../../app/ui';
import { afterSignIn, type SignInState } from '../shell/console-paths';
import { useConsoleTitle } from '../shell/console-ui';
import { useOperatorSession } from './operator-context';
import { type SignInInput, signInDetails, signInErrorText, type SignInMistakes, signInMistakes } from './sign-in-form';

const NOTICES: Record<string, string> = {
  ended: 'Your session has ended. Sign in again to continue.',
  'signed-out': 'You have signed out.',
};

/** `/console/sign-in`: name, password and the authenticator's code; then the page asked for, or the overview. */
export function SignInPage() {
  useConsoleTitle('Operator sign-in');
  const { store, state } = useOperatorSession();
  const location = useLocation();
  const navigate = useNavigate();
  const asked = (location.state ?? {}) as SignInState;
  const [input, setInput] = useState<SignInInput>({ name: '', password: '', code: '' });
  const [mistakes, setMistakes] = useState<SignInMistakes>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  if (state.status === 'signed-in' && !sending) return <Navigate to={afterSignIn(asked.from)} replace />;

  const set = (key: keyof SignInInput) => (e: { target: { value: string } }) => setInput((i) => ({ ...i, [key]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = signInMistakes(input);
    setMistakes(found);
    if (Object.keys(found).length > 0) {
      setFailure(null);
      document.getElementById(`sign-in-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      await store.signIn(signInDetails(input));
      navigate(afterSignIn(asked.from), { replace: true });
    } catch (error) {
      setFailure(signInErrorText(error));
      // A code is accepted once: the next try needs a new one.
      setInput((i) => ({ ...i, code: '' }));
      document.getElementById('sign-in-code')?.focus();
      setSending(false);
    }
  }

  const notice = asked.reason ? NOTICES[asked.reason] : undefined;
  return (
    <div className="console console-sign-in" lang="en">
      <main id="console-main" className="console-main" tabIndex={-1}>
        <div className="card console-sign-in-card">
          <p className="console-sign-in-brand">
            <span className="brand-mark" aria-hidden="true" /> TrustCircle
          </p>
          <h1>Operator sign-in</h1>
          {notice && !failure ? (
            <div className="alert alert-info" role="status">
              <p>{notice}</p>
            </div>
          ) : null}
          {failure ? (
            <div className="alert alert-error" role="alert">
              <p>{failure}</p>
            </div>
          ) : null}
          <form onSubmit={(e) => void submit(e)} noValidate aria-label="Operator sign-in">
            <TextField id="sign-in-name" label="Name" autoComplete="username" autoCapitalize="none" spellCheck={false} value={input.name} onChange={set('name')} error={mistakes.name} />
            <TextField id="sign-in-password" label="Password" type="password" autoComplete="current-password" value={input.password} onChange={set('password')} error={mistakes.password} />
            <TextField
              id="sign-in-code"
              label="Authenticator code"
              hint="The 6 digits your authenticator app shows now."
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={7}
              value={input.code}
              onChange={set('code')}
              error={mistakes.code}
            />
            <button type="submit" className="button primary" disabled={sending}>
              {sending ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}
