import { prepareCommand } from './admin-commands';
import { CliFlags, CliUsageError, parseCliArgs } from './cli-args';

describe(parseCliArgs.name, () => {
  it('reads the command, --flag value, --flag=value, repeated flags and switches', () => {
    const args = parseCliArgs(['partners', 'create', '--kind', 'payment-partner', '--name=Ví Việt', '--marketplace', 'a', '--marketplace', 'b', '--json']);
    expect([args.group, args.action]).toEqual(['partners', 'create']);
    expect(args.flags.get('name')).toEqual(['Ví Việt']);
    expect(args.flags.get('marketplace')).toEqual(['a', 'b']);
    expect(args.switches.has('json')).toBe(true);
  });

  it.each([
    [['partners', 'create', '--name'], '--name needs a value'],
    [['partners', 'create', '--name', '--json'], '--name needs a value'],
    [['partners', 'create', '--json=1'], '--json takes no value'],
    [['partners', 'create', 'extra'], 'unexpected argument extra'],
    [['partners', 'create', '--Bad'], 'invalid option'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe(CliFlags.name, () => {
  const flags = (argv: string[]) => new CliFlags(parseCliArgs(['g', 'a', ...argv]));

  it('checks required, repeated, choices, integers, UUIDs and unknown flags', () => {
    expect(() => flags([]).required('name')).toThrow('--name is required');
    expect(() => flags(['--name', 'a', '--name', 'b']).optional('name')).toThrow('more than once');
    expect(() => flags(['--kind', 'shop']).choice('kind', ['marketplace'] as const, true)).toThrow('must be one of marketplace');
    expect(() => flags(['--overlap-hours', '-1']).integer('overlap-hours', 0, 720)).toThrow(CliUsageError);
    expect(flags(['--overlap-hours', '24']).integer('overlap-hours', 0, 720)).toBe(24);
    expect(() => flags(['--id', 'x']).uuid('id')).toThrow('--id must be a UUID');
    const f = flags(['--name', 'a', '--other', 'b']);
    f.required('name');
    expect(() => f.done()).toThrow('unknown option --other');
  });
});

describe(prepareCommand.name, () => {
  const prepare = (argv: string[]) => prepareCommand(parseCliArgs(argv));

  it('prepares every documented command', () => {
    const id = '7d0c6a52-5f3e-4b8e-9a51-0f6c2e9b1a44';
    for (const argv of [
      ['partners', 'create', '--kind', 'marketplace', '--name', 'A'],
      ['partners', 'create', '--kind', 'payment-partner', '--name', 'P', '--marketplace', id],
      ['partners', 'list'],
      ['partners', 'rotate', '--id', id, '--credential', 'api-key', '--overlap-hours', '0'],
      ['partners', 'disable', '--id', id],
      ['partners', 'enable', '--id', id],
      ['partners', 'revoke', '--id', id, '--credential-id', 'abcd1234'],
      ['partners', 'bind', '--id', id, '--marketplace', id],
      ['operators', 'create', '--name', 'lan', '--role', 'admin'],
      ['operators', 'list'],
      ['operators', 'token', '--name', 'lan'],
    ]) {
      expect(typeof prepare(argv)).toBe('function');
    }
  });

  it('refuses unknown commands, missing options and --marketplace on another kind', () => {
    expect(() => prepare(['partners', 'delete'])).toThrow('unknown command "partners delete"');
    expect(() => prepare(['partners', 'create', '--kind', 'courier'])).toThrow('--name is required');
    expect(() => prepare(['partners', 'create', '--kind', 'courier', '--name', 'C', '--marketplace', '7d0c6a52-5f3e-4b8e-9a51-0f6c2e9b1a44'])).toThrow(
      'for payment partners only',
    );
    expect(() => prepare(['operators', 'create', '--name', 'x', '--role', 'root'])).toThrow('--role must be one of viewer, mediator, admin');
  });
});

describe('operator sign-in commands', () => {
  it('take --name, and refuse a missing name or an unknown option before connecting', () => {
    for (const action of ['credentials', 'revoke-sessions']) {
      expect(typeof prepareCommand(parseCliArgs(['operators', action, '--name', 'lan']))).toBe('function');
      expect(() => prepareCommand(parseCliArgs(['operators', action]))).toThrow('--name is required');
      expect(() => prepareCommand(parseCliArgs(['operators', action, '--name', 'lan', '--role', 'admin']))).toThrow('unknown option --role');
    }
  });
});
