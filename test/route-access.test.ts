import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permission, RouteAccess } from '../src/security/permissions.js';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../src/security/roles.js';
import { createTestApp } from './helpers/services.js';

/**
 * Every route and the access it must declare. A new route that is missing here fails the first test;
 * a route registered without any declaration cannot even start (installPipeline throws).
 */
const EXPECTED: Record<string, RouteAccess> = {
  'GET /health': 'public',
  'GET /api/health': 'public',
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/logout-all': 'authenticated',
  'GET /api/auth/me': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  'GET /api/auth/sessions': 'authenticated',
  'DELETE /api/auth/sessions/:id': 'authenticated',
  'GET /api/auth/keys': 'keys:own',
  'POST /api/auth/keys': 'keys:own',
  'DELETE /api/auth/keys/:id': 'keys:own',
  'POST /api/auth/keys/:id/rotate': 'keys:own',
  'GET /api/admin/users': 'users:manage',
  'POST /api/admin/users': 'users:manage',
  'PATCH /api/admin/users/:id': 'users:manage',
  'POST /api/admin/users/:id/password': 'users:manage',
  'GET /api/admin/api-keys': 'security:read',
  'DELETE /api/admin/api-keys/:id': 'security:write',
  'GET /api/admin/sessions': 'security:read',
  'DELETE /api/admin/sessions/:id': 'security:write',
  'DELETE /api/admin/users/:id/sessions': 'security:write',
  'GET /api/admin/security-events': 'security:read',
  'GET /api/admin/blocks': 'security:read',
  'POST /api/admin/blocks': 'security:write',
  'DELETE /api/admin/blocks/:id': 'security:write',
  'GET /metrics': 'security:read',
  'GET /api/agents': 'chat:use',
  'POST /api/chat': 'chat:use',
  'GET /api/chat/sessions': 'chat:use',
  'GET /api/chat/sessions/:id/messages': 'chat:use',
  'GET /api/workflow/status': 'chat:use',
  'DELETE /api/clear': 'chat:use',
  'GET /ws/chat': 'chat:use',
  'GET /': 'public',
  'GET /:asset': 'public',
};

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

type Caller = {
  name: string;
  /** Headers for one request (a session caller gets a fresh session each time, as logout ends it). */
  headers: () => Promise<Record<string, string>>;
  permissions: ReadonlySet<Permission> | null;
};

/** What a caller must get: through (any status but 401/403), or the exact denial code. */
function expectedOutcome(
  access: RouteAccess,
  caller: Caller,
): 'through' | 'authentication_required' | 'forbidden' {
  if (access === 'public') return 'through';
  if (caller.permissions === null) return 'authentication_required';
  if (access === 'authenticated' || caller.permissions.has(access)) return 'through';
  return 'forbidden';
}

function outcomeOf(response: LightMyRequestResponse): string {
  if (response.statusCode !== 401 && response.statusCode !== 403) return 'through';
  // HEAD answers carry no body; their status alone names the denial.
  if (response.body === '') return response.statusCode === 401 ? 'authentication_required' : 'forbidden';
  return response.json().error;
}

describe('access to every route, for every kind of caller', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const callers: Caller[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    callers.push({ name: 'anonymous', headers: async () => ({}), permissions: null });
    for (const role of ROLES) {
      const user = await t.createUser(role);
      callers.push({
        name: `${role} (API key)`,
        headers: async () => user.headers,
        permissions: ROLE_PERMISSIONS[role as Role],
      });
    }
    const owner = await t.createUser('user');
    const scoped = await t.services.keys.create(
      { userId: owner.userId, permissions: 'all' },
      owner.userId,
      { name: 'narrow', scopes: ['chat:use'] },
      { ip: '127.0.0.1', userAgent: 'test' },
    );
    callers.push({
      name: 'key scoped to chat:use',
      headers: async () => ({ 'x-api-key': scoped.key }),
      permissions: new Set(['chat:use']),
    });
    const sessionUser = await t.createUser('user');
    callers.push({
      name: 'user (session cookie)',
      headers: async () => {
        const { token } = await t.services.sessions.create(sessionUser.userId, {
          ip: '127.0.0.1',
          userAgent: 'test',
        });
        return {
          cookie: `rampart_session=${token}`,
          origin: 'http://localhost:80',
          'x-csrf-token': t.services.sessions.csrfTokenFor(token),
        };
      },
      permissions: ROLE_PERMISSIONS.user,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('declares exactly the expected access on every registered route', () => {
    const registered = Object.fromEntries(
      t.app.routeTable.filter((r) => r.method !== 'HEAD').map((r) => [`${r.method} ${r.url}`, r.access]),
    );
    expect(registered).toEqual(EXPECTED);
    for (const head of t.app.routeTable.filter((r) => r.method === 'HEAD')) {
      expect(head.access).toBe(EXPECTED[`GET ${head.url}`]);
    }
  });

  it('lets each caller through exactly where its permissions allow', async () => {
    const mismatches: string[] = [];
    for (const route of t.app.routeTable) {
      const url = route.url.replace(':asset', 'app.js').replace(':id', MISSING_ID);
      for (const caller of callers) {
        const hasBody = ['POST', 'PATCH'].includes(route.method);
        const response = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: {
            ...(await caller.headers()),
            ...(hasBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(hasBody ? { payload: '{}' } : {}),
        });
        const expected = expectedOutcome(route.access, caller);
        const actual = outcomeOf(response);
        if (actual !== expected)
          mismatches.push(`${route.method} ${route.url} as ${caller.name}: ${actual}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('records a permission_denied event for each forbidden request', async () => {
    const before = (await t.services.store.securityEvents.list({ type: 'permission_denied', limit: 1000 }))
      .length;
    const guest = callers.find((c) => c.name === 'guest (API key)');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: (await guest?.headers()) ?? {},
    });
    expect(response.statusCode).toBe(403);
    const events = await t.services.store.securityEvents.list({ type: 'permission_denied', limit: 1000 });
    expect(events).toHaveLength(before + 1);
    expect(events[0]?.detail).toMatchObject({
      permission: 'users:manage',
      route: '/api/admin/users',
      via: 'api_key',
    });
    expect(response.body).not.toContain('users:manage');
  });
});
