import { dispatch, parseCommand, parseDuration, UsageError } from './args.js';
import { formatTime, print, printTable, withServices } from './context.js';
import { BLOCK_USAGE } from './usage.js';

/** Runs `rampart block <subcommand> ...`: incident response from the console. */
export async function runBlockCommand(args: string[]): Promise<number> {
  return dispatch('block', args, BLOCK_USAGE, { add, list, remove });
}

async function add(args: string[]): Promise<number> {
  const { positionals, options } = parseCommand(args, {
    options: { reason: { type: 'string' }, duration: { type: 'string' } },
    min: 1,
    usage: BLOCK_USAGE,
  });
  if (!options.reason) throw new UsageError('--reason is required', BLOCK_USAGE);
  const durationMs =
    options.duration === undefined ? undefined : parseDuration(options.duration, '--duration', BLOCK_USAGE);
  return withServices(async (services) => {
    const ban = await services.bans.ban({
      subjectType: 'ip',
      subject: positionals[0] ?? '',
      reason: options.reason ?? '',
      source: 'cli',
      actor: null,
      ...(durationMs === undefined ? {} : { durationMs }),
    });
    if (!ban) {
      process.stderr.write('rampart: that address is on IP_ALLOW_LIST and cannot be banned\n');
      return 1;
    }
    print(`Banned ${ban.subject} until ${formatTime(ban.expiresAt)} (id ${ban.id}).`);
    return 0;
  });
}

async function list(args: string[]): Promise<number> {
  parseCommand(args, { usage: BLOCK_USAGE });
  return withServices(async (services) => {
    const now = services.clock.now().getTime();
    const bans = await services.bans.listActive();
    printTable(
      ['ID', 'TYPE', 'SUBJECT', 'UNTIL', 'LEFT', 'SOURCE', 'REASON'],
      bans.map((b) => [
        b.id,
        b.subjectType,
        b.subject,
        formatTime(b.expiresAt),
        `${Math.ceil((b.expiresAt.getTime() - now) / 60_000)} min`,
        b.source,
        b.reason,
      ]),
      'No active bans.',
    );
    return 0;
  });
}

async function remove(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, { min: 1, usage: BLOCK_USAGE });
  const target = positionals[0] ?? '';
  return withServices(async (services) => {
    const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(target);
    const lifted = await services.bans.unban(isId ? { id: target } : { subject: target }, null);
    print(`Lifted ${lifted.length} ban${lifted.length === 1 ? '' : 's'}.`);
    return 0;
  });
}
