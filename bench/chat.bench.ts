import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createTestApp } from '../test/helpers/services.js';

// What one chat turn costs next to the cheapest route, in the same process and run. Compare the
// ratios vitest prints ("x times faster than"), not absolute numbers across machines.
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { message: 'Schedule a meeting tomorrow at 2 PM' },
  });
});
afterAll(async () => {
  await t.close();
});

describe('request cost through the whole pipeline (SQLite, offline agents)', () => {
  bench('GET /health (baseline)', async () => {
    await t.app.inject({ method: 'GET', url: '/health' });
  });
  bench('POST /api/chat rejected by the schema', async () => {
    await t.app.inject({ method: 'POST', url: '/api/chat', payload: { message: 42 } });
  });
  bench('POST /api/chat small talk (coordinator only)', async () => {
    await t.app.inject({ method: 'POST', url: '/api/chat', payload: { message: 'hello' } });
  });
  bench('POST /api/chat calendar listing (delegation + tool)', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { message: "What's on my schedule tomorrow?" },
    });
  });
});
