import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { DECODER_PATTERNS } from './decode.js';
import { inspectRequest, inspectText } from './detector.js';
import { NORMALISE_PATTERNS } from './normalise.js';
import { ALL_RULES } from './rules.js';

const PATTERNS: [string, RegExp][] = [
  ...ALL_RULES.map((r): [string, RegExp] => [r.id, r.pattern]),
  ...Object.entries(NORMALISE_PATTERNS).map(([name, re]): [string, RegExp] => [`normalise.${name}`, re]),
  ...Object.entries(DECODER_PATTERNS).map(([name, re]): [string, RegExp] => [`decode.${name}`, re]),
];

// recheck's automaton checker decides exactly whether a regex can backtrack super-linearly, for regexes
// without backreferences and lookaround. Its default ("auto") may hand a pattern with a bounded repeat
// such as {0,30} to the fuzzing checker, a heuristic that reads the quadratic growth below the bound as
// polynomial; so the exact checker is forced, and the first test makes sure nothing escapes its scope.
const EXACT = { checker: 'automaton', timeout: 20_000 } as const;

describe('regex safety', () => {
  it('uses no backreferences, lookaround or stateful flags (so the automaton check is exact)', () => {
    for (const [id, re] of PATTERNS) {
      expect(re.source, id).not.toMatch(/\\[1-9]|\\k<|\(\?<?[=!]/);
      expect(re.sticky, id).toBe(false);
      if (!id.startsWith('normalise.') && !id.startsWith('decode.')) expect(re.global, id).toBe(false);
    }
  });

  it('has unique rule ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('catches a quadratic pattern (the checker is really checking)', async () => {
    const result = await check('\\.{3,}\\/', '', EXACT);
    expect(result.status).toBe('vulnerable');
  });

  it.each(PATTERNS)('%s is linear-time according to recheck', { timeout: 30_000 }, async (id, re) => {
    const result = await check(re.source, re.flags.replace(/[gy]/g, ''), EXACT);
    let detail = '';
    if (result.status === 'vulnerable') detail = result.attack.pattern;
    if (result.status === 'unknown') detail = JSON.stringify(result.error);
    expect(result.status, `${id}: ${detail}`).toBe('safe');
  });
});

const MIB = 1024 * 1024;
const ADVERSARIAL: Record<string, string> = {
  letters: 'a'.repeat(MIB),
  percents: '%'.repeat(MIB),
  'percent-25': '%25'.repeat(MIB / 3),
  'overlong utf-8': '%c0%ae'.repeat(MIB / 6),
  'iis %u': '%u'.repeat(MIB / 2),
  'angle brackets': '<'.repeat(MIB),
  'single quotes': "'".repeat(MIB),
  'double quotes': '"'.repeat(MIB),
  ampersand: '&#'.repeat(MIB / 2),
  'entity prefix': '&lt'.repeat(MIB / 3),
  backslashes: '\\'.repeat(MIB),
  'js escapes': '\\x3c'.repeat(MIB / 4),
  dots: '.'.repeat(MIB),
  'dot-dot-slash': '../'.repeat(MIB / 3),
  slashes: '/'.repeat(MIB),
  braces: '{{'.repeat(MIB / 2),
  'dollar braces': '${'.repeat(MIB / 2),
  'sql comments': '/*'.repeat(MIB / 2),
  dashes: '-'.repeat(MIB),
  hashes: '#'.repeat(MIB),
  whitespace: ' \t\n'.repeat(MIB / 3),
  'script tags': '<script'.repeat(MIB / 7),
  'union select': 'union select '.repeat(MIB / 13),
  'event handlers': ' onload='.repeat(MIB / 8),
  metacharacters: '\'"<>%&;|`$(){}[]\\/.-#*'.repeat(MIB / 22),
  'nfkc expansion': '\ufdfa'.repeat(MIB),
  base64: 'Li4v'.repeat(MIB / 4),
  digits: '1'.repeat(MIB),
};

describe('bounded work on 1 MiB inputs', () => {
  it.each(Object.entries(ADVERSARIAL))('inspects %s quickly', (_name, text) => {
    const start = performance.now();
    inspectText(text);
    inspectText(text, { context: 'query' });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('inspects a request with 1 MiB in every field quickly', () => {
    const start = performance.now();
    inspectRequest({
      method: 'POST',
      path: `/${'a/'.repeat(MIB / 2)}`,
      query: `q=${'%'.repeat(MIB)}&r=${"'".repeat(MIB)}`,
      headers: {
        'user-agent': '<'.repeat(MIB),
        cookie: `a=${'{{'.repeat(MIB / 2)}`,
        'x-custom': '../'.repeat(MIB / 3),
      },
      body: {
        message: '<script'.repeat(MIB / 7),
        items: Array.from({ length: 10_000 }, () => "' or 1=1 -- ".repeat(20)),
      },
    });
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
