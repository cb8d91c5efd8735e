import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT_DENY_LIST } from '../config.js';
import { createRequestFilter } from './request-filter.js';

describe('createRequestFilter', () => {
  const filter = createRequestFilter({
    allowList: [],
    denyList: ['198.51.100.0/24', '2001:db8:bad::/48'],
    userAgentDenyList: [...DEFAULT_USER_AGENT_DENY_LIST],
  });

  it.each([
    ['a denied IPv4 block', '198.51.100.77', 'Mozilla/5.0', 'ip_denied'],
    ['a denied block reached through IPv4-mapped IPv6', '::ffff:198.51.100.77', 'Mozilla/5.0', 'ip_denied'],
    ['a denied IPv6 block', '2001:db8:bad:1::5', 'Mozilla/5.0', 'ip_denied'],
    ['sqlmap', '203.0.113.5', 'sqlmap/1.7.2#stable (https://sqlmap.org)', 'user_agent_denied'],
    ['Nikto', '203.0.113.5', 'Mozilla/5.00 (Nikto/2.5.0) (Evasions:None)', 'user_agent_denied'],
    [
      'nuclei',
      '203.0.113.5',
      'Nuclei - Open-source project (github.com/projectdiscovery/nuclei)',
      'user_agent_denied',
    ],
  ])('refuses %s', (_name, ip, userAgent, reason) => {
    expect(filter({ ip, userAgent })).toMatchObject({ allowed: false, reason });
  });

  it.each([
    ['a browser', '203.0.113.5', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0'],
    ['curl', '203.0.113.5', 'curl/8.5.0'],
    ['no user agent', '203.0.113.5', undefined],
    ['the next block over', '198.51.101.1', 'Mozilla/5.0'],
  ])('lets %s through', (_name, ip, userAgent) => {
    expect(filter({ ip, userAgent })).toEqual({ allowed: true });
  });

  it('serves only the allow list when one is set', () => {
    const only = createRequestFilter({ allowList: ['10.0.0.0/8'], denyList: [], userAgentDenyList: [] });
    expect(only({ ip: '10.1.2.3', userAgent: 'x' })).toEqual({ allowed: true });
    expect(only({ ip: '::ffff:10.1.2.3', userAgent: 'x' })).toEqual({ allowed: true });
    expect(only({ ip: '11.1.2.3', userAgent: 'x' })).toMatchObject({
      allowed: false,
      reason: 'ip_not_allowed',
    });
  });

  it('refuses a bad list entry at construction', () => {
    expect(() =>
      createRequestFilter({ allowList: [], denyList: ['300.1.1.1'], userAgentDenyList: [] }),
    ).toThrow();
  });
});
