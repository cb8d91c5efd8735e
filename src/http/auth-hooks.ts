import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { ClientInfo } from '../security/accounts.js';
import type { Authenticator } from '../security/authenticate.js';
import type { Controls } from '../security/controls.js';
import type { SecurityLog } from '../security/events.js';
import { normaliseIp } from '../security/ip.js';
import type { Principal } from '../security/principal.js';
import { recordOncePerMinute } from '../security/repeated-refusals.js';
import { isSameOrigin } from '../security/same-origin.js';
import type { SessionManager } from '../security/sessions.js';
import { constantTimeEqual } from '../security/tokens.js';
import type { StateStore } from '../store/state/state-store.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'rampart_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Where the request came from, once worked out; read it through `clientInfo`. */
    client: ClientInfo | null;
  }
}

/** Where a request came from; worked out once per request, as every layer asks. */
export function clientInfo(request: FastifyRequest): ClientInfo {
  if (request.client) return request.client;
  const userAgent = request.headers['user-agent'];
  request.client = {
    ip: normaliseIp(request.ip),
    userAgent: typeof userAgent === 'string' ? userAgent : '',
    requestId: request.id,
  };
  return request.client;
}

/** The API key a request presents (X-API-Key, or Authorization: Bearer), undefined if none. */
export function presentedApiKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (header !== undefined) {
    // Node joins repeated headers with ", "; keys never contain commas.
    if (typeof header !== 'string' || header.includes(',')) {
      throw new AppError('invalid_request', 'Send one X-API-Key header.');
    }
    return header;
  }
  const authorization = request.headers.authorization;
  if (authorization === undefined) return undefined;
  const match = /^Bearer[ ]+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw new AppError('authentication_required');
  return match[1];
}

/**
 * Step [4]: an API key (header only; keys and tokens in URLs are never read) or the session cookie.
 * A presented key that fails is 401 at once; a bad cookie is dropped and the request is anonymous.
 */
export function createAuthenticateHook(authenticator: Authenticator) {
  return function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> | undefined {
    const apiKey = presentedApiKey(request);
    if (apiKey !== undefined) {
      const remembered = authenticator.rememberedApiKey(apiKey);
      if (remembered) {
        request.principal = remembered;
        return;
      }
      return withApiKey(request, apiKey);
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) return withSession(request, reply, token);
  };

  async function withApiKey(request: FastifyRequest, apiKey: string): Promise<void> {
    const principal = await authenticator.fromApiKey(apiKey, clientInfo(request));
    if (!principal) throw new AppError('authentication_required');
    request.principal = principal;
  }

  async function withSession(request: FastifyRequest, reply: FastifyReply, token: string): Promise<void> {
    const principal = await authenticator.fromSession(token, clientInfo(request));
    if (principal) {
      request.principal = principal;
      request.sessionToken = token;
    } else {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  }
}

/**
 * CSRF defence for unsafe methods. Any browser request from another site is refused (that also stops
 * login CSRF); a cookie-authenticated one must in addition prove it is same-origin (Origin or
 * Sec-Fetch-Site) and carry the session's CSRF token. API-key requests carry no ambient credential
 * and are exempt.
 */
export function createCsrfHook(sessions: SessionManager, log: SecurityLog) {
  return function verifyCsrf(request: FastifyRequest): Promise<void> | undefined {
    if (SAFE_METHODS.has(request.method) || request.principal?.method === 'api_key') return;
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    const host = request.headers.host;
    let reason: string | null = null;
    if (origin !== undefined && !isSameOrigin(origin, host)) reason = 'cross_origin';
    else if (fetchSite !== undefined && fetchSite !== 'same-origin') reason = 'cross_site_fetch';
    // Public routes (login, setup) act on no session, so a cookie the browser still holds needs no token.
    else if (request.principal?.method === 'session' && request.sessionToken && !isPublicRoute(request)) {
      const token = request.headers['x-csrf-token'];
      if (origin === undefined && fetchSite !== 'same-origin') reason = 'no_origin';
      else if (typeof token !== 'string') reason = 'token_missing';
      else if (!constantTimeEqual(token, sessions.csrfTokenFor(request.sessionToken)))
        reason = 'token_mismatch';
    }
    if (reason) return refuse(request, reason);
  };

  async function refuse(request: FastifyRequest, reason: string): Promise<void> {
    await log.record({
      type: 'csrf_failed',
      severity: 'warning',
      userId: request.principal?.userId ?? null,
      client: clientInfo(request),
      detail: { reason, route: request.routeOptions.url ?? null, method: request.method },
    });
    throw new AppError('csrf_failed');
  }
}

function isPublicRoute(request: FastifyRequest): boolean {
  return request.routeOptions.config?.access === 'public';
}

/** Step [5]: the route's declared access against the principal; fails closed. */
export function createAuthoriseHook(log: SecurityLog) {
  return function authorise(request: FastifyRequest): Promise<void> | undefined {
    // Unmatched URLs reach only the not-found handler, which reveals nothing.
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    if (!request.principal) throw new AppError('authentication_required');
    if (access === 'authenticated') return;
    if (access !== undefined && request.principal.permissions.has(access)) return;
    return refuse(request, request.principal, access);
  };

  async function refuse(request: FastifyRequest, principal: Principal, access: string | undefined) {
    await log.record({
      type: 'permission_denied',
      severity: 'warning',
      userId: principal.userId,
      client: clientInfo(request),
      detail: {
        permission: access ?? null,
        route: request.routeOptions.url ?? null,
        method: request.method,
        via: principal.method,
      },
    });
    throw new AppError('forbidden');
  }
}

/**
 * During a lockdown (`rampart lockdown on`) only administrators use the API: everyone else gets 503
 * `locked_down`. Public routes (health, login, the pages) stay open, so an administrator can sign in.
 * Each refused client is noted once a minute, not on every request.
 */
export function createLockdownHook(deps: {
  controls: Controls;
  log: SecurityLog;
  state: StateStore;
  clock: Clock;
}) {
  return function refuseDuringLockdown(request: FastifyRequest): Promise<void> | undefined {
    if (!deps.controls.current().lockdown || request.is404) return;
    if (request.routeOptions.config.access === 'public' || request.principal?.role === 'admin') return;
    return refuse(request);
  };

  async function refuse(request: FastifyRequest): Promise<void> {
    const client = clientInfo(request);
    await recordOncePerMinute(deps, `lockdown:${request.principal?.userId ?? client.ip}`, {
      type: 'lockdown_refused',
      severity: 'info',
      userId: request.principal?.userId ?? null,
      client,
      detail: { route: request.routeOptions.url ?? null, method: request.method },
    });
    throw new AppError('locked_down');
  }
}
