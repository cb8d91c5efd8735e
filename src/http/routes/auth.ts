import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { IssuedSession } from '../../security/accounts.js';
import { PASSWORD_MAX_CHARS } from '../../security/passwords.js';
import type { Principal } from '../../security/principal.js';
import type { Services } from '../../services.js';
import { clientInfo, SESSION_COOKIE } from '../auth-hooks.js';
import { noQuery } from '../validation.js';
import { registerOwnKeyRoutes } from './own-keys.js';

/** Credentials: strings of bounded size (an oversized password must not reach the hasher). */
export const credentials = z.strictObject({
  username: z.string().min(1).max(128),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
});
const passwordChange = z.strictObject({
  current_password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
  new_password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
});
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

/** The acting principal; the pipeline guarantees one on non-public routes. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('authentication_required');
  return request.principal;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the request came over HTTPS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, issued: IssuedSession): void {
  reply.setCookie(SESSION_COOKIE, issued.token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
    expires: issued.expiresAt,
  });
}

/** The public view of a signed-in user with the CSRF token the browser must echo. */
export function sessionBody(issued: IssuedSession) {
  return {
    user: { id: issued.user.id, username: issued.user.username, role: issued.user.role },
    csrf_token: issued.csrfToken,
    expires_at: issued.expiresAt.toISOString(),
  };
}

/** /api/auth: login, logout, me, password, own sessions and own keys. */
export function registerAuthRoutes(app: FastifyInstance, services: Services): void {
  const { accounts, store } = services;

  app.post<{ Body: z.infer<typeof credentials> }>(
    '/api/auth/login',
    { schema: { body: credentials, querystring: noQuery }, config: { access: 'public' } },
    async (request, reply) => {
      const issued = await accounts.login(request.body, clientInfo(request));
      setSessionCookie(request, reply, issued);
      return sessionBody(issued);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { querystring: noQuery }, config: { access: 'authenticated' } },
    async (request, reply) => {
      await accounts.logout(principalOf(request), clientInfo(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { status: 'success' };
    },
  );

  app.post(
    '/api/auth/logout-all',
    { schema: { querystring: noQuery }, config: { access: 'authenticated' } },
    async (request, reply) => {
      await accounts.logoutAll(principalOf(request).userId, clientInfo(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { status: 'success' };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { querystring: noQuery }, config: { access: 'authenticated' } },
    async (request) => {
      const principal = principalOf(request);
      return {
        user: { id: principal.userId, username: principal.username, role: principal.role },
        permissions: [...principal.permissions].sort(),
        method: principal.method,
        ...(request.sessionToken ? { csrf_token: services.sessions.csrfTokenFor(request.sessionToken) } : {}),
      };
    },
  );

  app.post<{ Body: z.infer<typeof passwordChange> }>(
    '/api/auth/password',
    { schema: { body: passwordChange, querystring: noQuery }, config: { access: 'authenticated' } },
    async (request, reply) => {
      const issued = await accounts.changePassword(
        principalOf(request),
        { currentPassword: request.body.current_password, newPassword: request.body.new_password },
        clientInfo(request),
      );
      setSessionCookie(request, reply, issued);
      return { status: 'success', csrf_token: issued.csrfToken };
    },
  );

  app.get(
    '/api/auth/sessions',
    { schema: { querystring: noQuery }, config: { access: 'authenticated' } },
    async (request) => {
      const principal = principalOf(request);
      const sessions = await store.authSessions.listForUser(principal.userId);
      return {
        sessions: sessions.map((s) => ({ ...sessionView(s), current: s.id === principal.sessionId })),
      };
    },
  );

  app.delete<{ Params: z.infer<typeof idParams> }>(
    '/api/auth/sessions/:id',
    { schema: { params: idParams, querystring: noQuery }, config: { access: 'authenticated' } },
    async (request) => {
      const principal = principalOf(request);
      if (!(await store.authSessions.delete(request.params.id, principal.userId)))
        throw new AppError('not_found');
      const client = clientInfo(request);
      await services.log.record({
        type: 'session_revoked',
        severity: 'info',
        userId: principal.userId,
        client,
        detail: { reason: 'self', session_id: request.params.id },
      });
      return { status: 'success' };
    },
  );

  registerOwnKeyRoutes(app, services);
}

/** The public fields of a login session (never its hash). */
export function sessionView(s: {
  id: string;
  createdAt: Date;
  lastActivityAt: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string;
}) {
  return {
    id: s.id,
    created_at: s.createdAt.toISOString(),
    last_activity_at: s.lastActivityAt.toISOString(),
    expires_at: s.expiresAt.toISOString(),
    ip: s.ip,
    user_agent: s.userAgent,
  };
}
