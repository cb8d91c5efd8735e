import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUser } from './helpers/services.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Asserts the one error shape, with the request id that the header carries. */
function expectError(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toEqual({
    error: code,
    message: expect.any(String),
    status: 'error',
    request_id: response.headers['x-request-id'],
  });
}

describe('bad input on POST /api/chat', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  const json = { 'content-type': 'application/json' };
  it.each([
    ['malformed JSON', json, '{"message": "hi"', 400, 'invalid_request'],
    ['an empty JSON body', json, '', 400, 'invalid_request'],
    [
      'prototype pollution through __proto__',
      json,
      '{"message":"hi","__proto__":{"admin":true}}',
      400,
      'invalid_request',
    ],
    [
      'prototype pollution through constructor',
      json,
      '{"message":"hi","constructor":{"prototype":{"x":1}}}',
      400,
      'invalid_request',
    ],
    ['a text/plain body', { 'content-type': 'text/plain' }, 'hello', 415, 'unsupported_media_type'],
    [
      'a form body',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'message=hi',
      415,
      'unsupported_media_type',
    ],
    ['a missing message', json, '{"context":{}}', 400, 'validation_failed'],
    ['a numeric message', json, '{"message":42}', 400, 'validation_failed'],
    ['a null message', json, '{"message":null}', 400, 'validation_failed'],
    ['an array body', json, '["hi"]', 400, 'validation_failed'],
    ['a blank message', json, '{"message":"   \\n "}', 400, 'validation_failed'],
    ['an unknown top-level field', json, '{"message":"hi","role":"system"}', 400, 'validation_failed'],
    [
      'an unknown context field',
      json,
      '{"message":"hi","context":{"user_id":"admin"}}',
      400,
      'validation_failed',
    ],
    [
      'an unknown agent preference',
      json,
      '{"message":"hi","context":{"agent_preference":"root_agent"}}',
      400,
      'validation_failed',
    ],
    [
      'a non-string session id',
      json,
      '{"message":"hi","context":{"session_id":7}}',
      400,
      'validation_failed',
    ],
    [
      'an invalid time zone',
      json,
      '{"message":"hi","context":{"timezone":"Mars/Olympus"}}',
      400,
      'validation_failed',
    ],
    [
      'a message of 10,001 characters',
      json,
      JSON.stringify({ message: 'a'.repeat(10_001) }),
      400,
      'validation_failed',
    ],
    [
      'a message of 10,001 astral characters',
      json,
      JSON.stringify({ message: '🛡'.repeat(10_001) }),
      400,
      'validation_failed',
    ],
    [
      'a body over 1 MiB',
      json,
      JSON.stringify({ message: 'a'.repeat(1024 * 1024) }),
      413,
      'payload_too_large',
    ],
  ])('answers %s', async (_name, headers, payload, status, code) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { ...user.headers, ...headers },
      payload,
    });
    expectError(response, status, code);
  });

  it('records each rejected input as an input_rejected event, without the input', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'someone', password: 'x'.repeat(5000) },
    });
    expectError(response, 400, 'validation_failed');
    const [event] = await t.services.store.securityEvents.list({ type: 'input_rejected', limit: 1 });
    expect(event).toMatchObject({
      requestId: response.headers['x-request-id'],
      detail: { code: 'validation_failed', route: '/api/auth/login', method: 'POST' },
    });
    expect(JSON.stringify(event)).not.toContain('xxxxxxxx');
  });

  it('rejects query parameters on POST /api/chat', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat?debug=1',
      headers: user.headers,
      payload: { message: 'hi' },
    });
    expectError(response, 400, 'validation_failed');
  });

  it('accepts a message of exactly 10,000 astral characters', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message: '🛡'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['an unknown UUID', '00000000-0000-4000-8000-000000000000', 404, 'not_found'],
    ['an id that is not a UUID', 'not-a-session', 404, 'not_found'],
    ['an id carrying SQL injection', "1' OR '1'='1", 403, 'request_blocked'],
  ])('answers a chat into %s with %i %s and stores nothing', async (_name, sessionId, status, code) => {
    const before = await t.services.store.chat.countSessions();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message: 'hi', context: { session_id: sessionId } },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe(code);
    expect(await t.services.store.chat.countSessions()).toBe(before);
  });

  it('never reveals a stack trace or SQL in an error', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { ...user.headers, ...json },
      payload: '{"message": "x" ',
    });
    expect(response.body).not.toMatch(/at .*\.(js|ts):\d+|SyntaxError|select |insert /i);
  });
});

describe('errors on other routes', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['GET', '/api/nope', 404, 'not_found'],
    ['GET', '/nope/deeper', 404, 'not_found'],
    ['GET', '/..%2f..%2fpackage.json', 403, 'request_blocked'],
    ['GET', '/%2e%2e/%2e%2e/etc/passwd', 403, 'request_blocked'],
    ['GET', "/api/chat/sessions?id=1'%20UNION%20SELECT%20password%20FROM%20users--", 403, 'request_blocked'],
    ['GET', '/.env', 404, 'not_found'],
    ['GET', '/api/chat/sessions/00000000-0000-4000-8000-000000000000/messages', 404, 'not_found'],
    ['GET', '/api/chat/sessions/not-a-uuid/messages', 404, 'not_found'],
    ['GET', '/api/workflow/status?session_id=00000000-0000-4000-8000-000000000000', 404, 'not_found'],
    ['GET', '/api/workflow/status?verbose=1', 400, 'validation_failed'],
    ['GET', '/api/agents?debug=1', 400, 'validation_failed'],
    ['GET', '/api/chat/sessions?user_id=other', 400, 'validation_failed'],
    ['DELETE', '/api/clear', 400, 'validation_failed'],
    ['DELETE', '/api/clear?session_id=00000000-0000-4000-8000-000000000000', 404, 'not_found'],
    ['DELETE', '/api/clear?session_id=a&session_id=b', 400, 'validation_failed'],
  ])('%s %s is %i %s', async (method, url, status, code) => {
    expectError(await t.app.inject({ method: method as 'GET', url, headers: user.headers }), status, code);
  });

  it('ignores a client-supplied request id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/nope',
      headers: { ...user.headers, 'x-request-id': 'forged' },
    });
    expect(response.json().request_id).not.toBe('forged');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
