import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { ClientInfo } from './accounts.js';
import { principalFor } from './accounts.js';
import type { ApiKeyVerifier } from './api-keys.js';
import type { SecurityLog } from './events.js';
import type { Principal } from './principal.js';
import type { SessionManager } from './sessions.js';

const KEY_CACHE_MS = 1000;
const KEY_CACHE_MAX = 10_000;
const FORGET_ON = new Set([
  'api_key_revoked',
  'api_key_rotated',
  'user_changed',
  'password_changed',
  'user_banned',
  'session_revoked',
]);

/** Key use is written at most this often per key. */
const KEY_USE_WRITE_INTERVAL_MS = 60_000;

/** Turns a session token or an API key into a principal, recording why any credential is refused. */
export function createAuthenticator(deps: {
  store: Store;
  clock: Clock;
  sessions: SessionManager;
  verifyApiKey: ApiKeyVerifier;
  log: SecurityLog;
}) {
  const { store, log } = deps;
  // Verified keys are remembered briefly (never past their expiry or rotation grace), so a busy client
  // costs no database round trips; any change to keys, users or bans in this process forgets them at
  // once, and other instances see a change within KEY_CACHE_MS, as they see bans.
  const verified = new Map<string, { principal: Principal; untilMs: number }>();
  log.observe((event) => {
    if (FORGET_ON.has(event.type)) verified.clear();
  });

  function rememberedApiKey(presented: string): Principal | undefined {
    const remembered = verified.get(presented);
    if (remembered && deps.clock.now().getTime() < remembered.untilMs) return remembered.principal;
    return undefined;
  }

  return {
    /** The principal of a session cookie, or null (the reason is recorded). */
    async fromSession(token: string, client: ClientInfo): Promise<Principal | null> {
      const check = await deps.sessions.validate(token);
      if (!check.valid) {
        await log.record({
          type: 'session_rejected',
          severity: check.reason === 'secret_mismatch' ? 'warning' : 'info',
          client,
          detail: { reason: check.reason, session_id: check.sessionId },
        });
        return null;
      }
      const user = await store.users.findById(check.session.userId);
      if (!user || user.disabled) {
        await store.authSessions.delete(check.session.id);
        await log.record({
          type: 'session_rejected',
          severity: 'warning',
          userId: check.session.userId,
          client,
          detail: { reason: user ? 'user_disabled' : 'user_missing' },
        });
        return null;
      }
      return principalFor(user, 'session', { sessionId: check.session.id });
    },

    /** The principal of a key verified within the last second, without waiting; else undefined. */
    rememberedApiKey,

    /** The principal of an API key, or null (the reason is recorded). */
    async fromApiKey(presented: string, client: ClientInfo): Promise<Principal | null> {
      const remembered = rememberedApiKey(presented);
      if (remembered) return remembered;
      const check = await deps.verifyApiKey(presented);
      if (!check.valid) {
        const severity =
          check.reason === 'revoked' || check.reason === 'secret_mismatch' ? 'critical' : 'warning';
        await log.record({
          type: 'api_key_rejected',
          severity,
          userId: check.userId ?? null,
          client,
          detail: { reason: check.reason, key_id: check.keyId },
        });
        return null;
      }
      const user = await store.users.findById(check.key.userId);
      if (!user || user.disabled) {
        await log.record({
          type: 'api_key_rejected',
          severity: 'warning',
          userId: check.key.userId,
          client,
          detail: { reason: 'user_disabled', key_id: check.key.id },
        });
        return null;
      }
      const now = deps.clock.now();
      if (
        !check.key.lastUsedAt ||
        now.getTime() - check.key.lastUsedAt.getTime() >= KEY_USE_WRITE_INTERVAL_MS
      ) {
        await store.apiKeys.recordUse(check.key.id, now, client.ip);
      }
      const principal = principalFor(user, 'api_key', { keyId: check.key.id, scopes: check.key.scopes });
      const limits = [
        now.getTime() + KEY_CACHE_MS,
        check.key.expiresAt?.getTime(),
        check.key.graceUntil?.getTime(),
      ];
      if (verified.size >= KEY_CACHE_MAX) verified.delete(verified.keys().next().value as string);
      verified.set(presented, {
        principal,
        untilMs: Math.min(...limits.filter((n): n is number => n !== undefined)),
      });
      return principal;
    },

    /** Forgets every remembered key; called when keys, users or bans change in this process. */
    forgetVerifiedKeys(): void {
      verified.clear();
    },
  };
}

/** The authenticator's type. */
export type Authenticator = ReturnType<typeof createAuthenticator>;
