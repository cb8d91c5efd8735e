import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Accounts, ClientInfo, IssuedSession } from './accounts.js';
import type { SecurityLog } from './events.js';
import { constantTimeEqual, randomBase62, sha256Hex } from './tokens.js';

/** How long the first-run setup token is valid. */
export const SETUP_TOKEN_TTL_MS = 30 * 60 * 1000;

/**
 * First run: with no users, a one-time token (valid 30 minutes, held only as a hash in memory) lets
 * whoever can read the server's output create the first administrator.
 */
export function createSetup(deps: { store: Store; clock: Clock; accounts: Accounts; log: SecurityLog }) {
  let pending: { hash: string; expiresAtMs: number } | null = null;

  return {
    async isNeeded(): Promise<boolean> {
      return (await deps.store.users.count()) === 0;
    },

    /** Issues a fresh token when no user exists; returns it (to print) or null. */
    async prepare(): Promise<string | null> {
      if (!(await this.isNeeded())) return null;
      const token = randomBase62(32);
      pending = { hash: sha256Hex(token), expiresAtMs: deps.clock.now().getTime() + SETUP_TOKEN_TTL_MS };
      return token;
    },

    /** Creates the first administrator, gives them the data made before accounts existed, and signs them in. */
    async complete(
      input: { token: string; username: string; password: string },
      client: ClientInfo,
    ): Promise<IssuedSession> {
      if (!(await this.isNeeded())) throw new AppError('conflict', 'Setup is already complete.');
      const current = pending;
      const reason = !current
        ? 'no_token_issued'
        : deps.clock.now().getTime() >= current.expiresAtMs
          ? 'token_expired'
          : !constantTimeEqual(sha256Hex(input.token), current.hash)
            ? 'token_mismatch'
            : null;
      if (reason) {
        await deps.log.record({
          type: 'setup_rejected',
          severity: 'warning',
          client,
          detail: { reason },
        });
        throw new AppError(
          'invalid_credentials',
          'The setup link is invalid or has expired. Restart the server for a new one.',
        );
      }
      // Spend the token before any await, so two concurrent requests cannot both use it.
      pending = null;
      try {
        const user = await deps.accounts.createUser(
          { username: input.username, password: input.password, role: 'admin' },
          { userId: null },
          client,
        );
        await deps.store.users.adoptLocalData(user.id);
        await deps.log.record({
          type: 'setup_completed',
          severity: 'info',
          userId: user.id,
          client,
          detail: {},
        });
        return await deps.accounts.issue(user, client);
      } catch (error) {
        pending = current;
        throw error;
      }
    },
  };
}

/** The setup service's type. */
export type Setup = ReturnType<typeof createSetup>;
