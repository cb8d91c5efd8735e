import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Role } from '../src/security/roles.js';
import { createServices, type Services } from '../src/services.js';
import { requireBuild, runCli } from './helpers/cli.js';

const KEY = /^rmp_[0-9A-Za-z]{50}$/;
/** Each CLI run costs about a second (more on a busy machine), and the tests chain several. */
const SLOW = { timeout: 60_000 };
const dirs: string[] = [];

beforeAll(() => requireBuild());
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh DATA_DIR and a `rampart` runner over it. */
function workspace() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-cli-'));
  dirs.push(dataDir);
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', TIMEZONE: 'UTC' };
  /** Services over the same database, in this process, for what the CLI cannot do (log in). */
  async function open<T>(fn: (services: Services) => Promise<T>): Promise<T> {
    const services = await createServices(loadConfig(env), { clock: systemClock });
    try {
      return await fn(services);
    } finally {
      await services.close();
    }
  }
  return {
    env,
    rampart: (args: string[], stdin?: string) => runCli(args, env, stdin),
    open,
    /** Creates an account in this process (cheaper than spawning `rampart user add`). */
    seedUser: (username: string, role: Role) =>
      open((s) =>
        s.accounts.createUser({ username, password: `${username} password`, role }, { userId: null }),
      ),
  };
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
const rowOf = (table: string, start: string) => table.split('\n').find((l) => l.startsWith(start)) ?? '';

describe('rampart user', () => {
  it('adds, lists, changes and re-enables users, with passwords from standard input', SLOW, async () => {
    const { rampart, open } = workspace();
    const added = await rampart(['user', 'add', 'Alice', '--role', 'admin'], 'correct horse battery\n');
    expect(added).toMatchObject({ code: 0, stdout: 'Created user alice (admin).\n' });
    expect((await rampart(['user', 'add', 'bob', '--role', 'user'], 'bob password 1\r\n')).code).toBe(0);
    expect((await rampart(['user', 'set-role', 'bob', 'operator'])).code).toBe(0);
    expect((await rampart(['user', 'disable', 'BOB'])).stdout).toBe('Disabled user bob.\n');

    const listed = await rampart(['user', 'list']);
    expect(listed.stdout).toMatch(/^USERNAME\s+ROLE\s+DISABLED\s+CREATED\n/);
    expect(rowOf(listed.stdout, 'alice')).toMatch(/^alice\s+admin\s+no\s+\d{4}-\d\d-\d\d /);
    expect(rowOf(listed.stdout, 'bob')).toMatch(/^bob\s+operator\s+yes\s/);

    expect((await rampart(['user', 'enable', 'bob'])).code).toBe(0);
    const reset = await rampart(['user', 'reset-password', 'bob'], 'a brand new password\nignored\n');
    expect(reset.code).toBe(0);

    await open(async ({ accounts, store }) => {
      const client = { ip: '127.0.0.1', userAgent: 'test' };
      // Enabled again, and only the first line (without its line ending) became the password.
      await expect(
        accounts.login({ username: 'bob', password: 'a brand new password' }, client),
      ).resolves.toMatchObject({ user: { username: 'bob', role: 'operator', disabled: false } });
      await expect(
        accounts.login({ username: 'alice', password: 'correct horse battery' }, client),
      ).resolves.toMatchObject({ user: { username: 'alice' } });
      const events = await store.securityEvents.list({ limit: 20 });
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['user_created', 'user_changed']));
      expect(events.find((e) => e.type === 'user_changed')?.ip).toBe('cli');
    });
  });

  it(
    'exits 1 on a refused change and 64 on a usage error, never reading a password from argv',
    SLOW,
    async () => {
      const { rampart, open, seedUser } = workspace();
      await seedUser('carol', 'guest');
      const [duplicate, shortPassword, unknownRole, passwordFlag, noSubcommand, noName, missingUser] =
        await Promise.all([
          rampart(['user', 'add', 'Carol', '--role', 'user'], 'another password\n'),
          rampart(['user', 'add', 'dave', '--role', 'user'], 'short\n'),
          rampart(['user', 'add', 'erin', '--role', 'wizard'], 'erin password\n'),
          rampart(['user', 'add', 'erin', '--role', 'user', '--password', 'erin password']),
          rampart(['user']),
          rampart(['user', 'set-role', 'carol']),
          rampart(['user', 'disable', 'nobody']),
        ]);
      expect(duplicate).toMatchObject({ code: 1, stderr: 'rampart: That username is taken.\n' });
      expect(shortPassword).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/^rampart: Passwords must/),
      });
      expect(unknownRole.code).toBe(64);
      expect(unknownRole.stderr).toContain('unknown role "wizard"');
      expect(unknownRole.stderr).toContain('Usage: rampart user');
      expect(passwordFlag.code).toBe(64);
      expect(passwordFlag.stderr).toContain('unknown option "--password"');
      expect(noSubcommand.code).toBe(64);
      expect(noName.code).toBe(64);
      expect(missingUser).toMatchObject({ code: 1, stderr: 'rampart: No such user: nobody.\n' });
      expect(await open(({ store }) => store.users.count())).toBe(1);
    },
  );
});

describe('rampart key', () => {
  it('creates, lists, rotates and revokes keys, within the owner role', SLOW, async () => {
    const { rampart, seedUser } = workspace();
    await seedUser('frank', 'user');

    const created = await rampart(['key', 'create', '--user', 'frank', '--name', 'ci', '--expires', '30d']);
    expect(created.code).toBe(0);
    const key = lastLine(created.stdout);
    expect(key).toMatch(KEY);
    const id = key.slice(4, 16);
    expect(created.stdout).toContain(`Created API key ${id} for frank.`);

    const [scoped, forbidden, badDuration, noUser] = await Promise.all([
      rampart(['key', 'create', '--user', 'frank', '--scopes', ' chat:use,journal:own']),
      rampart(['key', 'create', '--user', 'frank', '--scopes', 'chat:use,users:manage']),
      rampart(['key', 'create', '--user', 'frank', '--expires', '5 weeks']),
      rampart(['key', 'create']),
    ]);
    expect(lastLine(scoped.stdout)).toMatch(KEY);
    expect(forbidden).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^rampart: A key cannot have/),
    });
    expect(badDuration.code).toBe(64);
    expect(noUser.code).toBe(64);

    const listed = await rampart(['key', 'list', '--user', 'frank']);
    expect(listed.stdout).toMatch(/^ID\s+OWNER\s+NAME\s+SCOPES\s+CREATED\s+EXPIRES\s+LAST USED\s+STATE\n/);
    expect(rowOf(listed.stdout, id)).toMatch(/\sfrank\s+ci\s+all\s.*\s-\s+active$/);
    expect(listed.stdout).toMatch(/chat:use,journal:own\s.*\snever\s+-\s+active\n/);

    const rotated = await rampart(['key', 'rotate', id, '--grace', '1h']);
    expect(rotated.code).toBe(0);
    const replacement = lastLine(rotated.stdout);
    expect(replacement).toMatch(KEY);
    expect(replacement).not.toBe(key);
    const newId = replacement.slice(4, 16);

    expect((await rampart(['key', 'revoke', newId])).stdout).toBe(`Revoked API key ${newId}.\n`);
    const after = (await rampart(['key', 'list'])).stdout;
    expect(rowOf(after, id)).toMatch(/\srotated$/);
    expect(rowOf(after, newId)).toMatch(/\sfrank\s+ci\s+all\s.*\srevoked$/);
  });
});

describe('rampart session', () => {
  it('lists sessions and revokes one, or all of a user', SLOW, async () => {
    const { rampart, open, seedUser } = workspace();
    await seedUser('gina', 'user');
    await open(async ({ accounts }) => {
      for (const userAgent of ['Firefox', 'Safari', 'curl']) {
        await accounts.login({ username: 'gina', password: 'gina password' }, { ip: '192.0.2.7', userAgent });
      }
    });

    const listed = await rampart(['session', 'list', '--user', 'gina']);
    expect(listed.stdout).toMatch(/^ID\s+USER\s+CREATED\s+LAST ACTIVITY\s+IP\s+USER AGENT\n/);
    const rows = listed.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.join('\n')).toMatch(/\sgina\s.*\s192\.0\.2\.7\s+Firefox/);
    const first = rows[0]?.split(/\s+/)[0] ?? '';

    expect((await rampart(['session', 'revoke', first])).stdout).toBe(`Revoked session ${first}.\n`);
    const [again, both, neither] = await Promise.all([
      rampart(['session', 'revoke', first]),
      rampart(['session', 'revoke', first, '--user', 'gina']),
      rampart(['session', 'revoke']),
    ]);
    expect(again).toMatchObject({ code: 1, stderr: 'rampart: No such session.\n' });
    expect(both.code).toBe(64);
    expect(neither.code).toBe(64);

    expect((await rampart(['session', 'revoke', '--user', 'gina'])).stdout).toBe(
      'Revoked 2 sessions of gina.\n',
    );
    expect((await rampart(['session', 'list'])).stdout).toBe('No sessions.\n');
    await open(async ({ store }) => {
      const revoked = (await store.securityEvents.list({ limit: 50 })).filter(
        (e) => e.type === 'session_revoked',
      );
      expect(revoked.map((e) => e.detail.reason).sort()).toEqual(['cli', 'cli_all']);
      expect(revoked.every((e) => e.ip === 'cli')).toBe(true);
    });
  });
});

describe('rampart help', () => {
  it('lists the account commands and each group prints its own usage', SLOW, async () => {
    const { rampart } = workspace();
    const [help, keyHelp] = await Promise.all([rampart(['help']), rampart(['key', 'help'])]);
    for (const command of ['user add', 'user reset-password', 'key rotate', 'session revoke'])
      expect(help.stdout).toContain(command);
    expect(keyHelp).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: rampart key') });
  });
});
