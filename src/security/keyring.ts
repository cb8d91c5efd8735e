import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
  randomFillSync,
} from 'node:crypto';
import { OperatorError } from '../errors.js';

/**
 * Encryption at rest: AES-256-GCM with a random 96-bit nonce per value (NIST SP 800-38D §8.2.2). A
 * stored value reads `rk1.<key id>.<nonce>.<ciphertext and tag>` (base64url), so every value names the
 * key that sealed it and the format's version. The associated data binds it to its place — format,
 * key id and the caller's context (table, column, row id) — so a value copied to another row or
 * column, or relabelled with another key id, fails authentication instead of decrypting.
 */
const FORMAT = 'rk1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9]{1,16}$/;

/** One named key. */
export interface NamedKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Why a stored value could not be opened; the precise reason, for logs and operators. */
export type UnreadableReason = 'malformed' | 'unknown_key' | 'tampered';

/** A stored value that does not decrypt. Never carries the value or any plaintext. */
export class UnreadableValueError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly context: string,
    readonly keyId: string | null,
  ) {
    super(
      reason === 'unknown_key'
        ? `The value at ${context} is sealed with key "${keyId}", which is not configured in ENCRYPTION_KEYS.`
        : reason === 'tampered'
          ? `The value at ${context} failed authentication: it was changed, or moved from another place.`
          : `The value at ${context} is not an encrypted value of a known format.`,
    );
    this.name = 'UnreadableValueError';
  }
}

/** A key list that cannot be used; the message names the entry and the fix. */
export class KeyListError extends OperatorError {}

/**
 * Parses `ENCRYPTION_KEYS`: `id:base64,id:base64`, current key first. Ids are 1–16 letters or digits;
 * each key is exactly 32 bytes of standard or URL-safe base64. All problems are reported together.
 */
export function parseKeyList(text: string): NamedKey[] {
  const problems: string[] = [];
  const keys: NamedKey[] = [];
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (entries.length === 0) problems.push('no keys: write id:base64key, current key first');
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const id = colon === -1 ? '' : entry.slice(0, colon);
    const encoded = colon === -1 ? entry : entry.slice(colon + 1);
    if (!KEY_ID.test(id)) {
      problems.push(
        `entry ${index + 1}: the id must be 1-16 letters or digits before a colon (id:base64key)`,
      );
      continue;
    }
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) {
      problems.push(
        `key "${id}": must be ${KEY_BYTES} bytes in base64 (got ${key.length}); make one with ` +
          '`openssl rand -base64 32`',
      );
      continue;
    }
    if (keys.some((k) => k.id === id)) problems.push(`key "${id}": the id is used twice`);
    else keys.push({ id, key });
  }
  if (problems.length > 0) throw new KeyListError(problems.join('; '));
  return keys;
}

/** A new random key in the `ENCRYPTION_KEYS` format. */
export function generateKeyEntry(id: string): string {
  if (!KEY_ID.test(id)) throw new KeyListError(`key id "${id}" must be 1-16 letters or digits`);
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}

/** The key id a stored value names, or null when it is not in the format. */
export function keyIdOf(stored: string): string | null {
  if (!stored.startsWith(`${FORMAT}.`)) return null;
  const end = stored.indexOf('.', FORMAT.length + 1);
  const id = end === -1 ? '' : stored.slice(FORMAT.length + 1, end);
  return KEY_ID.test(id) ? id : null;
}

/** The `LIKE` pattern of values sealed with `keyId` (ids hold no LIKE wildcards). */
export function sealedWithPattern(keyId: string): string {
  return `${FORMAT}.${keyId}.%`;
}

/** Seals and opens values with the configured keys; the first key seals, any key opens. */
export interface Keyring {
  readonly currentId: string;
  readonly ids: readonly string[];
  seal(plaintext: string, context: string): string;
  open(stored: string, context: string): string;
  /** A 32-byte key for another purpose (`info`), derived with HKDF-SHA256 from key `keyId`; the key itself never leaves. */
  derive(keyId: string, salt: Buffer, info: string): Buffer;
}

// Nonces come from a pool of CSPRNG bytes filled 1,024 at a time: each is still random and used once,
// but the system call is paid once per 1,024 values instead of once per value.
const noncePool = Buffer.alloc(NONCE_BYTES * 1024);
let noncePoolOffset = noncePool.length;

function freshNonce(): Buffer {
  if (noncePoolOffset >= noncePool.length) {
    randomFillSync(noncePool);
    noncePoolOffset = 0;
  }
  const nonce = Buffer.from(noncePool.subarray(noncePoolOffset, noncePoolOffset + NONCE_BYTES));
  noncePoolOffset += NONCE_BYTES;
  return nonce;
}

/** Builds a keyring; throws when the list is empty or has a bad key. */
export function createKeyring(keys: readonly NamedKey[]): Keyring {
  const current = keys[0];
  if (!current) throw new KeyListError('at least one encryption key is needed');
  // Key objects are made once: passing raw bytes makes Node build one on every call.
  const byId = new Map<string, KeyObject>();
  for (const { id, key } of keys) {
    if (!KEY_ID.test(id) || key.length !== KEY_BYTES || byId.has(id))
      throw new KeyListError(`key "${id}" is not a distinct id with a 32-byte key`);
    byId.set(id, createSecretKey(Buffer.from(key)));
  }
  const aad = (keyId: string, context: string) => Buffer.from(`${FORMAT}|${keyId}|${context}`, 'utf8');

  return {
    currentId: current.id,
    ids: keys.map((k) => k.id),
    seal(plaintext, context) {
      const nonce = freshNonce();
      const cipher = createCipheriv('aes-256-gcm', byId.get(current.id) as KeyObject, nonce);
      cipher.setAAD(aad(current.id, context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${FORMAT}.${current.id}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    derive(keyId, salt, info) {
      const key = byId.get(keyId);
      if (!key) throw new UnreadableValueError('unknown_key', info, keyId);
      return Buffer.from(hkdfSync('sha256', key.export(), salt, info, KEY_BYTES));
    },
    open(stored, context) {
      const parts = stored.split('.');
      const [format, keyId, nonceText, bodyText] = parts;
      if (parts.length !== 4 || format !== FORMAT || !keyId || !KEY_ID.test(keyId) || !nonceText || !bodyText)
        throw new UnreadableValueError('malformed', context, null);
      const key = byId.get(keyId);
      if (!key) throw new UnreadableValueError('unknown_key', context, keyId);
      const nonce = Buffer.from(nonceText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES)
        throw new UnreadableValueError('malformed', context, keyId);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad(keyId, context));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        throw new UnreadableValueError('tampered', context, keyId);
      }
    },
  };
}
