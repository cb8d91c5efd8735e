import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { ClientInfo } from './accounts.js';
import { principalFor } from './accounts.js';
import type { ApiKeyVerifier } from './api-keys.js';
import type { SecurityLog } from './events.js';
import type { Principal } from './principal.js';
import type { SessionManager } from './sessions.js';

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

    /** The principal of an API key, or null (the reason is recorded). */
    async fromApiKey(presented: string, client: ClientInfo): Promise<Principal | null> {
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
      return principalFor(user, 'api_key', { keyId: check.key.id, scopes: check.key.scopes });
    },
  };
}

/** The authenticator's type. */
export type Authenticator = ReturnType<typeof createAuthenticator>;
