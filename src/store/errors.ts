const POSTGRES_UNAVAILABLE_CLASSES = ['08', '53', '57'];
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  'EHOSTUNREACH',
]);
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|NOTADB|CORRUPT)/;

/**
 * Whether an error means the database cannot serve requests right now (as opposed to a bug):
 * unreachable server, connection lost, shut down, out of resources, locked or unreadable file.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLITE_UNAVAILABLE.test(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && POSTGRES_UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  // pg reports lost connections and pool timeouts with plain messages and no code.
  return /Connection terminated|connection timeout|database connection is not open|Client has encountered a connection error/i.test(
    error.message,
  );
}
