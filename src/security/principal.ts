import type { Permission } from './permissions.js';

/** Who is making a request, and through what. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly role: string;
  readonly permissions: ReadonlySet<Permission>;
  readonly method: 'session' | 'api_key';
  /** The login session, for session-authenticated requests. */
  readonly sessionId?: string;
  /** The key, for API-key requests. */
  readonly keyId?: string;
}
