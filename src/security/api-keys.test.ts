import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/helpers/database.js';
import { TEST_KEYRING } from '../../test/helpers/keys.js';
import { createManualClock } from '../clock.js';
import type { ApiKeyRow } from '../store/api-keys-repository.js';
import type { DatabaseHandle } from '../store/database.js';
import { createStore, type Store } from '../store/store.js';
import { API_KEY_PREFIX, createApiKeyVerifier, generateApiKey, parseApiKey } from './api-keys.js';
import { crc32Base62, sha256Hex } from './tokens.js';

const START = '2026-11-25T10:00:00.000Z';
const HOUR = 60 * 60 * 1000;

/** Builds a well-formed key with a correct checksum from an id and a secret of the right lengths. */
function keyFrom(id: string, secret: string): string {
  return `${API_KEY_PREFIX}${id}${secret}${crc32Base62(`${id}${secret}`, 6)}`;
}

/** Replaces the character at `index` with a different base62 character. */
function changeAt(value: string, index: number): string {
  const current = value[index];
  const replacement = current === 'a' ? 'b' : 'a';
  return `${value.slice(0, index)}${replacement}${value.slice(index + 1)}`;
}

describe('generateApiKey', () => {
  it('builds keys of rmp_ and 50 base62 characters', () => {
    expect(generateApiKey().key).toMatch(/^rmp_[0-9A-Za-z]{50}$/);
  });

  it('returns the id embedded in the key and the SHA-256 of the embedded secret', () => {
    const { id, key, secretHash } = generateApiKey();
    expect(key.slice(4, 16)).toBe(id);
    expect(secretHash).toBe(sha256Hex(key.slice(16, 48)));
  });

  it('does not return the secret itself as the hash', () => {
    const { key, secretHash } = generateApiKey();
    expect(secretHash).not.toContain(key.slice(16, 48));
  });

  it('builds a different key every time', () => {
    const keys = new Set(Array.from({ length: 100 }, () => generateApiKey().key));
    expect(keys.size).toBe(100);
  });
});

describe('parseApiKey', () => {
  it('round-trips a generated key to its id and secret', () => {
    const { id, key, secretHash } = generateApiKey();
    const parsed = parseApiKey(key);
    expect(parsed).toEqual({ id, secret: key.slice(16, 48) });
    expect(typeof parsed === 'object' && sha256Hex(parsed.secret)).toBe(secretHash);
  });

  const { key: good } = generateApiKey();
  it.each([
    ['empty', ''],
    ['only the prefix', 'rmp_'],
    ['the prefix rmq_', `rmq_${good.slice(4)}`],
    ['the prefix RMP_', `RMP_${good.slice(4)}`],
    ['the prefix rmp-', `rmp-${good.slice(4)}`],
    ['no prefix', good.slice(4)],
    ['one character too few', good.slice(0, -1)],
    ['one character too many', `${good}a`],
    ['a hyphen in the body', `${good.slice(0, 10)}-${good.slice(11)}`],
    ['an underscore in the body', `${good.slice(0, 10)}_${good.slice(11)}`],
    ['a Cyrillic а look-alike', `${good.slice(0, -1)}\u0430`],
    ['a full-width digit', `${good.slice(0, 5)}\uff10${good.slice(6)}`],
    ['a leading space', ` ${good}`],
    ['a trailing space', `${good} `],
    ['a trailing newline', `${good}\n`],
    ['a space inside', `${good.slice(0, 20)} ${good.slice(21)}`],
    ['a very long string', `rmp_${'a'.repeat(100_000)}`],
  ])('rejects a key with %s as malformed', (_label, key) => {
    expect(parseApiKey(key)).toBe('malformed');
  });

  it.each([
    ['the first id character', 4],
    ['the last id character', 15],
    ['the first secret character', 16],
    ['a middle secret character', 30],
    ['the last secret character', 47],
    ['the first checksum character', 48],
    ['the last checksum character', 53],
  ])('rejects a key with %s changed as a bad checksum', (_label, index) => {
    const { key } = generateApiKey();
    expect(parseApiKey(changeAt(key, index))).toBe('bad_checksum');
  });

  it('rejects two swapped adjacent body characters as a bad checksum', () => {
    const id = 'abcdefghijkl';
    const secret = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
    const key = keyFrom(id, secret);
    const swapped = `${key.slice(0, 20)}${key[21]}${key[20]}${key.slice(22)}`;
    expect(parseApiKey(swapped)).toBe('bad_checksum');
  });
});

describe('createApiKeyVerifier', () => {
  let handle: DatabaseHandle;
  let store: Store;
  let userId: string;
  const clock = createManualClock(START);
  let verify: ReturnType<typeof createApiKeyVerifier>;

  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
    store = createStore(handle.db, clock, TEST_KEYRING);
    userId = (await store.users.create({ username: 'keyowner', passwordHash: 'x', role: 'user' })).id;
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(() => {
    clock.set(START);
    verify = createApiKeyVerifier({ repo: store.apiKeys, clock });
  });

  /** Stores a freshly generated key with the given overrides and returns the presented key string. */
  async function storeKey(overrides: Partial<ApiKeyRow> = {}) {
    const { id, key, secretHash } = generateApiKey();
    const row: ApiKeyRow = {
      id,
      userId,
      name: 'test',
      secretHash,
      scopes: null,
      createdAt: clock.now(),
      expiresAt: null,
      lastUsedAt: null,
      lastUsedIp: null,
      revokedAt: null,
      graceUntil: null,
      replacedBy: null,
      ...overrides,
    };
    await store.apiKeys.insert(row);
    return { id, key, row };
  }

  it('accepts a stored key and returns its row', async () => {
    const { id, key } = await storeKey();
    expect(await verify(key)).toMatchObject({ valid: true, key: { id, userId } });
  });

  it('reports a malformed key without naming a key', async () => {
    expect(await verify('rmp_nope')).toEqual({ valid: false, reason: 'malformed' });
  });

  it('reports a bad checksum without naming a key', async () => {
    const { key } = await storeKey();
    expect(await verify(changeAt(key, 20))).toEqual({ valid: false, reason: 'bad_checksum' });
  });

  it('reports a well-formed key with an id not in the store as unknown', async () => {
    expect(await verify(generateApiKey().key)).toEqual({ valid: false, reason: 'unknown' });
  });

  it('reports a stored id with a wrong secret and a recomputed checksum as a secret mismatch naming the key', async () => {
    const { id } = await storeKey();
    const forged = keyFrom(id, 'Z'.repeat(32));
    expect(parseApiKey(forged)).toEqual({ id, secret: 'Z'.repeat(32) });
    expect(await verify(forged)).toEqual({ valid: false, reason: 'secret_mismatch', keyId: id, userId });
  });

  it('reports a revoked key as revoked naming the key', async () => {
    const { id, key } = await storeKey();
    clock.advance(1);
    expect(await store.apiKeys.revoke(id, clock.now())).toBe(true);
    expect(await verify(key)).toEqual({ valid: false, reason: 'revoked', keyId: id, userId });
  });

  it('reports a wrong secret for a revoked key as a secret mismatch, not as revoked', async () => {
    const { id } = await storeKey({ revokedAt: clock.now() });
    expect(await verify(keyFrom(id, 'Y'.repeat(32)))).toMatchObject({
      valid: false,
      reason: 'secret_mismatch',
    });
  });

  it('accepts a key 1 ms before it expires', async () => {
    const { key } = await storeKey({ expiresAt: new Date(Date.parse(START) + HOUR) });
    clock.advance(HOUR - 1);
    expect(await verify(key)).toMatchObject({ valid: true });
  });

  it('reports a key as expired at exactly its expiry', async () => {
    const { id, key } = await storeKey({ expiresAt: new Date(Date.parse(START) + HOUR) });
    clock.advance(HOUR);
    expect(await verify(key)).toEqual({ valid: false, reason: 'expired', keyId: id, userId });
  });

  it('accepts a rotated key 1 ms before its grace period ends', async () => {
    const { id, key } = await storeKey();
    const successor = await storeKey();
    await store.apiKeys.markRotated(id, successor.id, new Date(Date.parse(START) + HOUR));
    clock.advance(HOUR - 1);
    expect(await verify(key)).toMatchObject({ valid: true, key: { id, replacedBy: successor.id } });
    expect(await verify(successor.key)).toMatchObject({ valid: true });
  });

  it('reports a rotated key as rotated at exactly the end of its grace period', async () => {
    const { id, key } = await storeKey();
    const successor = await storeKey();
    await store.apiKeys.markRotated(id, successor.id, new Date(Date.parse(START) + HOUR));
    clock.advance(HOUR);
    expect(await verify(key)).toEqual({ valid: false, reason: 'rotated', keyId: id, userId });
    expect(await verify(successor.key)).toMatchObject({ valid: true });
  });
});
