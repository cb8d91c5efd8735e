import { timingSafeEqual } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { constantTimeEqual, crc32Base62, randomBase62, sha256Hex } from './tokens.js';

// The real timingSafeEqual, wrapped in a spy, so the tests can see that a comparison always happens.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, default: real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('randomBase62', () => {
  it.each([0, 1, 6, 24, 32, 1000])('returns exactly %i characters', (length) => {
    expect(randomBase62(length)).toHaveLength(length);
  });

  it('returns only base62 characters', () => {
    expect(randomBase62(10_000)).toMatch(/^[0-9A-Za-z]{10000}$/);
  });

  it('returns a different string every time', () => {
    const values = new Set(Array.from({ length: 1000 }, () => randomBase62(24)));
    expect(values.size).toBe(1000);
  });

  it('uses every one of the 62 symbols within 15% of the mean over 100k characters (no modulo bias)', () => {
    const sample = randomBase62(100_000);
    const counts = new Map<string, number>();
    for (const char of sample) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const mean = 100_000 / 62;
    for (const symbol of BASE62) {
      const count = counts.get(symbol) ?? 0;
      expect(count, `symbol ${symbol}`).toBeGreaterThanOrEqual(mean * 0.85);
      expect(count, `symbol ${symbol}`).toBeLessThanOrEqual(mean * 1.15);
    }
  });
});

describe('sha256Hex', () => {
  it('matches the known SHA-256 of "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // SHA-256 of the two UTF-8 bytes C3 A9 ("é").
    expect(sha256Hex('é')).toBe(sha256Hex(Buffer.from([0xc3, 0xa9]).toString('utf8')));
    expect(sha256Hex('é')).not.toBe(sha256Hex('e\u0301'));
  });
});

describe('constantTimeEqual', () => {
  const spy = vi.mocked(timingSafeEqual);
  beforeEach(() => {
    spy.mockClear();
  });

  it.each([
    ['', '', true],
    ['a', 'a', true],
    ['secret', 'secret', true],
    ['é', 'é', true],
    ['🛡️ key', '🛡️ key', true],
    ['', 'a', false],
    ['a', '', false],
    ['a', 'b', false],
    ['secret', 'secreT', false],
    ['secret', 'secret ', false],
    ['secret', 'secre', false],
    ['abc', 'abcd', false],
    ['é', 'e', false],
    ['é', 'è', false],
    ['é', 'e\u0301', false],
    ['aé', 'ab', false],
    ['ab', 'é', false],
    ['😀', '😁', false],
    ['a\u0000', 'a', false],
    ['a\u0000', 'a\u0001', false],
  ])('compares %j with %j as %s', (a, b, expected) => {
    expect(constantTimeEqual(a, b)).toBe(expected);
  });

  it('calls timingSafeEqual once for equal-length inputs', () => {
    constantTimeEqual('abcdef', 'abcxyz');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('still calls timingSafeEqual once for inputs of different lengths', () => {
    expect(constantTimeEqual('abcdef', 'abc')).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('still calls timingSafeEqual when the strings have equal character counts but different byte lengths', () => {
    expect(constantTimeEqual('é', 'e')).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('crc32Base62', () => {
  // The CRC-32 (IEEE) check value of "123456789" is 0xCBF43926 = 3421780262 = base62 "3jZRME".
  it.each([
    [6, '3jZRME'],
    [8, '003jZRME'],
    [4, 'ZRME'],
    [1, 'E'],
  ])('encodes the CRC-32 check value of "123456789" in %i base62 characters as %s', (width, expected) => {
    expect(crc32Base62('123456789', width)).toBe(expected);
  });

  it('encodes the CRC-32 of the empty string (0) as zeros', () => {
    expect(crc32Base62('', 6)).toBe('000000');
  });

  it('matches the known CRC-32 of "The quick brown fox jumps over the lazy dog" (0x414FA339)', () => {
    let n = 0x414fa339;
    let expected = '';
    for (let i = 0; i < 6; i++) {
      expected = BASE62[n % 62] + expected;
      n = Math.floor(n / 62);
    }
    expect(crc32Base62('The quick brown fox jumps over the lazy dog', 6)).toBe(expected);
  });

  it('checksums the UTF-8 bytes of non-ASCII text', () => {
    expect(crc32Base62('é', 6)).not.toBe(crc32Base62('e\u0301', 6));
  });
});
