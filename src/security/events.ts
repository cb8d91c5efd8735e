import type { FastifyBaseLogger } from 'fastify';
import type { NewSecurityEvent, SecurityEventsRepository } from '../store/security-events-repository.js';

/** Security event types, so a typo cannot invent a new one. */
export type SecurityEventType =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_locked_out'
  | 'logout'
  | 'session_rejected'
  | 'session_revoked'
  | 'api_key_created'
  | 'api_key_revoked'
  | 'api_key_rotated'
  | 'api_key_rejected'
  | 'authentication_required'
  | 'permission_denied'
  | 'csrf_failed'
  | 'user_created'
  | 'user_changed'
  | 'password_changed'
  | 'privilege_escalation_denied'
  | 'setup_completed'
  | 'setup_rejected'
  | 'input_rejected';

/** Records security events; a failure to record is logged loudly but never turns a denial into an allow. */
export function createSecurityLog(deps: {
  repo: SecurityEventsRepository;
  logger?: FastifyBaseLogger | undefined;
}) {
  return {
    /** Records an event; `client` fills in the address and request id. */
    async record(
      event: Omit<NewSecurityEvent, 'ip' | 'requestId'> & {
        type: SecurityEventType;
        client?: { ip: string; requestId?: string | undefined } | undefined;
      },
    ): Promise<void> {
      const { client, ...rest } = event;
      try {
        await deps.repo.append({ ...rest, ip: client?.ip ?? null, requestId: client?.requestId ?? null });
      } catch (error) {
        deps.logger?.error({ err: error, type: event.type }, 'security event could not be recorded');
      }
    },
  };
}

/** The security log's type. */
export type SecurityLog = ReturnType<typeof createSecurityLog>;
