import { describe, expect, it } from 'vitest';
import { PIPELINE_STEPS } from '../src/http/pipeline.js';
import { createTestApp } from './helpers/services.js';

describe('pipeline order', () => {
  it('is written once, in the order of the architecture', () => {
    expect(PIPELINE_STEPS.map((s) => s.name)).toEqual([
      'filter',
      'intrusion',
      'rateLimit',
      'authenticate',
      'authorise',
      'validate',
    ]);
  });

  it('answers a request that breaks every rule with the first layer that refuses it', async () => {
    const t = await createTestApp({
      env: { IP_DENY_LIST: '198.51.100.66', RATE_LIMIT_IP_PER_HOUR: '1', RATE_LIMIT_HEALTH_PER_MINUTE: '1' },
    });
    try {
      const guest = await t.createUser('guest');
      await t.services.bans.ban({
        subjectType: 'ip',
        subject: '198.51.100.77',
        reason: 'x',
        source: 'cli',
        actor: null,
        durationMs: 60_000,
      });
      const hostile = { 'user-agent': 'sqlmap/1.7', 'x-api-key': 'rmp_forged' };
      const code = async (
        ip: string,
        headers: Record<string, string>,
        url = '/api/admin/users?q=%3Cscript%3E',
      ) => {
        const response = await t.app.inject({
          method: 'POST',
          url,
          remoteAddress: ip,
          headers,
          payload: { a: 1 },
        });
        return response.json().error as string;
      };
      // [1] the filter refuses a denied address or a scanner before anything else.
      expect(await code('198.51.100.66', hostile)).toBe('request_blocked');
      // [2] then a banned address.
      expect(await code('198.51.100.77', { 'x-api-key': 'rmp_forged' })).toBe('ip_blocked');
      // [2] then an attack signature in the query.
      expect(await code('198.51.100.78', { 'x-api-key': 'rmp_forged' })).toBe('request_blocked');
      // [3] then the per-address limit (one request per hour here: the second is refused).
      await code('198.51.100.79', {}, '/api/admin/users');
      expect(await code('198.51.100.79', { 'x-api-key': 'rmp_forged' }, '/api/admin/users')).toBe(
        'rate_limited',
      );
      // [4] then a bad credential.
      expect(await code('198.51.100.80', { 'x-api-key': 'rmp_forged' }, '/api/admin/users')).toBe(
        'authentication_required',
      );
      // [5] then the missing permission, before the body is even looked at.
      expect(await code('198.51.100.81', guest.headers, '/api/admin/users')).toBe('forbidden');
    } finally {
      await t.close();
    }
  });
});
