import { AppError } from '../errors.js';
import { dispatch, parseCommand, UsageError } from './args.js';
import { CLI_CLIENT, findUser, formatTime, print, printTable, withServices } from './context.js';
import { SESSION_USAGE } from './usage.js';

/** Runs `rampart session <subcommand> ...`. */
export async function runSessionCommand(args: string[]): Promise<number> {
  return dispatch('session', args, SESSION_USAGE, { list, revoke });
}

async function list(args: string[]): Promise<number> {
  const { options } = parseCommand(args, { options: { user: { type: 'string' } }, usage: SESSION_USAGE });
  return withServices(async (services) => {
    const { store } = services;
    const owner = options.user === undefined ? undefined : await findUser(services, options.user);
    const names = new Map((await store.users.list()).map((u) => [u.id, u.username]));
    const sessions = owner
      ? await store.authSessions.listForUser(owner.id)
      : await store.authSessions.listAll();
    printTable(
      ['ID', 'USER', 'CREATED', 'LAST ACTIVITY', 'IP', 'USER AGENT'],
      sessions.map((s) => [
        s.id,
        names.get(s.userId) ?? s.userId,
        formatTime(s.createdAt),
        formatTime(s.lastActivityAt),
        s.ip,
        s.userAgent,
      ]),
      'No sessions.',
    );
    return 0;
  });
}

async function revoke(args: string[]): Promise<number> {
  const { positionals, options } = parseCommand(args, {
    options: { user: { type: 'string' } },
    max: 1,
    usage: SESSION_USAGE,
  });
  const id = positionals[0];
  if ((id === undefined) === (options.user === undefined)) {
    throw new UsageError('give either a session id or --user <name>', SESSION_USAGE);
  }
  return withServices(async (services) => {
    const { store, log } = services;
    if (options.user !== undefined) {
      const user = await findUser(services, options.user);
      const count = await store.authSessions.deleteAllForUser(user.id);
      await log.record({
        type: 'session_revoked',
        severity: 'info',
        userId: null,
        client: CLI_CLIENT,
        detail: { reason: 'cli_all', target: user.id, count },
      });
      print(`Revoked ${count} session${count === 1 ? '' : 's'} of ${user.username}.`);
      return 0;
    }
    const session = id === undefined ? undefined : await store.authSessions.findById(id);
    if (!session || !(await store.authSessions.delete(session.id))) {
      throw new AppError('not_found', 'No such session.');
    }
    await log.record({
      type: 'session_revoked',
      severity: 'info',
      userId: null,
      client: CLI_CLIENT,
      detail: { reason: 'cli', session_id: session.id, target: session.userId },
    });
    print(`Revoked session ${session.id}.`);
    return 0;
  });
}
