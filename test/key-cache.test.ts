import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { createTestApp, TEST_NOW } from './helpers/services.js';

describe('remembered API keys', () => {
  it('forget a key revoked in this process at once', async () => {
    const t = await createTestApp();
    try {
      const user = await t.createUser('user');
      const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
      expect((await me()).statusCode).toBe(200);
      const [key] = await t.services.store.apiKeys.list(user.userId);
      await t.services.keys.revoke({ userId: null }, key?.id ?? '', { ip: '127.0.0.1', userAgent: 'test' });
      expect((await me()).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('see a revocation made by another instance within one second, and not a millisecond later', async () => {
    const clock = createManualClock(TEST_NOW);
    const t = await createTestApp({ clock });
    try {
      const user = await t.createUser('user');
      const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: user.headers });
      expect((await me()).statusCode).toBe(200);
      const [key] = await t.services.store.apiKeys.list(user.userId);
      // Another instance writes the revocation straight to the shared database; no event reaches this one.
      await t.services.store.apiKeys.revoke(key?.id ?? '', clock.now());
      clock.advance(999);
      expect((await me()).statusCode).toBe(200);
      clock.advance(1);
      expect((await me()).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
