import { sessionIdOfBearer } from './session-claim';

const jwt = (claims: object) => `eyJhbGciOiJFZERTQSJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
const sid = '3f1d2c4b-5a69-4788-9c0b-1d2e3f4a5b6c';

describe(sessionIdOfBearer.name, () => {
  it('reads the sid claim of a bearer JWT', () => {
    expect(sessionIdOfBearer(`Bearer ${jwt({ sub: 'x', sid })}`)).toBe(sid);
    expect(sessionIdOfBearer(`bearer  ${jwt({ sid })}`)).toBe(sid);
  });

  it('finds none in a token without a session, a malformed sid, an API key or no header', () => {
    expect(sessionIdOfBearer(`Bearer ${jwt({ sub: 'x' })}`)).toBeUndefined();
    expect(sessionIdOfBearer(`Bearer ${jwt({ sid: 'not-a-uuid' })}`)).toBeUndefined();
    expect(sessionIdOfBearer('Bearer a.%%%.c')).toBeUndefined();
    expect(sessionIdOfBearer('Bearer tc_mkp_0123456789abcdef_x')).toBeUndefined();
    expect(sessionIdOfBearer(undefined)).toBeUndefined();
  });
});
