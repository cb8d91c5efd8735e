import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isRole, ROLES, type Role } from '../security/roles.js';

/** Exit status for a usage error (sysexits EX_USAGE). */
export const EXIT_USAGE = 64;

/** A command line that does not match a command's usage; printed with that usage, exit 64. */
export class UsageError extends Error {
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message);
    this.name = 'UsageError';
    this.usage = usage;
  }
}

/** Options of one subcommand: taking a string value, or flags (a present flag reads as `'true'`). */
export type StringOptions = Readonly<Record<string, { type: 'string' } | { type: 'boolean' }>>;

/** A subcommand's parsed positionals and options. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Readonly<Record<string, string | undefined>>;
}

/**
 * Parses a subcommand's arguments strictly: unknown flags, flags without a value and a positional
 * count outside `[min, max]` are usage errors.
 */
export function parseCommand(
  args: string[],
  spec: { options?: StringOptions; min?: number; max?: number; usage: string },
): ParsedArgs {
  const config: ParseArgsConfig = {
    args,
    options: { ...spec.options },
    strict: true,
    allowPositionals: true,
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      const message = (error as Error).message;
      const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
      throw new UsageError(unknown ? `unknown option "${unknown}"` : message, spec.usage);
    }
    throw error;
  }
  const { positionals } = parsed;
  const min = spec.min ?? 0;
  const max = spec.max ?? min;
  if (positionals.length < min) throw new UsageError('missing argument', spec.usage);
  if (positionals.length > max) {
    throw new UsageError(`unexpected arguments: ${positionals.slice(max).join(' ')}`, spec.usage);
  }
  const options: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') options[name] = value;
    else if (value === true) options[name] = 'true';
  }
  return { positionals, options };
}

/** A role named on the command line; anything else is a usage error. */
export function parseRole(value: string | undefined, usage: string): Role {
  if (value === undefined) throw new UsageError('missing role', usage);
  if (!isRole(value)) throw new UsageError(`unknown role "${value}" (use ${ROLES.join(', ')})`, usage);
  return value;
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** Parses `<n>d`, `<n>h` or `<n>m` into milliseconds; anything else is a usage error. */
export function parseDuration(value: string, flag: string, usage: string): number {
  const match = /^(\d{1,6})([dhm])$/.exec(value);
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`${flag} takes a duration such as 30d, 24h or 15m, not "${value}"`, usage);
  }
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** Whether the arguments ask for a command's help. */
export function wantsHelp(args: string[]): boolean {
  return args.length === 1 && (args[0] === 'help' || args[0] === '--help' || args[0] === '-h');
}

/** A command's subcommands by name, each given the arguments after its name. */
export type Subcommands = Readonly<Record<string, (rest: string[]) => Promise<number>>>;

/** Runs `rampart <command> <subcommand> ...`: help, or the named subcommand, or a usage error. */
export function dispatch(
  command: string,
  args: string[],
  usage: string,
  subcommands: Subcommands,
): Promise<number> {
  if (wantsHelp(args)) {
    process.stdout.write(usage);
    return Promise.resolve(0);
  }
  const [subcommand, ...rest] = args;
  if (subcommand === undefined) throw new UsageError('missing subcommand', usage);
  const run = Object.hasOwn(subcommands, subcommand) ? subcommands[subcommand] : undefined;
  if (!run) throw new UsageError(`unknown subcommand "${command} ${subcommand}"`, usage);
  return run(rest);
}
