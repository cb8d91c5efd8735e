import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { ApiKeyRow } from '../store/api-keys-repository.js';
import type { Store } from '../store/store.js';
import type { ClientInfo } from './accounts.js';
import { DEFAULT_ROTATION_GRACE_MS, generateApiKey } from './api-keys.js';
import type { SecurityLog } from './events.js';
import { isPermission } from './permissions.js';
import type { Principal } from './principal.js';
import { permissionsOf } from './roles.js';

/** Longest a key may live. */
export const MAX_KEY_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;

/** API keys: created (shown once), listed, revoked and rotated; scopes never exceed the creator's rights. */
export function createKeyManagement(deps: { store: Store; clock: Clock; log: SecurityLog }) {
  const { store, clock, log } = deps;

  async function deny(
    actor: { userId: string | null },
    client: ClientInfo,
    detail: Record<string, unknown>,
  ): Promise<never> {
    await log.record({
      type: 'privilege_escalation_denied',
      severity: 'warning',
      userId: actor.userId,
      client,
      detail,
    });
    throw new AppError('forbidden', 'A key cannot have permissions its creator or owner lacks.');
  }

  return {
    /**
     * Creates a key for `ownerId`. Scopes must be permissions that both the owner's role and the
     * acting principal hold (a scoped key cannot mint a broader one).
     */
    async create(
      actor: {
        userId: string | null;
        permissions: ReadonlySet<string> | 'all';
        method?: 'session' | 'api_key';
      },
      ownerId: string,
      input: { name: string; scopes?: readonly string[] | undefined; expiresInMs?: number | undefined },
      client: ClientInfo,
    ): Promise<{ key: string; row: ApiKeyRow }> {
      const owner = await store.users.findById(ownerId);
      if (!owner || owner.disabled) throw new AppError('not_found', 'No such user.');
      const ownerPermissions = permissionsOf(owner.role);
      const scopes = input.scopes ? [...new Set(input.scopes)] : null;
      if (scopes?.some((s) => !isPermission(s)))
        throw new AppError('validation_failed', 'Unknown permission in scopes.');
      const wanted = scopes ?? [...ownerPermissions];
      const excess = wanted.filter(
        (p) =>
          !ownerPermissions.has(p as never) || (actor.permissions !== 'all' && !actor.permissions.has(p)),
      );
      if (excess.length > 0)
        await deny(actor, client, { reason: 'scope_exceeds_rights', owner: ownerId, excess });
      if (
        input.expiresInMs !== undefined &&
        (input.expiresInMs <= 0 || input.expiresInMs > MAX_KEY_LIFETIME_MS)
      ) {
        throw new AppError('validation_failed', 'Keys expire between one minute and a year from now.');
      }
      // Only a session or the console may mint an unscoped key; a key asking for one gets exactly its own
      // rights, frozen, so it can never grow into what the owner gains later.
      const effectiveScopes = scopes ?? (actor.method === 'api_key' ? wanted : null);
      const now = clock.now();
      const generated = generateApiKey();
      const row: ApiKeyRow = {
        id: generated.id,
        userId: ownerId,
        name: input.name,
        secretHash: generated.secretHash,
        scopes: effectiveScopes,
        createdAt: now,
        expiresAt: input.expiresInMs ? new Date(now.getTime() + input.expiresInMs) : null,
        lastUsedAt: null,
        lastUsedIp: null,
        revokedAt: null,
        graceUntil: null,
        replacedBy: null,
      };
      await store.apiKeys.insert(row);
      await log.record({
        type: 'api_key_created',
        severity: 'info',
        userId: actor.userId,
        client,
        detail: { key_id: row.id, owner: ownerId, scopes: row.scopes },
      });
      return { key: generated.key, row };
    },

    /** Revokes a key; with `ownerId`, only that user's (another user's key is not found). */
    async revoke(
      actor: { userId: string | null },
      keyId: string,
      client: ClientInfo,
      ownerId?: string,
    ): Promise<void> {
      const revoked = await store.apiKeys.revoke(keyId, clock.now(), ownerId);
      if (!revoked) throw new AppError('not_found', 'No such active key.');
      await log.record({
        type: 'api_key_revoked',
        severity: 'info',
        userId: actor.userId,
        client,
        detail: { key_id: keyId },
      });
    },

    /** Issues a replacement with the same name, owner and scopes; the old key works until the grace ends. */
    async rotate(
      actor: Principal | { userId: string | null; permissions: 'all' },
      keyId: string,
      graceMs: number | undefined,
      client: ClientInfo,
      ownerId?: string,
    ) {
      const old = await store.apiKeys.findById(keyId);
      if (!old || (ownerId !== undefined && old.userId !== ownerId) || old.revokedAt || old.replacedBy) {
        throw new AppError('not_found', 'No such active key.');
      }
      const created = await this.create(
        actor,
        old.userId,
        {
          name: old.name,
          scopes: old.scopes ?? undefined,
          ...(old.expiresAt
            ? { expiresInMs: Math.max(60_000, old.expiresAt.getTime() - clock.now().getTime()) }
            : {}),
        },
        client,
      );
      const graceUntil = new Date(clock.now().getTime() + (graceMs ?? DEFAULT_ROTATION_GRACE_MS));
      await store.apiKeys.markRotated(old.id, created.row.id, graceUntil);
      await log.record({
        type: 'api_key_rotated',
        severity: 'info',
        userId: actor.userId,
        client,
        detail: { key_id: old.id, replaced_by: created.row.id, grace_until: graceUntil.toISOString() },
      });
      return created;
    },
  };
}

/** The key management service's type. */
export type KeyManagement = ReturnType<typeof createKeyManagement>;
