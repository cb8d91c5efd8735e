import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createTestApp, type TestUser } from '../test/helpers/services.js';

// The cost of signing in (argon2id dominates) and of each authenticated request, next to an
// anonymous baseline in the same process and run. Compare the printed ratios, not absolute numbers.
let t: Awaited<ReturnType<typeof createTestApp>>;
let user: TestUser;
let cookie = '';
beforeAll(async () => {
  t = await createTestApp();
  user = await t.createUser('user');
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
  });
  cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
});
afterAll(async () => {
  await t.close();
});

describe('authentication cost per request', () => {
  bench('GET /health, anonymous (baseline)', async () => {
    await t.app.inject({ method: 'GET', url: '/health' });
  });
  bench('GET /api/auth/me with an API key', async () => {
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
  });
  bench('GET /api/auth/me with a session cookie', async () => {
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  });
  bench(
    'POST /api/auth/login (argon2id verify)',
    async () => {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
    },
    { iterations: 20 },
  );
});
