import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

const PASSWORD = 'correct horse battery staple';

describe('passwords', () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword(PASSWORD);
  });

  it('hashes with argon2id', () => {
    expect(stored.startsWith('$argon2id$')).toBe(true);
  });

  it('does not contain the password in the hash', () => {
    expect(stored).not.toContain(PASSWORD);
  });

  it('salts every hash, so the same password hashes differently', async () => {
    expect(await hashPassword(PASSWORD)).not.toBe(stored);
  });

  it('verifies the right password', async () => {
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);
  });

  it.each([
    ['a wrong password', 'incorrect horse battery staple'],
    ['a different case', PASSWORD.toUpperCase()],
    ['a trailing space', `${PASSWORD} `],
    ['a prefix', PASSWORD.slice(0, -1)],
    ['the empty string', ''],
    ['the hash itself', '$argon2id$'],
  ])('rejects %s', async (_label, attempt) => {
    expect(await verifyPassword(stored, attempt)).toBe(false);
  });

  it('rejects any password for an unknown user', async () => {
    expect(await verifyPassword(undefined, PASSWORD)).toBe(false);
    expect(await verifyPassword(undefined, 'rampart-dummy-password-for-equal-timing')).toBe(false);
  });

  it.each([
    ['the empty string', ''],
    ['plain text', 'not-a-hash'],
    ['a truncated argon2id hash', '$argon2id$v=19$m=19456,t=2,p=1$'],
    ['garbage parameters', '$argon2id$v=19$m=x,t=y,p=z$c2FsdHNhbHQ$aGFzaGhhc2g'],
    ['a bcrypt hash', '$2b$12$abcdefghijklmnopqrstuuN1c3uIZmI4oMJ1i1b0kK7HXKQ7O5j2'],
  ])('returns false instead of throwing for a stored hash that is %s', async (_label, bad) => {
    await expect(verifyPassword(bad, PASSWORD)).resolves.toBe(false);
  });

  it('takes comparable time for an unknown user and a wrong password on an existing hash', async () => {
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const time = async (work: () => Promise<boolean>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Interleaved, so drift in machine load affects both sides alike; argon2 dominates either way.
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(() => verifyPassword(undefined, 'wrong password here')));
      wrong.push(await time(() => verifyPassword(stored, 'wrong password here')));
    }
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
