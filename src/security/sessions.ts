import { createHmac } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { AuthSessionRow, AuthSessionsRepository } from '../store/auth-sessions-repository.js';
import { constantTimeEqual, randomBase62, sha256Hex } from './tokens.js';

/** Session options. */
export interface SessionOptions {
  /** A session unused this long is over. @default 3600000 (1 hour) */
  readonly idleTimeoutMs: number;
  /** A session is over this long after login, however active. @default 43200000 (12 hours) */
  readonly absoluteTtlMs: number;
  /** Last activity is written at most this often, so reads stay cheap. @default 60000 */
  readonly activityWriteIntervalMs: number;
}

/** Defaults from the original system (1 h idle) and the Copenhagen Book (absolute cap). */
export const DEFAULT_SESSION_OPTIONS: SessionOptions = Object.freeze({
  idleTimeoutMs: 60 * 60 * 1000,
  absoluteTtlMs: 12 * 60 * 60 * 1000,
  activityWriteIntervalMs: 60 * 1000,
});

const ID_CHARS = 24;
const SECRET_CHARS = 32;
const TOKEN = /^([0-9A-Za-z]{24})\.([0-9A-Za-z]{32})$/;

/** Why a token did not authenticate; goes to the security log, never to the client. */
export type SessionFailure =
  | 'malformed'
  | 'unknown'
  | 'secret_mismatch'
  | 'idle_expired'
  | 'absolute_expired';

/** The outcome of checking a session token. */
export type SessionCheck =
  | { valid: true; session: AuthSessionRow }
  | { valid: false; reason: SessionFailure; sessionId?: string };

/**
 * Server-side sessions: token `id.secret` from the CSPRNG, only SHA-256(secret) stored, constant-time
 * comparison, idle and absolute expiry checked at every boundary (expired at exactly the limit).
 */
export function createSessionManager(
  deps: { repo: AuthSessionsRepository; clock: Clock },
  options: SessionOptions,
) {
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`Session option ${name} must be a positive integer (ms)`);
  }
  if (options.idleTimeoutMs > options.absoluteTtlMs) {
    throw new Error('Session option idleTimeoutMs must not exceed absoluteTtlMs');
  }
  // Otherwise activity would never be written and every session would idle out a fixed time after login.
  if (options.activityWriteIntervalMs >= options.idleTimeoutMs) {
    throw new Error('Session option activityWriteIntervalMs must be shorter than idleTimeoutMs');
  }
  const { repo, clock } = deps;

  return {
    /** Starts a new session; the token is returned once and never stored. */
    async create(userId: string, client: { ip: string; userAgent: string }) {
      const now = clock.now();
      const id = randomBase62(ID_CHARS);
      const secret = randomBase62(SECRET_CHARS);
      const session: AuthSessionRow = {
        id,
        userId,
        secretHash: sha256Hex(secret),
        createdAt: now,
        lastActivityAt: now,
        expiresAt: new Date(now.getTime() + options.absoluteTtlMs),
        ip: client.ip.slice(0, 64),
        userAgent: client.userAgent.slice(0, 256),
      };
      await repo.insert(session);
      return { token: `${id}.${secret}`, session };
    },

    /** Checks a token; expired sessions are deleted as they are found. */
    async validate(token: string): Promise<SessionCheck> {
      const match = TOKEN.exec(token);
      if (!match?.[1] || !match[2]) return { valid: false, reason: 'malformed' };
      const [, id, secret] = match;
      const session = await repo.findById(id);
      if (!session) return { valid: false, reason: 'unknown' };
      if (!constantTimeEqual(sha256Hex(secret), session.secretHash)) {
        return { valid: false, reason: 'secret_mismatch', sessionId: id };
      }
      const now = clock.now().getTime();
      if (now >= session.expiresAt.getTime()) return expire(id, 'absolute_expired');
      if (now - session.lastActivityAt.getTime() >= options.idleTimeoutMs) return expire(id, 'idle_expired');
      if (now - session.lastActivityAt.getTime() >= options.activityWriteIntervalMs) {
        const lastActivityAt = new Date(now);
        await repo.touch(id, lastActivityAt);
        return { valid: true, session: { ...session, lastActivityAt } };
      }
      return { valid: true, session };
    },

    /** The CSRF token bound to a session token: an HMAC keyed by its secret, so nothing extra is stored. */
    csrfTokenFor(token: string): string {
      const secret = token.slice(ID_CHARS + 1);
      return createHmac('sha256', secret).update('rampart-csrf-v1').digest('base64url');
    },
  };

  async function expire(id: string, reason: SessionFailure): Promise<SessionCheck> {
    await repo.delete(id);
    return { valid: false, reason, sessionId: id };
  }
}

/** The session manager's type. */
export type SessionManager = ReturnType<typeof createSessionManager>;
