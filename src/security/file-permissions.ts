import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { OperatorError } from '../errors.js';

/** Secret files that group or others can read, found at start-up in production. */
export class FilePermissionError extends OperatorError {}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

/** DATA_DIR is the owner's alone (0700): it holds the database, keys, logs and backups. */
export function secureDataDir(dataDir: string, warn: (message: string) => void): void {
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return;
  }
  const mode = statSync(dataDir).mode;
  if ((mode & 0o077) !== 0) {
    chmodSync(dataDir, 0o700);
    warn(`DATA_DIR ${dataDir} was mode ${octal(mode)}; it is now 0700.`);
  }
}

/** Files Rampart writes (database, logs, backups) are the owner's alone (0600). */
export function secureFiles(files: readonly string[]): void {
  for (const file of files) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}

/**
 * Secret files Rampart is given (TLS and database client keys, the `.env` it may be started from)
 * must not be readable by group or others. In production that refuses the start, naming each file
 * and the fix; elsewhere it is a warning.
 */
export function checkSecretFiles(
  files: readonly { readonly path: string | undefined; readonly label: string }[],
  options: { readonly production: boolean; readonly warn: (message: string) => void },
): void {
  const problems: string[] = [];
  for (const { path, label } of files) {
    if (path === undefined || !existsSync(path)) continue;
    const mode = statSync(path).mode;
    if ((mode & 0o077) !== 0) {
      problems.push(
        `${label} ${path} is readable by group or others (mode ${octal(mode)}): chmod 600 ${path}`,
      );
    }
  }
  if (problems.length === 0) return;
  if (options.production) throw new FilePermissionError(problems.join('\n'));
  for (const problem of problems) options.warn(problem);
}
