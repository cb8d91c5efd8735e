import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { User } from '../store/users-repository.js';
import type { SecurityLog } from './events.js';
import type { LoginGuard } from './login-guard.js';
import { hashPassword, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import { isRole, permissionsOf, type Role } from './roles.js';
import type { SessionManager } from './sessions.js';
import { sha256Hex } from './tokens.js';
import { normaliseUsername } from './usernames.js';

/** Where a request came from, for sessions and events. */
export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string;
  readonly requestId?: string | undefined;
}

/** A successful login or re-issue: the token goes in the cookie and is never stored. */
export interface IssuedSession {
  readonly user: User;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** Dependencies of the account service. */
export interface AccountDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly sessions: SessionManager;
  readonly loginGuard: LoginGuard;
  readonly log: SecurityLog;
}

/** Users, logins and passwords. Every denial records its precise reason as a security event. */
export function createAccounts(deps: AccountDeps) {
  const { store, sessions, log } = deps;

  function checkPassword(password: string): void {
    const chars = [...password].length;
    if (chars < PASSWORD_MIN_CHARS || chars > PASSWORD_MAX_CHARS) {
      throw new AppError(
        'validation_failed',
        `Passwords must be ${PASSWORD_MIN_CHARS} to ${PASSWORD_MAX_CHARS} characters long.`,
      );
    }
  }

  async function issue(user: User, client: ClientInfo): Promise<IssuedSession> {
    const { token, session } = await sessions.create(user.id, client);
    return { user, token, csrfToken: sessions.csrfTokenFor(token), expiresAt: session.expiresAt };
  }

  async function revokeEverything(userId: string, reason: string, client?: ClientInfo): Promise<void> {
    const count = await store.authSessions.deleteAllForUser(userId);
    if (count > 0) {
      await log.record({
        type: 'session_revoked',
        severity: 'info',
        userId,
        client,
        detail: { reason, count },
      });
    }
  }

  return {
    /** Creates an account; the username is folded, the password hashed with argon2id. */
    async createUser(
      input: { username: string; password: string; role: string },
      actor: { userId: string | null },
      client?: ClientInfo,
    ): Promise<User> {
      const username = normaliseUsername(input.username);
      if (!username)
        throw new AppError(
          'validation_failed',
          'Usernames are 3–32 letters, digits, dots, underscores or hyphens.',
        );
      if (!isRole(input.role)) throw new AppError('validation_failed', 'Unknown role.');
      checkPassword(input.password);
      if (await store.users.findCredentials(username))
        throw new AppError('conflict', 'That username is taken.');
      const user = await store.users.create({
        username,
        passwordHash: await hashPassword(input.password),
        role: input.role,
      });
      await log.record({
        type: 'user_created',
        severity: 'info',
        userId: actor.userId,
        client,
        detail: { created: user.id, role: user.role },
      });
      return user;
    },

    /** Checks a username and password; one generic failure for every reason, the reason goes to the log. */
    async login(input: { username: string; password: string }, client: ClientInfo): Promise<IssuedSession> {
      const folded = normaliseUsername(input.username);
      // A string that is no valid username may be a password typed into the wrong field: never log it.
      const username = folded ?? `invalid:${sha256Hex(input.username).slice(0, 16)}`;
      const logged = folded ?? '(invalid username)';
      const gate = await deps.loginGuard.begin(username, client.ip);
      if (!gate.allowed) {
        await log.record({
          type: 'login_failed',
          severity: 'warning',
          client,
          detail: { reason: 'locked_out', scope: gate.scope, username: logged },
        });
        throw new AppError('rate_limited', undefined, {
          retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000),
        });
      }
      const found = folded ? await store.users.findCredentials(folded) : undefined;
      const passwordOk = await verifyPassword(found?.passwordHash, input.password);
      const reason = !found
        ? 'unknown_user'
        : !passwordOk
          ? 'wrong_password'
          : found.user.disabled
            ? 'disabled'
            : null;
      if (reason || !found) {
        const { lockedOutMs } = await deps.loginGuard.failed(username, client.ip, gate.attempt);
        await log.record({
          type: 'login_failed',
          severity: 'warning',
          userId: found?.user.id ?? null,
          client,
          detail: { reason, username: logged },
        });
        if (lockedOutMs !== null) {
          await log.record({
            type: 'login_locked_out',
            severity: 'warning',
            userId: found?.user.id ?? null,
            client,
            detail: { username: logged, lockout_ms: lockedOutMs },
          });
        }
        throw new AppError('invalid_credentials');
      }
      await deps.loginGuard.succeeded(username, client.ip);
      await log.record({
        type: 'login_succeeded',
        severity: 'info',
        userId: found.user.id,
        client,
        detail: {},
      });
      return issue(found.user, client);
    },

    async logout(principal: Principal, client: ClientInfo): Promise<void> {
      if (principal.sessionId) await store.authSessions.delete(principal.sessionId);
      await log.record({
        type: 'logout',
        severity: 'info',
        userId: principal.userId,
        client,
        detail: {},
      });
    },

    async logoutAll(userId: string, client: ClientInfo): Promise<void> {
      await revokeEverything(userId, 'logout_all', client);
    },

    /** Changes one's own password; every session ends and a fresh one is issued. */
    async changePassword(
      principal: Principal,
      input: { currentPassword: string; newPassword: string },
      client: ClientInfo,
    ): Promise<IssuedSession> {
      const user = await store.users.findById(principal.userId);
      const found = user && (await store.users.findCredentials(user.username));
      // Guessing the current password through a stolen session is throttled like login guessing.
      const guardKey = found?.user.username ?? principal.userId;
      const gate = await deps.loginGuard.begin(guardKey, client.ip);
      if (!gate.allowed) {
        await log.record({
          type: 'login_failed',
          severity: 'warning',
          userId: principal.userId,
          client,
          detail: { reason: 'locked_out', scope: gate.scope, via: 'password_change' },
        });
        throw new AppError('rate_limited', undefined, {
          retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000),
        });
      }
      if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword))) {
        await deps.loginGuard.failed(guardKey, client.ip, gate.attempt);
        await log.record({
          type: 'login_failed',
          severity: 'warning',
          userId: principal.userId,
          client,
          detail: { reason: 'wrong_current_password' },
        });
        throw new AppError('invalid_credentials');
      }
      await deps.loginGuard.succeeded(guardKey, client.ip);
      checkPassword(input.newPassword);
      await store.users.update(found.user.id, { passwordHash: await hashPassword(input.newPassword) });
      await revokeEverything(found.user.id, 'password_changed', client);
      await log.record({
        type: 'password_changed',
        severity: 'info',
        userId: found.user.id,
        client,
        detail: { by: 'self' },
      });
      return issue(found.user, client);
    },

    /** An administrator's changes to another account; sessions end on any change of role, state or password. */
    async updateUser(
      actor: { userId: string | null },
      userId: string,
      changes: { role?: string; disabled?: boolean; password?: string },
      client: ClientInfo,
    ): Promise<User> {
      const user = await store.users.findById(userId);
      if (!user) throw new AppError('not_found', 'No such user.');
      if (changes.role !== undefined && !isRole(changes.role))
        throw new AppError('validation_failed', 'Unknown role.');
      if (changes.password !== undefined) checkPassword(changes.password);
      if (
        userId === actor.userId &&
        (changes.disabled === true || (changes.role !== undefined && changes.role !== user.role))
      ) {
        // An administrator cannot lock themselves out or change their own role; another admin must.
        await log.record({
          type: 'privilege_escalation_denied',
          severity: 'warning',
          userId: actor.userId,
          client,
          detail: { reason: 'self_change', changes: { role: changes.role, disabled: changes.disabled } },
        });
        throw new AppError('forbidden', 'You cannot change your own role or disable yourself.');
      }
      await store.users.update(userId, {
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
        ...(changes.password !== undefined ? { passwordHash: await hashPassword(changes.password) } : {}),
      });
      await revokeEverything(
        userId,
        changes.password !== undefined ? 'password_reset' : 'user_changed',
        client,
      );
      await log.record({
        type: 'user_changed',
        severity: 'info',
        userId: actor.userId,
        client,
        detail: {
          target: userId,
          role: changes.role,
          disabled: changes.disabled,
          password_reset: changes.password !== undefined,
        },
      });
      const updated = await store.users.findById(userId);
      if (!updated) throw new AppError('not_found', 'No such user.');
      return updated;
    },

    issue,
  };
}

/** The account service's type. */
export type Accounts = ReturnType<typeof createAccounts>;

/** A role's permissions, for building principals. */
export function principalFor(
  user: User,
  method: Principal['method'],
  extra: { sessionId?: string; keyId?: string; scopes?: readonly string[] | null } = {},
): Principal {
  const rolePermissions = permissionsOf(user.role);
  const permissions = extra.scopes
    ? new Set([...rolePermissions].filter((p) => extra.scopes?.includes(p)))
    : rolePermissions;
  return {
    userId: user.id,
    username: user.username,
    role: user.role as Role,
    permissions,
    method,
    ...(extra.sessionId ? { sessionId: extra.sessionId } : {}),
    ...(extra.keyId ? { keyId: extra.keyId } : {}),
  };
}
