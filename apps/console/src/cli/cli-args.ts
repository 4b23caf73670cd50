/** A parsed command line: `<group> <action> [--flag value | --flag=value | --switch]…`. */
export interface CliArgs {
  group: string;
  action: string;
  /** Flag values; repeated flags keep every value in order. */
  flags: Map<string, string[]>;
  switches: Set<string>;
}

/** A command line the CLI cannot run: answered with the message and exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** Flags that take no value. */
const SWITCHES = new Set(['json', 'verbose', 'help']);

/** Parses argv (after the script name). @throws CliUsageError */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      switches.add('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!/^[a-z][a-z-]*$/.test(name)) throw new CliUsageError(`invalid option ${arg}`);
    if (SWITCHES.has(name)) {
      if (eq !== -1) throw new CliUsageError(`--${name} takes no value`);
      switches.add(name);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new CliUsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  if (positional.length > 2) throw new CliUsageError(`unexpected argument ${positional[2]}`);
  return { group: positional[0] ?? '', action: positional[1] ?? '', flags, switches };
}

/** Reads the flags of a command, refusing unknown ones, missing required ones and repeats of single ones. */
export class CliFlags {
  private readonly used = new Set<string>();

  constructor(private readonly args: CliArgs) {}

  /** A flag given at most once. @throws CliUsageError */
  optional(name: string): string | undefined {
    this.used.add(name);
    const values = this.args.flags.get(name);
    if (values && values.length > 1) throw new CliUsageError(`--${name} given more than once`);
    return values?.[0];
  }

  /** A flag that must be given once. @throws CliUsageError */
  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined || value.trim() === '') throw new CliUsageError(`--${name} is required`);
    return value;
  }

  /** A flag that may repeat. */
  many(name: string): string[] {
    this.used.add(name);
    return this.args.flags.get(name) ?? [];
  }

  /** One of `choices`. @throws CliUsageError */
  choice<T extends string>(name: string, choices: readonly T[], required: true): T;
  choice<T extends string>(name: string, choices: readonly T[], required?: false): T | undefined;
  choice<T extends string>(name: string, choices: readonly T[], required = false): T | undefined {
    const value = required ? this.required(name) : this.optional(name);
    if (value !== undefined && !(choices as readonly string[]).includes(value)) throw new CliUsageError(`--${name} must be one of ${choices.join(', ')}`);
    return value as T | undefined;
  }

  /** A whole number within bounds. @throws CliUsageError */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new CliUsageError(`--${name} must be a whole number from ${min} to ${max}`);
    return Number(value);
  }

  /** A UUID. @throws CliUsageError */
  uuid(name: string): string {
    const value = this.required(name);
    if (!UUID.test(value)) throw new CliUsageError(`--${name} must be a UUID`);
    return value.toLowerCase();
  }

  /** Refuses flags the command does not take. @throws CliUsageError */
  done(): void {
    const unknown = [...this.args.flags.keys()].filter((f) => !this.used.has(f));
    if (unknown.length > 0) throw new CliUsageError(`unknown option --${unknown[0]}`);
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
