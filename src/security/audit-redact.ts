/** Longest string kept in an event's detail; longer ones are cut to this many characters. */
export const MAX_DETAIL_STRING = 500;

/** Longest array kept in an event's detail. */
const MAX_DETAIL_ARRAY = 100;

/** Deepest nesting kept in an event's detail. */
const MAX_DETAIL_DEPTH = 6;

/** Words that mark a key as naming a secret. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'token',
  'secret',
  'key',
  'apikey',
  'cookie',
  'authorization',
  'csrf',
  'credential',
  'credentials',
]);

/** A key's words: split at non-alphanumerics and camelCase boundaries, lower-cased. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether a detail key names a secret (password, token, secret, key, cookie, authorization, csrf, …
 * as a word of the name, so `apiKey`, `session_token` and `Set-Cookie` count but `monkey` does not).
 * Identifiers (`key_id`, `tokenId`) are not secrets.
 */
export function isSecretKey(key: string): boolean {
  const parts = words(key);
  const last = parts.at(-1);
  if (last === 'id' || last === 'ids') return false;
  return parts.some((w) => SECRET_WORDS.has(w));
}

/**
 * Makes an event's detail safe to store: drops keys named like secrets (at any depth; a boolean
 * under such a name, such as `password_reset: true`, is kept since it cannot carry one), cuts
 * strings to 500 characters, and reduces the value to plain JSON that survives a round trip.
 */
export function redactDetail(detail: Record<string, unknown>): Record<string, unknown> {
  const clean = redactValue(detail, 0);
  return clean !== null && typeof clean === 'object' && !Array.isArray(clean)
    ? (clean as Record<string, unknown>)
    : {};
}

function redactValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_DETAIL_STRING ? value.slice(0, MAX_DETAIL_STRING) : value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (depth >= MAX_DETAIL_DEPTH) return '[truncated]';
  if (Array.isArray(value)) {
    return value.slice(0, MAX_DETAIL_ARRAY).map((item) => redactValue(item, depth + 1) ?? null);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__' || (isSecretKey(key) && typeof item !== 'boolean')) continue;
    const clean = redactValue(item, depth + 1);
    if (clean !== undefined) out[key] = clean;
  }
  return out;
}
