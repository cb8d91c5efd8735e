import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../services.js';
import type { ApiKeyRow } from '../../store/api-keys-repository.js';
import { clientInfo } from '../auth-hooks.js';
import { noQuery } from '../validation.js';
import { principalOf } from './auth.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const createKey = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.string().max(64)).max(20).optional(),
  expires_in_days: z.number().int().min(1).max(366).optional(),
});
const rotateKey = z
  .strictObject({
    grace_hours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30)
      .optional(),
  })
  .optional();
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** The public fields of a key (never its hash). */
export function keyView(k: ApiKeyRow) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: k.id,
    name: k.name,
    scopes: k.scopes,
    created_at: k.createdAt.toISOString(),
    expires_at: iso(k.expiresAt),
    last_used_at: iso(k.lastUsedAt),
    last_used_ip: k.lastUsedIp,
    revoked_at: iso(k.revokedAt),
    grace_until: iso(k.graceUntil),
  };
}

/** /api/auth/keys: one's own API keys. */
export function registerOwnKeyRoutes(app: FastifyInstance, services: Services): void {
  const { keys, store } = services;

  app.get(
    '/api/auth/keys',
    { schema: { querystring: noQuery }, config: { access: 'keys:own' } },
    async (request) => ({
      keys: (await store.apiKeys.list(principalOf(request).userId)).map(keyView),
    }),
  );

  app.post<{ Body: z.infer<typeof createKey> }>(
    '/api/auth/keys',
    { schema: { body: createKey, querystring: noQuery }, config: { access: 'keys:own' } },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await keys.create(
        principal,
        principal.userId,
        {
          name: request.body.name,
          scopes: request.body.scopes,
          expiresInMs: request.body.expires_in_days ? request.body.expires_in_days * DAY_MS : undefined,
        },
        clientInfo(request),
      );
      reply.code(201);
      return { key: created.key, api_key: keyView(created.row) };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/auth/keys/:id',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'keys:own' } },
    async (request) => {
      const principal = principalOf(request);
      await keys.revoke(principal, request.params.id, clientInfo(request), principal.userId);
      return { status: 'success' };
    },
  );

  app.post<{ Params: z.infer<typeof idParams>; Body: z.infer<typeof rotateKey> }>(
    '/api/auth/keys/:id/rotate',
    { schema: { params: idParams, body: rotateKey, querystring: noQuery }, config: { access: 'keys:own' } },
    async (request, reply) => {
      const principal = principalOf(request);
      const hours = request.body?.grace_hours;
      const grace = hours === undefined ? undefined : hours * HOUR_MS;
      const created = await keys.rotate(
        principal,
        request.params.id,
        grace,
        clientInfo(request),
        principal.userId,
      );
      reply.code(201);
      return { key: created.key, api_key: keyView(created.row) };
    },
  );
}
