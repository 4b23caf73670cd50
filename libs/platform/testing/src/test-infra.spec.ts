import { assertTestDatabase } from './test-infra';

describe(assertTestDatabase.name, () => {
  it.each(['trustcircle_test', 'test', 'TEST_db'])('accepts %s', (name) => {
    expect(() => assertTestDatabase(name)).not.toThrow();
  });
  it.each(['trustcircle', 'production', 'postgres'])('refuses %s', (name) => {
    expect(() => assertTestDatabase(name)).toThrow(/must contain "test"/);
  });
});
