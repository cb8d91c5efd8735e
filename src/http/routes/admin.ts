import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { normaliseIp } from '../../security/ip.js';
import { PASSWORD_MAX_CHARS } from '../../security/passwords.js';
import { ROLES } from '../../security/roles.js';
import type { Services } from '../../services.js';
import type { User } from '../../store/users-repository.js';
import { clientInfo } from '../auth-hooks.js';
import { noQuery } from '../validation.js';
import { principalOf, sessionView } from './auth.js';
import { keyView } from './own-keys.js';

const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const newUser = z.strictObject({
  username: z.string().min(1).max(128),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
  role: z.enum(ROLES),
});
const userChanges = z
  .strictObject({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .refine((c) => c.role !== undefined || c.disabled !== undefined, { message: 'nothing to change' });
const passwordReset = z.strictObject({
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
});
const sessionsQuery = z.strictObject({ user_id: z.string().max(64).optional() });
const eventsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  type: z.string().max(64).optional(),
  ip: z.string().max(64).optional(),
  user_id: z.string().max(64).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

function userView(u: User) {
  return { id: u.id, username: u.username, role: u.role, disabled: u.disabled, created_at: u.createdAt };
}

/** /api/admin: users (users:manage), keys, sessions and security events (security:read / security:write). */
export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const { store, accounts, keys } = services;
  const usernames = async () => new Map((await store.users.list()).map((u) => [u.id, u.username]));

  app.get(
    '/api/admin/users',
    { schema: { querystring: noQuery }, config: { access: 'users:manage' } },
    async () => ({
      users: (await store.users.list()).map(userView),
    }),
  );

  app.post<{ Body: z.infer<typeof newUser> }>(
    '/api/admin/users',
    { schema: { body: newUser, querystring: noQuery }, config: { access: 'users:manage' } },
    async (request, reply) => {
      const user = await accounts.createUser(request.body, principalOf(request), clientInfo(request));
      reply.code(201);
      return { user: userView(user) };
    },
  );

  app.patch<{ Params: z.infer<typeof idParams>; Body: z.infer<typeof userChanges> }>(
    '/api/admin/users/:id',
    {
      schema: { params: idParams, body: userChanges, querystring: noQuery },
      config: { access: 'users:manage' },
    },
    async (request) => ({
      user: userView(
        await accounts.updateUser(principalOf(request), request.params.id, request.body, clientInfo(request)),
      ),
    }),
  );

  app.post<{ Params: z.infer<typeof idParams>; Body: z.infer<typeof passwordReset> }>(
    '/api/admin/users/:id/password',
    {
      schema: { params: idParams, body: passwordReset, querystring: noQuery },
      config: { access: 'users:manage' },
    },
    async (request) => {
      await accounts.updateUser(
        principalOf(request),
        request.params.id,
        { password: request.body.password },
        clientInfo(request),
      );
      return { status: 'success' };
    },
  );

  app.get(
    '/api/admin/api-keys',
    { schema: { querystring: noQuery }, config: { access: 'security:read' } },
    async () => {
      const names = await usernames();
      return {
        keys: (await store.apiKeys.list()).map((k) => ({
          ...keyView(k),
          user_id: k.userId,
          username: names.get(k.userId) ?? null,
        })),
      };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/admin/api-keys/:id',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'security:write' } },
    async (request) => {
      await keys.revoke(principalOf(request), request.params.id, clientInfo(request));
      return { status: 'success' };
    },
  );

  app.get<{ Querystring: z.infer<typeof sessionsQuery> }>(
    '/api/admin/sessions',
    { schema: { querystring: sessionsQuery }, config: { access: 'security:read' } },
    async (request) => {
      const names = await usernames();
      const rows = request.query.user_id
        ? await store.authSessions.listForUser(request.query.user_id)
        : await store.authSessions.listAll();
      return {
        sessions: rows.map((s) => ({
          ...sessionView(s),
          user_id: s.userId,
          username: names.get(s.userId) ?? null,
        })),
      };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/admin/sessions/:id',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'security:write' } },
    async (request) => {
      if (!(await store.authSessions.delete(request.params.id))) throw new AppError('not_found');
      const client = clientInfo(request);
      await services.log.record({
        type: 'session_revoked',
        severity: 'info',
        userId: principalOf(request).userId,
        client,
        detail: { reason: 'admin', session_id: request.params.id },
      });
      return { status: 'success' };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/admin/users/:id/sessions',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'security:write' } },
    async (request) => {
      if (!(await store.users.findById(request.params.id))) throw new AppError('not_found', 'No such user.');
      const count = await store.authSessions.deleteAllForUser(request.params.id);
      const client = clientInfo(request);
      await services.log.record({
        type: 'session_revoked',
        severity: 'info',
        userId: principalOf(request).userId,
        client,
        detail: { reason: 'admin_all', target: request.params.id, count },
      });
      return { status: 'success', revoked: count };
    },
  );

  app.get<{ Querystring: z.infer<typeof eventsQuery> }>(
    '/api/admin/security-events',
    { schema: { querystring: eventsQuery }, config: { access: 'security:read' } },
    async (request) => ({
      events: (
        await store.securityEvents.list({
          limit: request.query.limit ?? 100,
          ...(request.query.type ? { type: request.query.type } : {}),
          ...(request.query.ip ? { ip: normaliseIp(request.query.ip) } : {}),
          ...(request.query.user_id ? { userId: request.query.user_id } : {}),
          ...(request.query.since ? { since: new Date(request.query.since) } : {}),
        })
      ).map((e) => ({
        id: e.id,
        seq: e.seq,
        occurred_at: e.occurredAt,
        type: e.type,
        severity: e.severity,
        user_id: e.userId,
        ip: e.ip,
        request_id: e.requestId,
        detail: e.detail,
      })),
    }),
  );
}
