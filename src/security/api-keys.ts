import type { Clock } from '../clock.js';
import type { ApiKeyRow, ApiKeysRepository } from '../store/api-keys-repository.js';
import { constantTimeEqual, crc32Base62, randomBase62, sha256Hex } from './tokens.js';

/** Every key starts with this, so secret scanners can find leaked keys. */
export const API_KEY_PREFIX = 'rmp_';
const ID_CHARS = 12;
const SECRET_CHARS = 32;
const CHECKSUM_CHARS = 6;
const KEY = /^rmp_([0-9A-Za-z]{12})([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;

/** Default time a rotated key keeps working. */
export const DEFAULT_ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

/** Why a key did not authenticate; goes to the security log, never to the client. */
export type ApiKeyFailure =
  | 'malformed'
  | 'bad_checksum'
  | 'unknown'
  | 'secret_mismatch'
  | 'revoked'
  | 'expired'
  | 'rotated';

/** The outcome of checking a presented key. */
export type ApiKeyCheck =
  | { valid: true; key: ApiKeyRow }
  | { valid: false; reason: ApiKeyFailure; keyId?: string; userId?: string };

/** Builds a new key: `rmp_` + 12-char id + 32-char secret + 6-char CRC-32 checksum, all base62. */
export function generateApiKey(): { id: string; key: string; secretHash: string } {
  const id = randomBase62(ID_CHARS);
  const secret = randomBase62(SECRET_CHARS);
  const body = `${id}${secret}`;
  return {
    id,
    key: `${API_KEY_PREFIX}${body}${crc32Base62(body, CHECKSUM_CHARS)}`,
    secretHash: sha256Hex(secret),
  };
}

/** Splits a presented key into id and secret, or null when its shape or checksum is wrong. */
export function parseApiKey(key: string): { id: string; secret: string } | 'malformed' | 'bad_checksum' {
  const match = KEY.exec(key);
  if (!match?.[1] || !match[2] || !match[3]) return 'malformed';
  if (crc32Base62(`${match[1]}${match[2]}`, CHECKSUM_CHARS) !== match[3]) return 'bad_checksum';
  return { id: match[1], secret: match[2] };
}

/** Checks presented keys against the store. */
export function createApiKeyVerifier(deps: { repo: ApiKeysRepository; clock: Clock }) {
  return async function verifyApiKey(presented: string): Promise<ApiKeyCheck> {
    const parsed = parseApiKey(presented);
    if (typeof parsed === 'string') return { valid: false, reason: parsed };
    const key = await deps.repo.findById(parsed.id);
    if (!key) return { valid: false, reason: 'unknown' };
    const who = { keyId: key.id, userId: key.userId };
    if (!constantTimeEqual(sha256Hex(parsed.secret), key.secretHash))
      return { valid: false, reason: 'secret_mismatch', ...who };
    const now = deps.clock.now().getTime();
    if (key.revokedAt) return { valid: false, reason: 'revoked', ...who };
    if (key.expiresAt && now >= key.expiresAt.getTime()) return { valid: false, reason: 'expired', ...who };
    if (key.graceUntil && now >= key.graceUntil.getTime()) return { valid: false, reason: 'rotated', ...who };
    return { valid: true, key };
  };
}

/** The verifier's type. */
export type ApiKeyVerifier = ReturnType<typeof createApiKeyVerifier>;
