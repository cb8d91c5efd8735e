import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyEntry, type NamedKey, parseKeyList } from './keyring.js';

/** Name of the development key file in DATA_DIR. */
export const KEY_FILE_NAME = 'keys';

/**
 * The development key file: `DATA_DIR/keys`, in the `ENCRYPTION_KEYS` format, mode 0600. Created with
 * a fresh key the first time and read back on every later start, so stored data stays readable across
 * restarts (the original system made a new key on each start). Production refuses to run without
 * `ENCRYPTION_KEYS`; this file is for development only, and `warn` says so loudly.
 */
export function loadDevelopmentKeys(dataDir: string, warn: (message: string) => void): NamedKey[] {
  const file = path.join(dataDir, KEY_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${generateKeyEntry('dev1')}\n`, { mode: 0o600, flag: 'wx' });
    warn(
      `No ENCRYPTION_KEYS: generated a development key in ${file}. Back it up with the data; ` +
        'in production set ENCRYPTION_KEYS instead.',
    );
  } else {
    warn(`No ENCRYPTION_KEYS: using the development key in ${file}; in production set ENCRYPTION_KEYS.`);
  }
  // A key readable by others is no secret; tighten it rather than keep using it as it is.
  if ((statSync(file).mode & 0o077) !== 0) {
    chmodSync(file, 0o600);
    warn(`${file} was readable by group or others; its mode is now 0600.`);
  }
  return parseKeyList(readFileSync(file, 'utf8'));
}
