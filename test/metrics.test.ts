import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/services.js';

describe('GET /metrics', () => {
  it('reports requests, denials by layer, rate-limit hits, events and active bans in Prometheus text', async () => {
    const t = await createTestApp();
    try {
      const operator = await t.createUser('operator');
      await t.app.inject({ method: 'GET', url: '/health' });
      await t.app.inject({ method: 'GET', url: '/api/auth/me' });
      await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: operator.headers });
      await t.services.bans.ban({
        subjectType: 'ip',
        subject: '198.51.100.1',
        reason: 'x',
        source: 'cli',
        actor: null,
        durationMs: 60_000,
      });
      const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: operator.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = response.body;
      expect(text).toContain('rampart_http_requests_total{method="GET",route="/health",status="200"} 1');
      expect(text).toContain('rampart_denials_total{layer="authenticate",code="authentication_required"} 1');
      expect(text).toContain('rampart_denials_total{layer="authorise",code="forbidden"} 1');
      expect(text).toContain('rampart_security_events_total{type="permission_denied"} 1');
      expect(text).toContain('rampart_active_bans 1');
      expect(text).toContain('rampart_rate_limit_hits_total 0');
    } finally {
      await t.close();
    }
  });

  it('needs security:read', async () => {
    const t = await createTestApp();
    try {
      const user = await t.createUser('user');
      expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: user.headers })).statusCode).toBe(
        403,
      );
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
