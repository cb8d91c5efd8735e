/** Usernames after folding: 3–32 of a-z, 0-9, dot, underscore, hyphen, starting with a letter or digit. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/**
 * Folds a username (NFKC, lower case, trimmed) so look-alike spellings ("Alice", "ａｌｉｃｅ") name
 * one account; null when the result is not an allowed username.
 */
export function normaliseUsername(raw: string): string | null {
  if (raw.length > 128) return null;
  const folded = raw.normalize('NFKC').trim().toLowerCase();
  return USERNAME.test(folded) ? folded : null;
}
