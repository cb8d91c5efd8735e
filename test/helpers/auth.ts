import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Services } from '../../src/services.js';
import type { SecurityEvent } from '../../src/store/security-events-repository.js';

/** The name of the session cookie. */
export const COOKIE = 'rampart_session';

/**
 * The Host the auth tests send with unsafe cookie requests, and the matching browser Origin. A
 * non-default port keeps these tests independent of how default ports are compared (auth-csrf
 * covers that case on its own).
 */
export const HOST = 'rampart.test:3000';
export const SAME_ORIGIN = `http://${HOST}`;

/** A signed-in browser: the cookie's token and the CSRF token the login returned. */
export interface BrowserSession {
  token: string;
  csrf: string;
  /** The session's id: the part of the token before the dot. */
  id: string;
}

/** Asserts the one error shape, with the request id that the header carries. */
export function expectError(response: LightMyRequestResponse, status: number, code: string): void {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toEqual({
    error: code,
    message: expect.any(String),
    status: 'error',
    request_id: response.headers['x-request-id'],
  });
}

/** The raw Set-Cookie line of the session cookie, or undefined when the response sets none. */
export function sessionSetCookie(response: LightMyRequestResponse): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.find((line) => line.startsWith(`${COOKIE}=`));
}

/** Whether the response tells the browser to drop the session cookie. */
export function clearsSessionCookie(response: LightMyRequestResponse): boolean {
  const line = sessionSetCookie(response) ?? '';
  return (
    line.startsWith(`${COOKIE}=;`) && (/Max-Age=0/i.test(line) || /Expires=Thu, 01 Jan 1970/i.test(line))
  );
}

/** The session a response's Set-Cookie and body (`csrf_token`) establish. */
export function sessionFrom(response: LightMyRequestResponse): BrowserSession {
  const cookie = response.cookies.find((c) => c.name === COOKIE);
  const token = cookie?.value ?? '';
  expect(token).toMatch(/^[0-9A-Za-z]{24}\.[0-9A-Za-z]{32}$/);
  const csrf = (response.json() as { csrf_token?: unknown }).csrf_token;
  expect(typeof csrf).toBe('string');
  return { token, csrf: csrf as string, id: token.slice(0, 24) };
}

/** Signs in through POST /api/auth/login and returns the session (asserting 200). */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  remoteAddress?: string,
): Promise<BrowserSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  expect(response.statusCode).toBe(200);
  return sessionFrom(response);
}

/** Headers for a safe (GET) cookie request. */
export function cookieHeaders(session: BrowserSession): { cookie: string } {
  return { cookie: `${COOKIE}=${session.token}` };
}

/** Headers for an unsafe cookie request that passes the CSRF check: same Origin and the CSRF token. */
export function unsafeHeaders(session: BrowserSession): Record<string, string> {
  return { ...cookieHeaders(session), host: HOST, origin: SAME_ORIGIN, 'x-csrf-token': session.csrf };
}

/** The security event of `type` recorded while serving `response` (matched by request id). */
export async function eventFor(
  services: Services,
  response: LightMyRequestResponse,
  type: string,
): Promise<SecurityEvent | undefined> {
  const requestId = response.headers['x-request-id'];
  expect(typeof requestId).toBe('string');
  const events = await services.store.securityEvents.list({ type, limit: 1000 });
  return events.find((e) => e.requestId === requestId);
}

/** Asserts an event of `type` with `detail.reason === reason` was recorded for `response`. */
export async function expectEvent(
  services: Services,
  response: LightMyRequestResponse,
  type: string,
  reason?: string,
): Promise<SecurityEvent> {
  const event = await eventFor(services, response, type);
  expect(event, `a ${type} event for this request`).toBeDefined();
  if (reason !== undefined) expect(event?.detail.reason).toBe(reason);
  return event as SecurityEvent;
}

/** Asserts the client's response says nothing of the internal reason. */
export function expectNoLeak(response: LightMyRequestResponse, ...internal: string[]): void {
  for (const word of internal) expect(response.body).not.toContain(word);
}
