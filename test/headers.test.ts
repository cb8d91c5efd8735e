import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_SECURITY_HEADERS, PERMISSIONS_POLICY } from '../src/security/headers.js';
import { createTestApp, type TestUser } from './helpers/services.js';

const EXACT = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-xss-protection': '0',
};

describe('security headers', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['a JSON answer', 'GET', '/health', {}, undefined, 200],
    ['the web page', 'GET', '/', {}, undefined, 200],
    ['a static script', 'GET', '/app.js', {}, undefined, 200],
    ['a HEAD answer', 'HEAD', '/health', {}, undefined, 200],
    ['a 404', 'GET', '/no/such/thing', {}, undefined, 404],
    ['a 401', 'GET', '/api/auth/me', {}, undefined, 401],
    ['a 403', 'GET', '/api/admin/users', 'user', undefined, 403],
    ['a 400 from the schema', 'POST', '/api/chat', 'user', { message: 42 }, 400],
    ['a 400 from the JSON parser', 'POST', '/api/chat', 'user', '{"message":', 400],
    ['a 415', 'POST', '/api/chat', 'user', 'text', 415],
  ])('are all on %s', async (_name, method, url, who, payload, status) => {
    const headers: Record<string, string> = who === 'user' ? { ...user.headers } : {};
    if (payload === 'text') headers['content-type'] = 'text/plain';
    else if (typeof payload === 'string') headers['content-type'] = 'application/json';
    const response = await t.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload === 'text' ? 'hello' : payload }),
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(EXACT);
    expect(response.headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers.server).toBeUndefined();
  });

  it('sends exactly the documented set, built once', () => {
    expect(Object.isFrozen(HTTP_SECURITY_HEADERS)).toBe(true);
    expect(HTTP_SECURITY_HEADERS).toEqual({ ...EXACT, 'permissions-policy': PERMISSIONS_POLICY });
  });

  it('marks API answers as not cacheable, and leaves static files cacheable', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
    expect(api.headers['cache-control']).toBe('no-store');
    const page = await t.app.inject({ method: 'GET', url: '/style.css' });
    expect(page.headers['cache-control']).not.toBe('no-store');
  });
});
