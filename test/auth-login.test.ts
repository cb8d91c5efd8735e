import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { ERROR_CATALOGUE } from '../src/errors.js';
import {
  type BrowserSession,
  clearsSessionCookie,
  cookieHeaders,
  eventFor,
  expectError,
  expectEvent,
  expectNoLeak,
  login,
  sessionFrom,
  sessionSetCookie,
  unsafeHeaders,
} from './helpers/auth.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const HOUR_MS = 60 * 60 * 1000;

/** The full-width form of ASCII letters and digits ("ａｌｉｃｅ１"), which NFKC folds back. */
const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode((c.codePointAt(0) ?? 0) + 0xfee0));

describe('login', () => {
  let t: TestApp;
  let alice: TestUser;
  let disabled: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    alice = await t.createUser('user');
    disabled = await t.createUser('user');
    await t.services.store.users.update(disabled.userId, { disabled: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const postLogin = (payload: unknown, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: payload as Record<string, unknown>,
      headers,
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('signs in with the right password and answers the user, a CSRF token and the expiry', async () => {
    const response = await postLogin({ username: alice.username, password: alice.password });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: { id: alice.userId, username: alice.username, role: 'user' },
      csrf_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      // The absolute lifetime (12 h) from the manual clock's start.
      expires_at: '2026-11-25T21:00:00.000Z',
    });
    const event = await expectEvent(t.services, response, 'login_succeeded');
    expect(event.userId).toBe(alice.userId);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and not Secure over plain HTTP', async () => {
    const response = await postLogin({ username: alice.username, password: alice.password });
    const line = sessionSetCookie(response) ?? '';
    expect(line).toMatch(/^rampart_session=[0-9A-Za-z]{24}\.[0-9A-Za-z]{32};/);
    expect(line).toMatch(/; HttpOnly(;|$)/);
    expect(line).toMatch(/; SameSite=Lax(;|$)/);
    expect(line).toMatch(/; Path=\/(;|$)/);
    expect(line).not.toMatch(/Secure/i);
  });

  it('does not mark the cookie Secure because an untrusted proxy header claims HTTPS', async () => {
    const response = await postLogin(
      { username: alice.username, password: alice.password },
      { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
    );
    expect(response.statusCode).toBe(200);
    expect(sessionSetCookie(response)).not.toMatch(/Secure/i);
  });

  it('folds the username, so "  ALICE " names the same account as "alice"', async () => {
    const response = await postLogin({
      username: `  ${alice.username.toUpperCase()} `,
      password: alice.password,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.id).toBe(alice.userId);
  });

  const genericFailure = {
    error: 'invalid_credentials',
    message: ERROR_CATALOGUE.invalid_credentials.message,
    status: 'error',
  };

  it.each([
    ['an unknown user', () => ({ username: 'nobody-here', password: 'whatever password 1' }), 'unknown_user'],
    [
      'a wrong password',
      () => ({ username: alice.username, password: 'not the password!' }),
      'wrong_password',
    ],
    ['a disabled user', () => ({ username: disabled.username, password: disabled.password }), 'disabled'],
  ])('answers %s with the one generic 401 and records why in the log', async (_name, input, reason) => {
    const response = await postLogin(input());
    expectError(response, 401, 'invalid_credentials');
    const { request_id: _id, ...rest } = response.json();
    expect(rest).toEqual(genericFailure);
    expect(sessionSetCookie(response)).toBeUndefined();
    expectNoLeak(response, reason, 'unknown', 'disabled');
    const event = await expectEvent(t.services, response, 'login_failed', reason);
    expect(event.detail.username).toBe(input().username.trim().toLowerCase());
  });

  const valid = () => ({ username: alice.username, password: alice.password });
  it.each([
    ['a missing username', () => ({ password: alice.password })],
    ['a missing password', () => ({ username: alice.username })],
    ['an empty object', () => ({})],
    ['an empty username', () => ({ username: '', password: alice.password })],
    ['an empty password', () => ({ username: alice.username, password: '' })],
    ['a numeric username', () => ({ username: 42, password: alice.password })],
    ['a numeric password', () => ({ username: alice.username, password: 1234567890 })],
    ['a boolean password', () => ({ username: alice.username, password: true })],
    ['a null password', () => ({ username: alice.username, password: null })],
    ['an array username', () => ({ username: [alice.username], password: alice.password })],
    ['an array password', () => ({ username: alice.username, password: [alice.password] })],
    ['an operator-object password', () => ({ username: alice.username, password: { $ne: '' } })],
    ['an object username', () => ({ username: { $gt: '' }, password: alice.password })],
    ['a password of 2000 characters', () => ({ username: alice.username, password: 'p'.repeat(2000) })],
    ['a username of 200 characters', () => ({ username: 'u'.repeat(200), password: alice.password })],
    ['an extra role field', () => ({ ...valid(), role: 'admin' })],
    ['an extra user_id field', () => ({ ...valid(), user_id: alice.userId })],
    ['an array body', () => [valid()]],
  ])('refuses %s with 400 validation_failed and records no failed login', async (_name, input) => {
    const response = await postLogin(input());
    expectError(response, 400, 'validation_failed');
    expect(sessionSetCookie(response)).toBeUndefined();
    expect(await eventFor(t.services, response, 'login_failed')).toBeUndefined();
    expect(await eventFor(t.services, response, 'login_succeeded')).toBeUndefined();
  });

  it('refuses credentials in the query string', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/auth/login?username=${alice.username}&password=${encodeURIComponent(alice.password)}`,
      payload: valid(),
    });
    expectError(response, 400, 'validation_failed');
  });
});

describe('login lockout', () => {
  let t: TestApp;
  let victim: TestUser;
  let neighbour: TestUser;
  const ip = '198.51.100.7';
  beforeAll(async () => {
    t = await createTestApp();
    victim = await t.createUser('user');
    neighbour = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  const attempt = (username: string, password: string, remoteAddress = ip) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

  it('locks the account out at this address after five wrong passwords, even for the right one', async () => {
    for (let i = 1; i <= 5; i++) {
      const response = await attempt(victim.username, `wrong password ${i}`);
      expectError(response, 401, 'invalid_credentials');
      await expectEvent(t.services, response, 'login_failed', 'wrong_password');
      const lockout = await eventFor(t.services, response, 'login_locked_out');
      if (i < 5) expect(lockout).toBeUndefined();
      else expect(lockout?.detail).toMatchObject({ username: victim.username, lockout_ms: 60_000 });
    }

    const sixth = await attempt(victim.username, victim.password);
    expectError(sixth, 429, 'rate_limited');
    const retryAfter = sixth.headers['retry-after'];
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(sessionSetCookie(sixth)).toBeUndefined();
    expectNoLeak(sixth, 'locked_out', 'lockout');
    await expectEvent(t.services, sixth, 'login_failed', 'locked_out');
    expect(await eventFor(t.services, sixth, 'login_succeeded')).toBeUndefined();
  });

  it.each([
    ['in capitals with spaces around it', () => `  ${victim.username.toUpperCase()} `, {}],
    ['in full-width letters', () => fullWidth(victim.username), {}],
    ['behind a spoofed X-Forwarded-For', () => victim.username, { 'x-forwarded-for': '203.0.113.99' }],
    ['behind a spoofed X-Real-IP', () => victim.username, { 'x-real-ip': '203.0.113.98' }],
  ])('keeps the lockout for the name %s', async (_name, username, headers) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: username(), password: victim.password },
      headers,
      remoteAddress: ip,
    });
    expectError(response, 429, 'rate_limited');
  });

  it('still lets another account sign in from the same address', async () => {
    const session = await login(t.app, neighbour.username, neighbour.password, ip);
    expect(session.token).not.toBe('');
  });

  it('still lets the locked account sign in from another address', async () => {
    const response = await attempt(victim.username, victim.password, '192.0.2.44');
    expect(response.statusCode).toBe(200);
  });
});

describe('login sessions', () => {
  let t: TestApp;
  let user: TestUser;
  let other: TestUser;
  let changer: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    [user, other, changer] = await Promise.all([
      t.createUser('user'),
      t.createUser('user'),
      t.createUser('user'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (session: BrowserSession) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookieHeaders(session) });
  const post = (url: string, session: BrowserSession, payload?: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: unsafeHeaders(session), ...(payload ? { payload } : {}) });

  it('answers /api/auth/me for the session cookie with the user, permissions and CSRF token', async () => {
    const session = await login(t.app, user.username, user.password);
    const response = await me(session);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: user.userId, username: user.username, role: 'user' },
      method: 'session',
      csrf_token: session.csrf,
    });
    expect(response.json().permissions).toContain('chat:use');
    expect(response.json().permissions).not.toContain('users:manage');
  });

  it('ends the session on logout: the cookie is cleared and no longer works', async () => {
    const session = await login(t.app, user.username, user.password);
    const response = await post('/api/auth/logout', session);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'success' });
    expect(clearsSessionCookie(response)).toBe(true);
    await expectEvent(t.services, response, 'logout');

    const after = await me(session);
    expectError(after, 401, 'authentication_required');
    expect(clearsSessionCookie(after)).toBe(true);
    await expectEvent(t.services, after, 'session_rejected', 'unknown');
  });

  it('starts a new session on every login, and both stay valid', async () => {
    const first = await login(t.app, user.username, user.password);
    const second = await login(t.app, user.username, user.password);
    expect(second.token).not.toBe(first.token);
    expect(second.id).not.toBe(first.id);
    expect(second.csrf).not.toBe(first.csrf);
    expect((await me(first)).statusCode).toBe(200);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('ends every session of the user on logout-all, and only theirs', async () => {
    const first = await login(t.app, user.username, user.password);
    const second = await login(t.app, user.username, user.password);
    const bystander = await login(t.app, other.username, other.password);
    const response = await post('/api/auth/logout-all', first);
    expect(response.statusCode).toBe(200);
    expect(clearsSessionCookie(response)).toBe(true);
    const event = await expectEvent(t.services, response, 'session_revoked', 'logout_all');
    expect(event.detail.count).toBeGreaterThanOrEqual(2);
    expectError(await me(first), 401, 'authentication_required');
    expectError(await me(second), 401, 'authentication_required');
    expect((await me(bystander)).statusCode).toBe(200);
  });

  describe('password change', () => {
    const newPassword = 'a brand new passphrase';
    let current: BrowserSession;
    let elsewhere: BrowserSession;
    beforeAll(async () => {
      current = await login(t.app, changer.username, changer.password);
      elsewhere = await login(t.app, changer.username, changer.password);
    });

    it('refuses a wrong current password with 401 invalid_credentials and keeps the session', async () => {
      const response = await post('/api/auth/password', current, {
        current_password: 'not my password',
        new_password: newPassword,
      });
      expectError(response, 401, 'invalid_credentials');
      expectNoLeak(response, 'wrong_current_password');
      await expectEvent(t.services, response, 'login_failed', 'wrong_current_password');
      expect((await me(current)).statusCode).toBe(200);
    });

    it.each([
      ['too short', 'short'],
      ['too long', 'x'.repeat(257)],
    ])('refuses a new password that is %s with 400 validation_failed', async (_name, candidate) => {
      const response = await post('/api/auth/password', current, {
        current_password: changer.password,
        new_password: candidate,
      });
      expectError(response, 400, 'validation_failed');
      expect((await me(current)).statusCode).toBe(200);
    });

    it('changes the password, ends every old session and signs in with a fresh cookie', async () => {
      const response = await post('/api/auth/password', current, {
        current_password: changer.password,
        new_password: newPassword,
      });
      expect(response.statusCode).toBe(200);
      const fresh = sessionFrom(response);
      expect(response.json()).toEqual({ status: 'success', csrf_token: fresh.csrf });
      expect(fresh.token).not.toBe(current.token);
      await expectEvent(t.services, response, 'password_changed');
      await expectEvent(t.services, response, 'session_revoked', 'password_changed');

      expectError(await me(current), 401, 'authentication_required');
      expectError(await me(elsewhere), 401, 'authentication_required');
      expect((await me(fresh)).statusCode).toBe(200);

      const oldLogin = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: changer.username, password: changer.password },
      });
      expectError(oldLogin, 401, 'invalid_credentials');
      await login(t.app, changer.username, newPassword);
    });
  });

  describe('password-change guessing', () => {
    let guesser: TestUser;
    let session: BrowserSession;
    beforeAll(async () => {
      guesser = await t.createUser('user');
      session = await login(t.app, guesser.username, guesser.password, '198.51.100.20');
    });

    // The current-password check is a password oracle like login, but accounts.changePassword never
    // consults the login guard: a stolen session can guess the password without limit.
    it('locks out guessing of the current password like login guessing: the sixth guess is 429', async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 6; i++) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          headers: unsafeHeaders(session),
          remoteAddress: '198.51.100.20',
          payload: { current_password: `guess number ${i}`, new_password: 'attacker chosen password' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });

  describe('own sessions', () => {
    let mine: BrowserSession;
    let myOther: BrowserSession;
    let theirs: BrowserSession;
    beforeAll(async () => {
      await t.services.store.authSessions.deleteAllForUser(other.userId);
      mine = await login(t.app, other.username, other.password);
      myOther = await login(t.app, other.username, other.password);
      theirs = await login(t.app, user.username, user.password);
    });

    it('lists my sessions, marks the current one and never shows a hash', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/auth/sessions',
        headers: cookieHeaders(mine),
      });
      expect(response.statusCode).toBe(200);
      const sessions = response.json().sessions as { id: string; current: boolean }[];
      expect(sessions.map((s) => s.id).sort()).toEqual([mine.id, myOther.id].sort());
      expect(sessions.find((s) => s.id === mine.id)?.current).toBe(true);
      expect(sessions.find((s) => s.id === myOther.id)?.current).toBe(false);
      expect(response.body).not.toMatch(/hash/i);
      expect(response.body).not.toContain(mine.token.slice(25));
    });

    it("answers 404 for someone else's session id and leaves it working", async () => {
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/api/auth/sessions/${theirs.id}`,
        headers: unsafeHeaders(mine),
      });
      expectError(response, 404, 'not_found');
      expect((await me(theirs)).statusCode).toBe(200);
    });

    it('revokes another of my own sessions', async () => {
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/api/auth/sessions/${myOther.id}`,
        headers: unsafeHeaders(mine),
      });
      expect(response.statusCode).toBe(200);
      await expectEvent(t.services, response, 'session_revoked', 'self');
      expectError(await me(myOther), 401, 'authentication_required');
      expect((await me(mine)).statusCode).toBe(200);
    });
  });

  describe('credentials in the URL', () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await login(t.app, user.username, user.password);
    });

    it.each([
      ['token', 'session'],
      ['session', 'session'],
      ['rampart_session', 'session'],
      ['api_key', 'api key'],
      ['token', 'api key'],
      ['access_token', 'api key'],
    ])('never accepts ?%s= carrying a valid %s', async (param, kind) => {
      const value = kind === 'session' ? session.token : user.apiKey;
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/auth/me?${param}=${encodeURIComponent(value)}`,
      });
      expectError(response, 401, 'authentication_required');
      expectNoLeak(response, value);
    });
  });
});

describe('session expiry through HTTP', () => {
  const clock = createManualClock(TEST_NOW);
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (session: BrowserSession) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookieHeaders(session) });

  it('ends a session left unused for exactly one hour, while activity keeps another alive', async () => {
    const idle = await login(t.app, user.username, user.password);
    const active = await login(t.app, user.username, user.password);
    clock.advance(HOUR_MS - 1);
    expect((await me(active)).statusCode).toBe(200);
    clock.advance(1);
    const expired = await me(idle);
    expectError(expired, 401, 'authentication_required');
    expect(clearsSessionCookie(expired)).toBe(true);
    await expectEvent(t.services, expired, 'session_rejected', 'idle_expired');
    expectNoLeak(expired, 'idle_expired');
    expect((await me(active)).statusCode).toBe(200);
    // Expired sessions are deleted, not merely refused.
    expect(await t.services.store.authSessions.findById(idle.id)).toBeUndefined();
  });

  it('ends even an active session twelve hours after login', async () => {
    const session = await login(t.app, user.username, user.password);
    const step = 50 * 60 * 1000;
    for (let elapsed = step; elapsed < 12 * HOUR_MS; elapsed += step) {
      clock.advance(step);
      expect((await me(session)).statusCode).toBe(200);
    }
    clock.advance(step);
    const response = await me(session);
    expectError(response, 401, 'authentication_required');
    await expectEvent(t.services, response, 'session_rejected', 'absolute_expired');
  });
});
