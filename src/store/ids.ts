import { randomUUID } from 'node:crypto';

/** A new random identifier (UUID v4 from the CSPRNG). */
export function newId(): string {
  return randomUUID();
}

/** Whether a string is a well-formed UUID; ids from clients are checked before any query. */
export function isId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
}
