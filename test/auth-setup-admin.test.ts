import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import {
  type BrowserSession,
  cookieHeaders,
  eventFor,
  expectError,
  expectEvent,
  expectNoLeak,
  login,
  sessionFrom,
  sessionSetCookie,
} from './helpers/auth.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const MINUTE_MS = 60 * 1000;
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

describe('first-run setup', () => {
  const clock = createManualClock(TEST_NOW);
  let t: TestApp;
  let localChatId: string;
  const admin = { username: 'root-admin', password: 'first admin passphrase' };
  beforeAll(async () => {
    t = await createTestApp({ clock });
    // Data from before accounts existed belongs to the account-less local user.
    localChatId = (await t.services.store.chat.createSession('local', 'x')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const postSetup = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/setup', payload });
  const needed = async () => (await t.app.inject({ method: 'GET', url: '/api/setup' })).json().needed;

  it('says setup is needed while no user exists', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ needed: true });
  });

  it('refuses setup before any token was issued', async () => {
    const response = await postSetup({ ...admin, token: 'A'.repeat(32) });
    expectError(response, 401, 'invalid_credentials');
    await expectEvent(t.services, response, 'setup_rejected', 'no_token_issued');
  });

  it('refuses a wrong token with 401 invalid_credentials and logs setup_rejected', async () => {
    const token = await t.services.setup.prepare();
    expect(token).toMatch(/^[0-9A-Za-z]{32}$/);
    const response = await postSetup({ ...admin, token: `${(token ?? '').slice(0, -1)}#` });
    expectError(response, 401, 'invalid_credentials');
    expectNoLeak(response, 'token_mismatch');
    expect(sessionSetCookie(response)).toBeUndefined();
    await expectEvent(t.services, response, 'setup_rejected', 'token_mismatch');
    expect(await t.services.store.users.count()).toBe(0);
  });

  it('refuses the right token once 30 minutes have passed', async () => {
    const token = await t.services.setup.prepare();
    clock.advance(30 * MINUTE_MS);
    const response = await postSetup({ ...admin, token: token ?? '' });
    expectError(response, 401, 'invalid_credentials');
    expectNoLeak(response, 'token_expired');
    await expectEvent(t.services, response, 'setup_rejected', 'token_expired');
    expect(await t.services.store.users.count()).toBe(0);
  });

  it.each([
    ['a missing token', { ...admin }],
    ['a numeric token', { ...admin, token: 12345 }],
    ['an extra role field', { ...admin, token: 'x', role: 'guest' }],
  ])('refuses %s with 400 validation_failed', async (_name, payload) => {
    expectError(await postSetup(payload), 400, 'validation_failed');
  });

  it('keeps the token usable after a refused username, then creates the admin with 201 and a cookie', async () => {
    const token = (await t.services.setup.prepare()) ?? '';
    clock.advance(30 * MINUTE_MS - 1);
    const badName = await postSetup({ username: 'x', password: admin.password, token });
    expectError(badName, 400, 'validation_failed');
    expect(await t.services.store.users.count()).toBe(0);

    const response = await postSetup({ ...admin, token });
    expect(response.statusCode).toBe(201);
    const session = sessionFrom(response);
    expect(sessionSetCookie(response)).toMatch(/HttpOnly/);
    expect(response.json()).toMatchObject({ user: { username: admin.username, role: 'admin' } });
    const completed = await expectEvent(t.services, response, 'setup_completed');
    expect(completed.userId).toBe(response.json().user.id);

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookieHeaders(session) });
    expect(me.json()).toMatchObject({ user: { role: 'admin' }, method: 'session' });
    expect(me.json().permissions).toContain('users:manage');
  });

  it('is no longer needed, and a second setup is 409 conflict even with a fresh token', async () => {
    expect(await needed()).toBe(false);
    expect(await t.services.setup.prepare()).toBeNull();
    const response = await postSetup({
      username: 'second-admin',
      password: admin.password,
      token: 'A'.repeat(32),
    });
    expectError(response, 409, 'conflict');
    expect(await t.services.store.users.count()).toBe(1);
  });

  it('gives the data made before accounts to the new admin', async () => {
    const owner = await t.services.store.users.findCredentials(admin.username);
    expect((await t.services.store.chat.getSession(localChatId))?.userId).toBe(owner?.user.id);
    const session = await login(t.app, admin.username, admin.password);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/chat/sessions',
      headers: cookieHeaders(session),
    });
    expect((listed.json().sessions as { id: string }[]).map((s) => s.id)).toContain(localChatId);
  });
});

describe('admin API', () => {
  let t: TestApp;
  let admin: TestUser;
  let operator: TestUser;
  let plain: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    [admin, operator, plain] = await Promise.all([
      t.createUser('admin'),
      t.createUser('operator'),
      t.createUser('user'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (who: TestUser, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: who.headers,
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    });
  const me = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
  const tryLogin = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('refuses an operator the user list (403) but shows them sessions and security events', async () => {
    const users = await as(operator, 'GET', '/api/admin/users');
    expectError(users, 403, 'forbidden');
    const denied = await expectEvent(t.services, users, 'permission_denied');
    expect(denied.detail).toMatchObject({ permission: 'users:manage' });
    expect((await as(operator, 'GET', '/api/admin/sessions')).statusCode).toBe(200);
    const events = await as(operator, 'GET', '/api/admin/security-events?type=permission_denied');
    expect(events.statusCode).toBe(200);
    expect((events.json().events as { request_id: string }[]).map((e) => e.request_id)).toContain(
      users.headers['x-request-id'],
    );
  });

  it.each([
    ['GET', '/api/admin/users'],
    ['GET', '/api/admin/sessions'],
    ['GET', '/api/admin/security-events'],
    ['GET', '/api/admin/api-keys'],
  ] as const)('refuses a plain user %s %s with 403 forbidden', async (method, url) => {
    expectError(await as(plain, method, url), 403, 'forbidden');
  });

  it('refuses an operator changes to users', async () => {
    expectError(
      await as(operator, 'PATCH', `/api/admin/users/${plain.userId}`, { role: 'admin' }),
      403,
      'forbidden',
    );
    const created = await as(operator, 'POST', '/api/admin/users', {
      username: 'sneaky',
      password: 'a long enough password',
      role: 'admin',
    });
    expectError(created, 403, 'forbidden');
    expect(await t.services.store.users.findCredentials('sneaky')).toBeUndefined();
  });

  describe('user management', () => {
    const password = 'dora password 123';
    let doraId: string;

    it('creates a user: 201, the public view only, a user_created event, and they can sign in', async () => {
      const response = await as(admin, 'POST', '/api/admin/users', {
        username: 'Dora',
        password,
        role: 'user',
      });
      expect(response.statusCode).toBe(201);
      const user = response.json().user;
      expect(user).toEqual({
        id: expect.any(String),
        username: 'dora',
        role: 'user',
        disabled: false,
        created_at: expect.any(String),
      });
      expect(response.body).not.toMatch(/hash|argon/i);
      doraId = user.id;
      const event = await expectEvent(t.services, response, 'user_created');
      expect(event.detail).toMatchObject({ created: doraId, role: 'user' });
      expect(event.userId).toBe(admin.userId);
      await login(t.app, 'dora', password);
    });

    it.each([
      ['the same username', 'dora'],
      ['the same username in other case and width', 'ＤＯＲＡ'],
    ])('answers a duplicate (%s) with 409 conflict', async (_name, username) => {
      const response = await as(admin, 'POST', '/api/admin/users', { username, password, role: 'user' });
      expectError(response, 409, 'conflict');
    });

    it.each([
      ['an unknown role', { username: 'eve1', password, role: 'root' }],
      ['a role in capitals', { username: 'eve2', password, role: 'ADMIN' }],
      ['a too-short password', { username: 'eve3', password: 'short', role: 'user' }],
      ['an invalid username', { username: 'e', password, role: 'user' }],
      ['a username with a slash', { username: 'eve/../admin', password, role: 'user' }],
      ['an extra field', { username: 'eve4', password, role: 'user', disabled: false }],
    ])('refuses a new user with %s with 400 validation_failed', async (_name, payload) => {
      const response = await as(admin, 'POST', '/api/admin/users', payload);
      expectError(response, 400, 'validation_failed');
      expect((await t.services.store.users.list()).map((u) => u.username)).not.toContain(payload.username);
    });

    it('changes a role: their sessions end and their key carries the new role', async () => {
      const target = await t.createUser('user');
      const session = await login(t.app, target.username, target.password);
      const response = await as(admin, 'PATCH', `/api/admin/users/${target.userId}`, { role: 'guest' });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ id: target.userId, role: 'guest' });
      const changed = await expectEvent(t.services, response, 'user_changed');
      expect(changed.detail).toMatchObject({ target: target.userId, role: 'guest' });

      expectError(await me(cookieHeaders(session)), 401, 'authentication_required');
      const keys = await t.app.inject({ method: 'GET', url: '/api/auth/keys', headers: target.headers });
      expectError(keys, 403, 'forbidden');
    });

    it('disables a user: their key, their sessions and their password all stop working', async () => {
      const target = await t.createUser('user');
      const session = await login(t.app, target.username, target.password);
      const response = await as(admin, 'PATCH', `/api/admin/users/${target.userId}`, { disabled: true });
      expect(response.statusCode).toBe(200);
      expect(response.json().user.disabled).toBe(true);

      const byKey = await me(target.headers);
      expectError(byKey, 401, 'authentication_required');
      expectNoLeak(byKey, 'user_disabled', 'disabled');
      await expectEvent(t.services, byKey, 'api_key_rejected', 'user_disabled');

      expectError(await me(cookieHeaders(session)), 401, 'authentication_required');

      const byPassword = await tryLogin(target.username, target.password);
      expectError(byPassword, 401, 'invalid_credentials');
      expectNoLeak(byPassword, 'disabled');
      await expectEvent(t.services, byPassword, 'login_failed', 'disabled');
    });

    it('resets a password: the old one fails, the new one works, old sessions end', async () => {
      const target = await t.createUser('user');
      const session = await login(t.app, target.username, target.password);
      const fresh = 'reset by the admin 42';
      const response = await as(admin, 'POST', `/api/admin/users/${target.userId}/password`, {
        password: fresh,
      });
      expect(response.statusCode).toBe(200);
      await expectEvent(t.services, response, 'session_revoked', 'password_reset');
      expectError(await me(cookieHeaders(session)), 401, 'authentication_required');
      expectError(await tryLogin(target.username, target.password), 401, 'invalid_credentials');
      await login(t.app, target.username, fresh);
    });

    it('refuses a reset to a too-short password with 400 and keeps the old one', async () => {
      const response = await as(admin, 'POST', `/api/admin/users/${doraId}/password`, { password: 'short' });
      expectError(response, 400, 'validation_failed');
      await login(t.app, 'dora', password);
    });

    it.each([
      ['PATCH', `/api/admin/users/${UNKNOWN_UUID}`, { disabled: true }],
      ['POST', `/api/admin/users/${UNKNOWN_UUID}/password`, { password: 'long enough password' }],
      ['DELETE', `/api/admin/users/${UNKNOWN_UUID}/sessions`, undefined],
    ] as const)('answers %s %s for an unknown user with 404', async (method, url, payload) => {
      expectError(await as(admin, method, url, payload), 404, 'not_found');
    });

    it.each([
      ['demote themselves', { role: 'user' }],
      ['promote themselves to operator', { role: 'operator' }],
      ['disable themselves', { disabled: true }],
    ])('does not let an admin %s (403 forbidden, privilege_escalation_denied)', async (_name, changes) => {
      const response = await as(admin, 'PATCH', `/api/admin/users/${admin.userId}`, changes);
      expectError(response, 403, 'forbidden');
      expectNoLeak(response, 'self_change');
      const event = await expectEvent(t.services, response, 'privilege_escalation_denied', 'self_change');
      expect(event.userId).toBe(admin.userId);
      expect(await t.services.store.users.findById(admin.userId)).toMatchObject({
        role: 'admin',
        disabled: false,
      });
      expect((await me(admin.headers)).statusCode).toBe(200);
    });
  });

  describe('session revocation', () => {
    let target: TestUser;
    let first: BrowserSession;
    let second: BrowserSession;
    beforeAll(async () => {
      target = await t.createUser('user');
      first = await login(t.app, target.username, target.password);
      second = await login(t.app, target.username, target.password);
    });

    it("lists a user's sessions without hashes", async () => {
      const response = await as(admin, 'GET', `/api/admin/sessions?user_id=${target.userId}`);
      expect(response.statusCode).toBe(200);
      const sessions = response.json().sessions as { id: string; user_id: string; username: string }[];
      expect(sessions.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
      expect(sessions.every((s) => s.user_id === target.userId && s.username === target.username)).toBe(true);
      expect(response.body).not.toMatch(/hash/i);
    });

    it('revokes one session and leaves the other', async () => {
      const response = await as(admin, 'DELETE', `/api/admin/sessions/${first.id}`);
      expect(response.statusCode).toBe(200);
      await expectEvent(t.services, response, 'session_revoked', 'admin');
      expectError(await me(cookieHeaders(first)), 401, 'authentication_required');
      expect((await me(cookieHeaders(second))).statusCode).toBe(200);
      expectError(await as(admin, 'DELETE', `/api/admin/sessions/${first.id}`), 404, 'not_found');
    });

    it('revokes every session of a user', async () => {
      const third = await login(t.app, target.username, target.password);
      const response = await as(admin, 'DELETE', `/api/admin/users/${target.userId}/sessions`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'success', revoked: 2 });
      await expectEvent(t.services, response, 'session_revoked', 'admin_all');
      expectError(await me(cookieHeaders(second)), 401, 'authentication_required');
      expectError(await me(cookieHeaders(third)), 401, 'authentication_required');
    });
  });
});

describe("isolation between users' chats", () => {
  let t: TestApp;
  let owner: TestUser;
  let intruder: TestUser;
  let admin: TestUser;
  let sessionId: string;
  beforeAll(async () => {
    t = await createTestApp();
    [owner, intruder, admin] = await Promise.all([
      t.createUser('user'),
      t.createUser('user'),
      t.createUser('admin'),
    ]);
    const chat = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: owner.headers,
      payload: { message: 'Schedule a meeting with the team tomorrow at 2 PM' },
    });
    expect(chat.statusCode).toBe(200);
    sessionId = chat.json().session_id;
  });
  afterAll(async () => {
    await t.close();
  });

  type Attempt = { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: Record<string, unknown> };
  it.each<[string, (id: string) => Attempt]>([
    ['read its messages', (id) => ({ method: 'GET', url: `/api/chat/sessions/${id}/messages` })],
    ['read its workflow status', (id) => ({ method: 'GET', url: `/api/workflow/status?session_id=${id}` })],
    ['clear it', (id) => ({ method: 'DELETE', url: `/api/clear?session_id=${id}` })],
    [
      'continue it',
      (id) => ({
        method: 'POST',
        url: '/api/chat',
        payload: { message: 'what did I say?', context: { session_id: id } },
      }),
    ],
  ])(
    "answers another user's attempt to %s with 404 not_found, exactly as for a missing session",
    async (_name, attempt) => {
      for (const who of [intruder, admin]) {
        const response = await t.app.inject({ ...attempt(sessionId), headers: who.headers });
        expectError(response, 404, 'not_found');
        const missing = await t.app.inject({ ...attempt(UNKNOWN_UUID), headers: who.headers });
        expectError(missing, 404, 'not_found');
        expect(response.json().message).toBe(missing.json().message);
        expect(await eventFor(t.services, response, 'permission_denied')).toBeUndefined();
      }
    },
  );

  it("leaves the owner's session untouched and unlisted for others", async () => {
    const messages = await t.app.inject({
      method: 'GET',
      url: `/api/chat/sessions/${sessionId}/messages`,
      headers: owner.headers,
    });
    expect(messages.statusCode).toBe(200);
    expect(messages.json().messages).toHaveLength(2);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/chat/sessions',
      headers: intruder.headers,
    });
    expect((listed.json().sessions as { id: string }[]).map((s) => s.id)).not.toContain(sessionId);
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/workflow/status',
      headers: intruder.headers,
    });
    expect(status.json().session_count).toBe(0);
  });
});
