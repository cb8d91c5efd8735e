import { hash, verify } from '@node-rs/argon2';

/** Shortest accepted password, in characters. */
export const PASSWORD_MIN_CHARS = 10;
/** Longest accepted password; longer inputs would only make hashing a denial-of-service lever. */
export const PASSWORD_MAX_CHARS = 256;

/** Hashes a password with argon2id (the library's defaults: m=19 MiB, t=2, p=1). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (an unknown user) it verifies against a dummy hash, so a
 * login for a missing account costs the same time as one with a wrong password.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash('rampart-dummy-password-for-equal-timing');
  const target = storedHash ?? (await dummyHash);
  let ok: boolean;
  try {
    ok = await verify(target, password);
  } catch {
    ok = false;
  }
  return storedHash !== undefined && ok;
}
