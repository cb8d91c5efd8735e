import { AppError } from '../errors.js';
import { normaliseUsername } from '../security/usernames.js';
import { dispatch, parseCommand, parseRole } from './args.js';
import { CLI_ACTOR, CLI_CLIENT, findUser, formatTime, print, printTable, withServices } from './context.js';
import { readNewPassword } from './password.js';
import { USER_USAGE } from './usage.js';

/** Runs `rampart user <subcommand> ...`. */
export async function runUserCommand(args: string[]): Promise<number> {
  return dispatch('user', args, USER_USAGE, {
    add,
    list,
    'set-role': setRole,
    disable: (rest) => setDisabled(rest, true),
    enable: (rest) => setDisabled(rest, false),
    'reset-password': resetPassword,
  });
}

async function add(args: string[]): Promise<number> {
  const { positionals, options } = parseCommand(args, {
    options: { role: { type: 'string' } },
    min: 1,
    usage: USER_USAGE,
  });
  const name = positionals[0] ?? '';
  const role = parseRole(options.role, USER_USAGE);
  return withServices(async (services) => {
    // Refuse a taken or invalid name before asking for the password; createUser checks again.
    const username = normaliseUsername(name);
    if (username && (await services.store.users.findCredentials(username))) {
      throw new AppError('conflict', 'That username is taken.');
    }
    const password = await readNewPassword();
    const user = await services.accounts.createUser(
      { username: name, password, role },
      { userId: null },
      CLI_CLIENT,
    );
    print(`Created user ${user.username} (${user.role}).`);
    return 0;
  });
}

async function list(args: string[]): Promise<number> {
  parseCommand(args, { usage: USER_USAGE });
  return withServices(async (services) => {
    const users = await services.store.users.list();
    printTable(
      ['USERNAME', 'ROLE', 'DISABLED', 'CREATED'],
      users.map((u) => [u.username, u.role, u.disabled ? 'yes' : 'no', formatTime(u.createdAt)]),
      'No users.',
    );
    return 0;
  });
}

async function setRole(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, { min: 2, usage: USER_USAGE });
  const [name = '', roleArg] = positionals;
  const role = parseRole(roleArg, USER_USAGE);
  return withServices(async (services) => {
    const user = await findUser(services, name);
    await services.accounts.updateUser(CLI_ACTOR, user.id, { role }, CLI_CLIENT);
    print(`Changed the role of ${user.username} to ${role}.`);
    return 0;
  });
}

async function setDisabled(args: string[], disabled: boolean): Promise<number> {
  const { positionals } = parseCommand(args, { min: 1, usage: USER_USAGE });
  return withServices(async (services) => {
    const user = await findUser(services, positionals[0] ?? '');
    await services.accounts.updateUser(CLI_ACTOR, user.id, { disabled }, CLI_CLIENT);
    print(`${disabled ? 'Disabled' : 'Enabled'} user ${user.username}.`);
    return 0;
  });
}

async function resetPassword(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, { min: 1, usage: USER_USAGE });
  return withServices(async (services) => {
    const user = await findUser(services, positionals[0] ?? '');
    const password = await readNewPassword();
    await services.accounts.updateUser(CLI_ACTOR, user.id, { password }, CLI_CLIENT);
    print(`Reset the password of ${user.username}; their sessions have ended.`);
    return 0;
  });
}
