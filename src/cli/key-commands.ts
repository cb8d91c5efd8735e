import type { Services } from '../services.js';
import type { ApiKeyRow } from '../store/api-keys-repository.js';
import { dispatch, parseCommand, parseDuration, UsageError } from './args.js';
import { CLI_CLIENT, findUser, formatTime, print, printTable, withServices } from './context.js';
import { KEY_USAGE } from './usage.js';

/** The CLI acts with every permission; a key's scopes are still limited to its owner's role. */
const KEY_ACTOR = { userId: null, permissions: 'all' } as const;
/** The longest grace period a rotation may give the old key. */
const MAX_GRACE_MS = 30 * 86_400_000;

/** Runs `rampart key <subcommand> ...`. */
export async function runKeyCommand(args: string[]): Promise<number> {
  return dispatch('key', args, KEY_USAGE, { create, list, revoke, rotate });
}

/** A key's state now: revoked, expired, rotated (replaced, perhaps still in its grace period) or active. */
function keyState(key: ApiKeyRow, now: Date): string {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (key.replacedBy) return 'rotated';
  return 'active';
}

const scopesText = (key: ApiKeyRow) => (key.scopes ? key.scopes.join(',') : 'all');

async function create(args: string[]): Promise<number> {
  const { options } = parseCommand(args, {
    options: {
      user: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      expires: { type: 'string' },
    },
    usage: KEY_USAGE,
  });
  if (options.user === undefined) throw new UsageError('missing --user <name>', KEY_USAGE);
  const name = (options.name ?? 'cli').trim();
  if (name === '' || name.length > 100) throw new UsageError('--name takes 1 to 100 characters', KEY_USAGE);
  const scopes = options.scopes
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (scopes?.length === 0) throw new UsageError('--scopes takes a comma-separated list', KEY_USAGE);
  const expiresInMs =
    options.expires === undefined ? undefined : parseDuration(options.expires, '--expires', KEY_USAGE);
  const owner = options.user;
  return withServices(async (services) => {
    const user = await findUser(services, owner);
    const { key, row } = await services.keys.create(
      KEY_ACTOR,
      user.id,
      { name, scopes, expiresInMs },
      CLI_CLIENT,
    );
    print(
      `Created API key ${row.id} for ${user.username}.`,
      `  name:    ${row.name}`,
      `  scopes:  ${scopesText(row)}`,
      `  expires: ${row.expiresAt ? formatTime(row.expiresAt) : 'never'}`,
      'Store the key now; it cannot be shown again:',
      key,
    );
    return 0;
  });
}

async function list(args: string[]): Promise<number> {
  const { options } = parseCommand(args, { options: { user: { type: 'string' } }, usage: KEY_USAGE });
  return withServices(async (services) => {
    const owner = options.user === undefined ? undefined : await findUser(services, options.user);
    const names = await usernames(services);
    const now = services.clock.now();
    const keys = await services.store.apiKeys.list(owner?.id);
    printTable(
      ['ID', 'OWNER', 'NAME', 'SCOPES', 'CREATED', 'EXPIRES', 'LAST USED', 'STATE'],
      keys.map((k) => [
        k.id,
        names.get(k.userId) ?? k.userId,
        k.name,
        scopesText(k),
        formatTime(k.createdAt),
        k.expiresAt ? formatTime(k.expiresAt) : 'never',
        formatTime(k.lastUsedAt),
        keyState(k, now),
      ]),
      'No API keys.',
    );
    return 0;
  });
}

async function revoke(args: string[]): Promise<number> {
  const { positionals, options } = parseCommand(args, {
    options: { user: { type: 'string' } },
    max: 1,
    usage: KEY_USAGE,
  });
  const id = positionals[0];
  if ((id === undefined) === (options.user === undefined)) {
    throw new UsageError("give a key id, or --user <name> to revoke all of a user's keys", KEY_USAGE);
  }
  return withServices(async (services) => {
    if (id !== undefined) {
      await services.keys.revoke({ userId: null }, id, CLI_CLIENT);
      print(`Revoked API key ${id}.`);
      return 0;
    }
    const owner = await findUser(services, options.user ?? '');
    const live = (await services.store.apiKeys.list(owner.id)).filter((k) => !k.revokedAt);
    for (const key of live) await services.keys.revoke({ userId: null }, key.id, CLI_CLIENT);
    print(`Revoked ${live.length} API key(s) of ${owner.username}.`);
    return 0;
  });
}

async function rotate(args: string[]): Promise<number> {
  const { positionals, options } = parseCommand(args, {
    options: { grace: { type: 'string' } },
    min: 1,
    usage: KEY_USAGE,
  });
  const id = positionals[0] ?? '';
  const graceMs =
    options.grace === undefined ? undefined : parseDuration(options.grace, '--grace', KEY_USAGE);
  if (graceMs !== undefined && graceMs > MAX_GRACE_MS) {
    throw new UsageError('--grace is at most 30d', KEY_USAGE);
  }
  return withServices(async (services) => {
    const { key, row } = await services.keys.rotate(KEY_ACTOR, id, graceMs, CLI_CLIENT);
    const old = await services.store.apiKeys.findById(id);
    print(
      `Rotated API key ${id}; its replacement is ${row.id}.`,
      `The old key works until ${formatTime(old?.graceUntil ?? null)}.`,
      'Store the new key now; it cannot be shown again:',
      key,
    );
    return 0;
  });
}

async function usernames(services: Services): Promise<Map<string, string>> {
  return new Map((await services.store.users.list()).map((u) => [u.id, u.username]));
}
