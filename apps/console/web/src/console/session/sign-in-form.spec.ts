import { ApiError } from '../../api/api-error';
import { signInDetails, signInErrorText, signInMistakes } from './sign-in-form';

describe('the sign-in form', () => {
  it('asks for the name, the password and a 6-digit code (spaces allowed)', () => {
    expect(signInMistakes({ name: ' ', password: '', code: '' })).toEqual({
      name: 'Enter your operator name.',
      password: 'Enter your password.',
      code: 'Enter the 6-digit code your authenticator app shows.',
    });
    expect(signInMistakes({ name: 'lan', password: 'pw', code: '12345' }).code).toBe('The code is the 6 digits your authenticator app shows.');
    expect(signInMistakes({ name: 'lan', password: 'pw', code: '492 039' })).toEqual({});
    expect(signInDetails({ name: ' nguyen.lan ', password: ' pw ', code: '492 039' })).toEqual({ name: 'nguyen.lan', password: ' pw ', totp: '492039' });
  });

  it('says a refusal without saying which was wrong, and how long to wait after too many tries', () => {
    const problem = (status: number, type: string) => ({ type: `https://trustcircle.vn/problems/${type}`, title: type, status });
    expect(signInErrorText(new ApiError('http', 401, problem(401, 'sign-in-failed')))).toBe('The name, password or code is not right. Check them and try again with a new code.');
    expect(signInErrorText(new ApiError('http', 429, problem(429, 'rate-limited'), 840))).toBe('Too many sign-in attempts. Wait 14 minutes before trying again.');
    expect(signInErrorText(new ApiError('http', 429, problem(429, 'rate-limited'), 30))).toBe('Too many sign-in attempts. Wait 30 seconds before trying again.');
    expect(signInErrorText(new ApiError('network', 0, null))).toMatch(/could not reach/);
  });
});
