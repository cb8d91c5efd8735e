import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { type RedactionKind, sanitiseSearchQuery } from './query-policy.js';
import { REDACTION_PATTERNS } from './redact.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

// Fake secrets are generated rather than written out, so secret scanners never see a whole one in the
// repository; xorshift keeps them identical on every run.
function fake(length: number, seed: number, alphabet = BASE62): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const pem = (edge: 'BEGIN' | 'END', kind: string) => `-----${edge} ${kind}PRIVATE KEY-----`;
const JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${fake(43, 7)}`;
const RANDOM = fake(32, 8);
const SHA = fake(40, 9, '0123456789abcdef');

const RSA_BODY = fake(64, 1);
const SSH_BODY = fake(70, 2);
const RSA = `${pem('BEGIN', 'RSA ')}\n${RSA_BODY}\n${pem('END', 'RSA ')}`;
const TWO_PEMS = `${pem('BEGIN', '')} ab ${pem('END', '')} or ${pem('BEGIN', 'EC ')} cd ${pem('END', 'EC ')}`;
const [AKIA, ASIA] = [`AKIA${fake(16, 10, UPPER_ALNUM)}`, `ASIA${fake(16, 11, UPPER_ALNUM)}`];
const GITHUB = [`ghp_${fake(36, 12)}`, `github_pat_${fake(22, 13)}_${fake(59, 14)}`];
const STRIPE = ['sk', 'rk', 'pk'].map((p, i) => `${p}_live_${fake(24, 17 + i)}`);

// What each placeholder stands for: expected counts are read off the expected query.
const KIND_OF: Record<string, RedactionKind> = {
  '[private-key]': 'private_key',
  '[key]': 'api_key',
  '[email]': 'email',
  '[card]': 'payment_card',
  '[iban]': 'iban',
  '[phone]': 'phone',
  '[redacted]': 'high_entropy',
};

function countsIn(query: string): Partial<Record<RedactionKind, number>> {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const [placeholder] of query.matchAll(/\[[a-z-]+\]/g)) {
    const kind = KIND_OF[placeholder];
    if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

// [expected query, input, a secret that must not survive]
const HOSTILE: [string, string, string][] = [
  ['[private-key] what is this', `${RSA}\nwhat is this`, RSA_BODY],
  ['why [private-key]', `why ${pem('BEGIN', 'OPENSSH ')}\n${SSH_BODY}`, SSH_BODY],
  ['[private-key] or [private-key] ok', `${TWO_PEMS} ok`, 'PRIVATE KEY'],
  ['why [private-key]', `why -----BEGIN PGP PRIVATE KEY BLOCK----- ${SSH_BODY}`, SSH_BODY],
  ['error with [key] today', `error with sk-proj-${fake(48, 3)} today`, fake(48, 3)],
  ['[key] invalid', `sk-ant-api03-${fake(93, 4)}AA invalid`, fake(93, 4)],
  ['key [key]', `key sk-${fake(48, 5)}`, fake(48, 5)],
  ['[key] revoked?', `rmp_${fake(50, 6)} revoked?`, fake(50, 6)],
  ['[key] and [key]', `${AKIA} and ${ASIA}`, AKIA],
  ['[key] and [key]', `${AKIA} and ${ASIA}`, ASIA],
  ['[key] [key]', GITHUB.join(' '), fake(36, 12)],
  ['[key] [key]', GITHUB.join(' '), fake(59, 14)],
  ['[key]', `xoxb-123456789012-1234567890123-${fake(24, 15)}`, fake(24, 15)],
  ['maps [key]', `maps AIza${fake(35, 16)}`, fake(35, 16)],
  ['[key] [key] [key]', STRIPE.join(' '), fake(24, 17)],
  ['decode [key] please', `decode ${JWT} please`, JWT.slice(30)],
  ['curl Bearer [key] 401', `curl Bearer ${fake(40, 20)} 401`, fake(40, 20)],
  ['Authorization: Basic [key]', `Authorization: Basic ${fake(20, 21)}`, fake(20, 21)],
  ['Authorization: Bearer [key]', `Authorization: Bearer ${JWT}`, JWT.slice(30)],
  ['why does password=[key] fail', 'why does password=hunter2 fail', 'hunter2'],
  ['db_password: [key] rejected', 'db_password: "s3cr3t pass" rejected', 's3cr3t'],
  ['https://api.example.com/v1?api_key=[key]', 'https://api.example.com/v1?api_key=Zx81kq&page=2', 'Zx81kq'],
  ['x-auth-token: [key] expired', 'x-auth-token: abc123 expired', 'abc123'],
  ['contact [email] today', 'contact john.doe@example.com today', 'john.doe'],
  ['[email].', 'user.name+news@sub.example.co.uk.', 'user.name'],
  ['[email]', 'María.García@correo.es', 'García'],
  ['mail [email]', 'mail name [at] example [dot] com', 'example'],
  ['[email]', 'name(at)example.com', 'example'],
  ['[email]', 'name {at} mail {dot} example {dot} org', 'example'],
  ['[email]', 'jo\u200bhn@exa\u200bmple.com', 'exa'],
  ['[email]', 'jo\u00adhn@exam\u202eple.com', 'exam'],
  ['[email]', 'ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ｊｏｈｎ'],
  ['John [email]', '"John" <john@example.com>', 'john@'],
  ['card [card] declined', 'card 4111 1111 1111 1111 declined', '4111 1111'],
  ['[card]', '5500-0000-0000-0004', '5500'],
  ['amex [card]', 'amex 378282246310005', '378282'],
  ['[card]', '3782 822463 10005', '822463'],
  ['[card]', '４１１１ １１１１ １１１１ １１１１', '１１１１'],
  ['[card]', '4111\u200b1111\u200b1111\u200b1111', '1111'],
  ['pay 2026-11-26 [card] now', 'pay 2026-11-26 4111 1111 1111 1111 now', '4111'],
  ['[card] [card]', '4111 1111 1111 1111 5500 0000 0000 0004', '5500'],
  ['IBAN [iban] please', 'IBAN GB82 WEST 1234 5698 7654 32 please', 'WEST'],
  ['[iban]', 'DE89370400440532013000', '3704'],
  ['[iban]', 'fr14 2004 1010 0505 0001 3m02 606', '3m02'],
  ['call [phone]', 'call +1 (555) 123-4567', '4567'],
  ['[phone] office', '+44 20 7946 0958 office', '7946'],
  ['[phone] or [phone]', '+49-30-1234-5678 or +33.1.23.45.67.89', '45.67'],
  ['[phone], [phone], [phone]', '(555) 123-4567, 555-123-4567, 555.123.4567', '4567'],
  ['[phone] / [phone] / [phone]', '030 1234 5678 / 0151 23456789 / 06 12 34 56 78', '23456789'],
  ['ring [phone] at 14:00', 'ring +49 30 1234 5678 at 14:00', '5678'],
  ['what is [redacted]', `what is ${RANDOM}`, RANDOM],
  ['commit [redacted]', `commit ${SHA}`, SHA],
  ['decode [redacted]', `decode ${fake(38, 22)}==`, fake(38, 22)],
  ['docs.example.com/d/[redacted]/edit', `docs.example.com/d/${fake(44, 23)}/edit`, fake(44, 23)],
  ['[email] [card] [key]', `a@b.io 4111111111111111 sk-${fake(40, 24)}`, 'a@b.io'],
  ['[card]', "4111'1111'1111'1111", '1111'],
  ['mail [email]', 'mail john"@"example.com', 'john'],
  ['[key]', `${AKIA.slice(0, 10)}\`${AKIA.slice(10)}`, AKIA.slice(4)],
];

describe('sanitiseSearchQuery redaction', () => {
  it.each(HOSTILE)('gives %s', (query, input, secret) => {
    const result = sanitiseSearchQuery(input);
    expect(result.query).toBe(query);
    expect(result.redactions).toEqual(countsIn(query));
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('reports counts by kind and nothing else', () => {
    const result = sanitiseSearchQuery(`x@example.com y@example.com ${RANDOM} password=hunter2`);
    expect(result.redactions).toEqual({ email: 2, high_entropy: 1, api_key: 1 });
    for (const count of Object.values(result.redactions)) expect(Number.isInteger(count)).toBe(true);
    expect(JSON.stringify(result.redactions)).not.toMatch(/example|hunter2|@/);
    expect(Object.isFrozen(result.redactions)).toBe(true);
  });
});

describe('sanitiseSearchQuery benign queries', () => {
  it.each([
    'weather in Lisbon tomorrow',
    'node 20.20.2 release notes',
    'meeting on 2026-11-26 at 14:00',
    'appointment 26.11.2026 14:00',
    'iphone 15 price $1,299.99',
    'what is internationalization',
    'Donaudampfschifffahrt history',
    'state-of-the-art-machine-learning papers',
    'RFC 9110 section 15.5.5',
    'order 12345678',
    'order 4111111111111112 status',
    'git commit a1b2c3d',
    'revert a1b2c3d4e5f6 safely',
    'semver 1.2.3 vs v20.20.2',
    'top 10 films of 2026',
    'https://github.com/nodejs/node/issues/51234',
    'docs.aws.amazon.com/AmazonS3/latest/userguide/UsingBucket.html',
    'react useEffectCleanupFunction XMLHttpRequestEventTarget',
    'npm i lodash@4.17.21',
    'sk-learn-tutorial-for-beginners',
    'design tokens: best practices',
  ])('%s passes through unchanged', (input) => {
    expect(sanitiseSearchQuery(input)).toEqual({
      query: input,
      originalLength: input.length,
      truncated: false,
      redactions: {},
    });
  });

  it('only loses its quotes and angle brackets', () => {
    const result = sanitiseSearchQuery('what\'s the "best" <b>pizza</b> in Napoli?');
    expect(result.query).toBe('whats the best bpizza/b in Napoli?');
    expect(result.redactions).toEqual({});
  });
});

describe('sanitiseSearchQuery normalisation and stripping', () => {
  it.each([
    ['zero-width characters', 'a\u200bb\u200cc\u200dd\u2060e\ufefff', 'abcdef'],
    ['bidi controls', '\u202eevil\u202c \u2066x\u2069', 'evil x'],
    ['tag characters', 'tag\u{E0041}\u{E0042}\u{E007F}s', 'tags'],
    ['newlines and tabs', 'line1\nline2\r\n\tline3', 'line1 line2 line3'],
    ['C0 and C1 controls', 'nul\u0000and\u0085nel\u007fdel', 'nul and nel del'],
    ['whitespace runs', '  lots   of\u00a0\u2003space  ', 'lots of space'],
    ['NFKC', 'ﬁnal ①②③ Ｈｅｌｌｏ', 'final 123 Hello'],
    ['lone surrogates', 'a\ud800b\udc00c', 'abc'],
    ['straight quotes and backticks', 'he said "hi" it\'s `code`', 'he said hi its code'],
    ['angle brackets', '<script>alert(1)</script>', 'scriptalert(1)/script'],
    [
      'typographic quotes',
      '“smart” ‘single’ «guillemets» ‹angle› „low‟',
      'smart single guillemets angle low',
    ],
    ['full-width quotes and brackets', '＂full＂ ＇width＇ ＜tag＞ ｀tick｀', 'full width tag tick'],
    ['a lone quote between words', 'a " b', 'a b'],
  ])('%s', (_label, input, expected) => {
    expect(sanitiseSearchQuery(input).query).toBe(expected);
  });
});

describe('sanitiseSearchQuery truncation', () => {
  it('cuts a 600-character query to 500 and says so', () => {
    const result = sanitiseSearchQuery('x'.repeat(600));
    expect(result).toEqual({ query: 'x'.repeat(500), originalLength: 600, truncated: true, redactions: {} });
  });

  it('keeps a 500-character query whole', () => {
    expect(sanitiseSearchQuery('x'.repeat(500)).truncated).toBe(false);
  });

  it('trims after cutting', () => {
    expect(sanitiseSearchQuery('word '.repeat(120)).query).toBe('word '.repeat(100).trim());
  });

  it.each([
    ['ends on the boundary', `${'a'.repeat(499)}😀${'b'.repeat(100)}`, `${'a'.repeat(499)}😀`],
    ['starts after the boundary', `${'a'.repeat(500)}😀`, 'a'.repeat(500)],
  ])('never splits an astral character that %s', (_label, input, expected) => {
    const result = sanitiseSearchQuery(input);
    expect(result.query).toBe(expected);
    expect(result.truncated).toBe(true);
    expect(result.query).not.toMatch(/\p{Cs}/u);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(sanitiseSearchQuery('😀😀😀').originalLength).toBe(3);
    expect(sanitiseSearchQuery('😀😀😀', { maxChars: 2 }).query).toBe('😀😀');
  });

  it('redacts before cutting, so a secret at the boundary never leaks in part', () => {
    const result = sanitiseSearchQuery(`${'a'.repeat(490)} john.doe@example.com tail`);
    expect(result.query).toBe(`${'a'.repeat(490)} [email] t`);
    expect(result.redactions).toEqual({ email: 1 });
  });

  it.each([0, -1, 1.5, 10_001, Number.NaN, Number.POSITIVE_INFINITY, '500'])(
    'rejects maxChars %s',
    (maxChars) => {
      expect(() => sanitiseSearchQuery('q', { maxChars: maxChars as number })).toThrow(/maxChars/);
    },
  );

  it.each([1, 10_000])('accepts maxChars %s', (maxChars) => {
    expect(sanitiseSearchQuery('query', { maxChars }).query).toBe('query'.slice(0, maxChars));
  });
});

const MB = 1_000_000;
const ADVERSARIAL: Record<string, string> = {
  "'a@' × 500k": 'a@'.repeat(MB / 2),
  "'1 ' × 500k": '1 '.repeat(MB / 2),
  "'A' × 1M": 'A'.repeat(MB),
  "'1' × 1M": '1'.repeat(MB),
  "'x [at] ' × 143k": 'x [at] '.repeat(MB / 7),
  "'4111 ' × 200k": '4111 '.repeat(MB / 5),
  "'+1 (555) ' × 111k": '+1 (555) '.repeat(MB / 9),
  "'0151 ' × 200k": '0151 '.repeat(MB / 5),
  "'GB82 ' × 200k": 'GB82 '.repeat(MB / 5),
  "'password=' × 111k": 'password='.repeat(MB / 9),
  "'eyJ' × 333k": 'eyJ'.repeat(MB / 3),
  "'sk-a1' × 200k": 'sk-a1'.repeat(MB / 5),
  'BEGIN lines': pem('BEGIN', '').repeat(MB / 27),
  'random base64': fake(MB, 25, `${BASE62}+/`),
  'zero-width joiners': 'a\u200d'.repeat(MB / 2),
};

describe('sanitiseSearchQuery bounded work', () => {
  it.each(Object.entries(ADVERSARIAL))('processes %s in under a second (linear time)', (_name, text) => {
    // The fastest of three runs measures the algorithm rather than a garbage collection or a busy machine.
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      sanitiseSearchQuery(text);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(1000);
  });

  it('uses no backreferences or lookaround (so the automaton check below is exact)', () => {
    for (const [name, re] of Object.entries(REDACTION_PATTERNS))
      expect(re.source, name).not.toMatch(/\\[1-9]|\\k<|\(\?<?[=!]/);
  });

  it.each(Object.entries(REDACTION_PATTERNS))(
    '%s is linear-time according to recheck',
    { timeout: 30_000 },
    async (name, re) => {
      const result = await check(re.source, re.flags.replace(/[gy]/g, ''), {
        checker: 'automaton',
        timeout: 20_000,
      });
      expect(result.status, name).toBe('safe');
    },
  );
});
