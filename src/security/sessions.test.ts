import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../test/helpers/database.js';
import { TEST_KEYRING } from '../../test/helpers/keys.js';
import { createManualClock } from '../clock.js';
import type { AuthSessionsRepository } from '../store/auth-sessions-repository.js';
import type { DatabaseHandle } from '../store/database.js';
import { createStore, type Store } from '../store/store.js';
import { createSessionManager, type SessionManager, type SessionOptions } from './sessions.js';
import { sha256Hex } from './tokens.js';

const OPTIONS: SessionOptions = {
  idleTimeoutMs: 10_000,
  absoluteTtlMs: 60_000,
  activityWriteIntervalMs: 1_000,
};
const CLIENT = { ip: '192.0.2.10', userAgent: 'vitest' };
const START = '2026-11-25T10:00:00.000Z';

/** A syntactically valid token that no session has. */
const UNKNOWN_TOKEN = `${'A'.repeat(24)}.${'b'.repeat(32)}`;

describe('session manager', () => {
  let handle: DatabaseHandle;
  let store: Store;
  let userId: string;
  const clock = createManualClock(START);
  let repo: AuthSessionsRepository;
  let sessions: SessionManager;

  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
    store = createStore(handle.db, clock, TEST_KEYRING);
    userId = (await store.users.create({ username: 'alice', passwordHash: 'x', role: 'user' })).id;
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(() => {
    clock.set(START);
    repo = store.authSessions;
    sessions = createSessionManager({ repo, clock }, OPTIONS);
  });

  const rawRow = (id: string) =>
    handle.db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst();

  const swapLast = (token: string) => `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;

  describe('tokens', () => {
    it('issues tokens of a 24-character base62 id, a dot and a 32-character base62 secret', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      expect(token).toMatch(/^[0-9A-Za-z]{24}\.[0-9A-Za-z]{32}$/);
      expect(token.split('.')[0]).toBe(session.id);
    });

    it('issues a different token for every session', async () => {
      const a = await sessions.create(userId, CLIENT);
      const b = await sessions.create(userId, CLIENT);
      expect(a.token).not.toBe(b.token);
      expect(a.session.id).not.toBe(b.session.id);
    });

    it('stores only the SHA-256 of the secret and the secret nowhere in the row', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      const secret = token.split('.')[1] as string;
      const row = await rawRow(session.id);
      expect(row?.secret_hash).toBe(sha256Hex(secret));
      for (const value of Object.values(row ?? {})) {
        expect(String(value)).not.toContain(secret);
      }
      expect(JSON.stringify(row)).not.toContain(secret);
    });
  });

  describe('idle expiry', () => {
    it('keeps a session valid 1 ms before the idle timeout after the last activity', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      clock.advance(OPTIONS.idleTimeoutMs - 1);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
    });

    it('expires a session as idle at exactly the idle timeout and deletes its row', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      clock.advance(OPTIONS.idleTimeoutMs);
      expect(await sessions.validate(token)).toEqual({
        valid: false,
        reason: 'idle_expired',
        sessionId: session.id,
      });
      expect(await rawRow(session.id)).toBeUndefined();
      expect(await sessions.validate(token)).toEqual({ valid: false, reason: 'unknown' });
    });

    it('extends the idle expiry when the session is used', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      clock.advance(OPTIONS.activityWriteIntervalMs);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      // Past the idle timeout counted from login, but not from the last activity.
      clock.set(new Date(Date.parse(START) + OPTIONS.idleTimeoutMs));
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      clock.set(new Date(Date.parse(START) + OPTIONS.activityWriteIntervalMs + OPTIONS.idleTimeoutMs - 1));
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
    });

    it('expires as idle counted from the last recorded activity, not from login', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      clock.advance(OPTIONS.idleTimeoutMs - 1);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      clock.advance(OPTIONS.idleTimeoutMs - 1);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      clock.advance(OPTIONS.idleTimeoutMs);
      expect(await sessions.validate(token)).toMatchObject({ valid: false, reason: 'idle_expired' });
    });
  });

  describe('absolute expiry', () => {
    it('keeps an active session valid until 1 ms before the absolute lifetime', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      for (
        let t = OPTIONS.activityWriteIntervalMs;
        t < OPTIONS.absoluteTtlMs;
        t += OPTIONS.activityWriteIntervalMs
      ) {
        clock.set(new Date(Date.parse(START) + t));
        expect(await sessions.validate(token), `at ${t} ms`).toMatchObject({ valid: true });
      }
      clock.set(new Date(Date.parse(START) + OPTIONS.absoluteTtlMs - 1));
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
    });

    it('expires an active session at exactly the absolute lifetime and deletes its row', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      for (
        let t = OPTIONS.activityWriteIntervalMs;
        t < OPTIONS.absoluteTtlMs;
        t += OPTIONS.activityWriteIntervalMs
      ) {
        clock.set(new Date(Date.parse(START) + t));
        expect(await sessions.validate(token), `at ${t} ms`).toMatchObject({ valid: true });
      }
      clock.set(new Date(Date.parse(START) + OPTIONS.absoluteTtlMs));
      expect(await sessions.validate(token)).toEqual({
        valid: false,
        reason: 'absolute_expired',
        sessionId: session.id,
      });
      expect(await rawRow(session.id)).toBeUndefined();
    });
  });

  describe('amortised activity writes', () => {
    it('does not write last activity when validated twice within the write interval', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      clock.advance(1);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      clock.advance(OPTIONS.activityWriteIntervalMs - 2);
      expect(await sessions.validate(token)).toMatchObject({ valid: true });
      expect((await rawRow(session.id))?.last_activity_at).toBe(START);
    });

    it('writes last activity once the write interval has passed', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      clock.advance(OPTIONS.activityWriteIntervalMs);
      const check = await sessions.validate(token);
      const expected = new Date(Date.parse(START) + OPTIONS.activityWriteIntervalMs);
      expect(check).toMatchObject({ valid: true, session: { lastActivityAt: expected } });
      expect((await rawRow(session.id))?.last_activity_at).toBe(expected.toISOString());
    });
  });

  describe('malformed tokens', () => {
    const good = `${'A1b2C3d4E5f6G7h8I9j0K1l2'}.${'m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8'}`;
    it.each([
      ['empty', ''],
      ['no dot', good.replace('.', '')],
      ['an extra dot', `${good}.x`],
      ['a dot inside the secret', `${good.slice(0, 40)}.${good.slice(41)}`],
      ['a 23-character id', good.slice(1)],
      ['a 25-character id', `A${good}`],
      ['a 31-character secret', good.slice(0, -1)],
      ['a 33-character secret', `${good}x`],
      ['a hyphen in the id', `-${good.slice(1)}`],
      ['an underscore in the secret', `${good.slice(0, -1)}_`],
      ['base64 padding', `${good.slice(0, -1)}=`],
      ['a Cyrillic а look-alike', `${good.slice(0, -1)}\u0430`],
      ['a full-width digit', `\uff11${good.slice(1)}`],
      ['a Greek Α look-alike in the id', `\u0391${good.slice(1)}`],
      ['a zero-width space inside', `${good.slice(0, 10)}\u200b${good.slice(10)}`],
      ['a leading space', ` ${good}`],
      ['a trailing space', `${good} `],
      ['a trailing newline', `${good}\n`],
      ['a leading tab', `\t${good}`],
      ['a NUL byte appended', `${good}\u0000`],
      ['a very long string', 'a'.repeat(100_000)],
      ['a very long string with a dot', `${'a'.repeat(50_000)}.${'b'.repeat(50_000)}`],
    ])('rejects a token with %s as malformed without reading the store', async (_label, token) => {
      const findById = vi.fn(repo.findById);
      const manager = createSessionManager({ repo: { ...repo, findById }, clock }, OPTIONS);
      expect(await manager.validate(token)).toEqual({ valid: false, reason: 'malformed' });
      expect(findById).not.toHaveBeenCalled();
    });
  });

  describe('wrong tokens', () => {
    it('reports an unknown session id as unknown', async () => {
      expect(await sessions.validate(UNKNOWN_TOKEN)).toEqual({ valid: false, reason: 'unknown' });
    });

    it('reports the right id with a wrong secret as a secret mismatch naming the session', async () => {
      const { session } = await sessions.create(userId, CLIENT);
      const forged = `${session.id}.${'z'.repeat(32)}`;
      expect(await sessions.validate(forged)).toEqual({
        valid: false,
        reason: 'secret_mismatch',
        sessionId: session.id,
      });
    });

    it('keeps the session working with the right secret after a wrong one was tried', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      await sessions.validate(`${session.id}.${'z'.repeat(32)}`);
      expect(await rawRow(session.id)).toBeDefined();
      expect(await sessions.validate(token)).toMatchObject({ valid: true, session: { id: session.id } });
    });

    it('rejects a token with one character of its secret changed', async () => {
      const { token, session } = await sessions.create(userId, CLIENT);
      expect(await sessions.validate(swapLast(token))).toMatchObject({
        valid: false,
        reason: 'secret_mismatch',
        sessionId: session.id,
      });
    });

    it('rejects the secret of one session presented with the id of another', async () => {
      const a = await sessions.create(userId, CLIENT);
      const b = await sessions.create(userId, CLIENT);
      const mixed = `${a.session.id}.${b.token.split('.')[1]}`;
      expect(await sessions.validate(mixed)).toMatchObject({ valid: false, reason: 'secret_mismatch' });
    });
  });

  describe('CSRF tokens', () => {
    it('derives the same CSRF token from the same session token every time', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      expect(sessions.csrfTokenFor(token)).toBe(sessions.csrfTokenFor(token));
    });

    it('derives different CSRF tokens for different sessions', async () => {
      const a = await sessions.create(userId, CLIENT);
      const b = await sessions.create(userId, CLIENT);
      expect(sessions.csrfTokenFor(a.token)).not.toBe(sessions.csrfTokenFor(b.token));
    });

    it('derives a CSRF token that neither is nor contains the session token or its secret', async () => {
      const { token } = await sessions.create(userId, CLIENT);
      const secret = token.split('.')[1] as string;
      const csrf = sessions.csrfTokenFor(token);
      expect(csrf).not.toBe(token);
      expect(csrf).not.toBe(secret);
      expect(csrf).not.toContain(secret);
      expect(token).not.toContain(csrf);
      expect(csrf).not.toBe(sha256Hex(secret));
    });
  });

  describe('options', () => {
    it.each<[string, Partial<SessionOptions>]>([
      ['a zero idle timeout', { idleTimeoutMs: 0 }],
      ['a negative idle timeout', { idleTimeoutMs: -1 }],
      ['a fractional idle timeout', { idleTimeoutMs: 1.5 }],
      ['a NaN idle timeout', { idleTimeoutMs: Number.NaN }],
      ['a zero absolute lifetime', { absoluteTtlMs: 0 }],
      ['a negative absolute lifetime', { absoluteTtlMs: -60_000 }],
      ['an infinite absolute lifetime', { absoluteTtlMs: Number.POSITIVE_INFINITY }],
      ['a fractional absolute lifetime', { absoluteTtlMs: 60_000.5 }],
      ['a zero write interval', { activityWriteIntervalMs: 0 }],
      ['a negative write interval', { activityWriteIntervalMs: -1 }],
      ['a fractional write interval', { activityWriteIntervalMs: 0.5 }],
      ['an idle timeout longer than the absolute lifetime', { idleTimeoutMs: 60_001 }],
      ['a write interval as long as the idle timeout', { activityWriteIntervalMs: OPTIONS.idleTimeoutMs }],
    ])('refuses %s at construction', (_label, change) => {
      expect(() => createSessionManager({ repo, clock }, { ...OPTIONS, ...change })).toThrow(
        /Session option/,
      );
    });

    it('accepts an idle timeout equal to the absolute lifetime', () => {
      expect(() =>
        createSessionManager({ repo, clock }, { ...OPTIONS, idleTimeoutMs: OPTIONS.absoluteTtlMs }),
      ).not.toThrow();
    });
  });
});
