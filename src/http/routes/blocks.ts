import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Ban } from '../../store/bans-repository.js';
import { noQuery } from '../validation.js';
import { principalOf } from './auth.js';

const MAX_BAN_MS = 365 * 24 * 60 * 60 * 1000;
const newBlock = z.strictObject({
  ip: z.string().min(1).max(64),
  duration_minutes: z
    .number()
    .int()
    .min(1)
    .max(MAX_BAN_MS / 60_000)
    .optional(),
  reason: z.string().trim().min(1).max(200),
});
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** The public view of a ban, with the time it has left. */
export function banView(ban: Ban, nowMs: number) {
  const active = ban.liftedAt === null && ban.expiresAt.getTime() > nowMs;
  return {
    id: ban.id,
    type: ban.subjectType,
    subject: ban.subject,
    reason: ban.reason,
    source: ban.source,
    created_by: ban.createdBy,
    created_at: ban.createdAt.toISOString(),
    expires_at: ban.expiresAt.toISOString(),
    lifted_at: ban.liftedAt?.toISOString() ?? null,
    active,
    remaining_seconds: active ? Math.ceil((ban.expiresAt.getTime() - nowMs) / 1000) : 0,
  };
}

/** /api/admin/blocks: list active bans and history, ban an address or block for a duration, unban. */
export function registerBlockRoutes(app: FastifyInstance, services: Services): void {
  const now = () => services.clock.now().getTime();

  app.get(
    '/api/admin/blocks',
    { schema: { querystring: noQuery }, config: { access: 'security:read' } },
    async () => ({
      active: (await services.bans.listActive()).map((b) => banView(b, now())),
      history: (await services.store.bans.history({ limit: 200 })).map((b) => banView(b, now())),
    }),
  );

  app.post<{ Body: z.infer<typeof newBlock> }>(
    '/api/admin/blocks',
    { schema: { body: newBlock, querystring: noQuery }, config: { access: 'security:write' } },
    async (request, reply) => {
      const ban = await services.bans.ban({
        subjectType: 'ip',
        subject: request.body.ip,
        reason: request.body.reason,
        source: 'admin',
        actor: principalOf(request).userId,
        ...(request.body.duration_minutes ? { durationMs: request.body.duration_minutes * 60_000 } : {}),
      });
      if (!ban) throw new AppError('conflict', 'That address is on the allow list and cannot be banned.');
      reply.code(201);
      return { block: banView(ban, now()) };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/admin/blocks/:id',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'security:write' } },
    async (request) => {
      const lifted = await services.bans.unban({ id: request.params.id }, principalOf(request).userId);
      return { status: 'success', lifted: lifted.map((b) => banView(b, now())) };
    },
  );
}
