import type { Clock } from '../clock.js';
import type {
  NewSecurityEvent,
  SecurityEvent,
  SecurityEventsRepository,
} from '../store/security-events-repository.js';
import { type AuditLogger, createAuditFile, toAuditLine } from './audit-file.js';
import { redactDetail } from './audit-redact.js';

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
  | 'input_rejected'
  | 'request_filtered'
  | 'rate_limited'
  | 'state_store_unavailable'
  | 'attack_detected'
  | 'ban_skipped'
  | 'ip_banned'
  | 'ip_unbanned'
  | 'user_banned'
  | 'user_unbanned'
  | 'banned_request'
  | 'stored_value_unreadable'
  | 'keys_rotated'
  | 'backup_created'
  | 'backup_restored'
  | 'doctor_run'
  | 'doctor_skipped'
  | 'lockdown_on'
  | 'lockdown_off'
  | 'lockdown_refused'
  | 'agent_disabled'
  | 'agent_enabled'
  | 'model_policy_denied'
  | 'tool_call_refused'
  | 'search_query_sent'
  | 'search_rate_limited'
  | 'tool_refused'
  | 'sandbox_escape_attempt'
  | 'sandbox_limit_exceeded'
  | 'prompt_rejected'
  | 'prompt_flagged'
  | 'untrusted_content_flagged'
  | 'output_withheld'
  | 'output_sanitised';

/** Dependencies and options of the security log. */
export interface SecurityLogDeps {
  repo: SecurityEventsRepository;
  /** Where failures are reported; the Fastify/pino logger fits. */
  logger?: AuditLogger | undefined;
  /** Stamps the file line of an event the database could not take. */
  clock?: Clock | undefined;
  /** DATA_DIR: events are also appended to `<dataDir>/security.log`; unset means no file. */
  dataDir?: string | undefined;
  /** Rotation of `security.log`: size limit in bytes (default 10 MiB) and rotated files kept (5). */
  file?: { maxBytes?: number | undefined; keep?: number | undefined } | undefined;
}

/**
 * Records security events in the hash-chained table (the source of truth) and, when `dataDir` is
 * set, as JSON lines in `security.log`. A failure to record is logged loudly but never thrown, so it
 * cannot turn a denial into an allow; details are redacted (see `redactDetail`) before either copy.
 */
export function createSecurityLog(deps: SecurityLogDeps) {
  const file = deps.dataDir
    ? createAuditFile({
        dir: deps.dataDir,
        maxBytes: deps.file?.maxBytes,
        keep: deps.file?.keep,
        logger: deps.logger,
      })
    : undefined;
  const observers: ((event: SecurityEvent) => Promise<void> | void)[] = [];
  return {
    /** Calls `observer` after each recorded event (the violation ledger scores them). */
    observe(observer: (event: SecurityEvent) => Promise<void> | void): void {
      observers.push(observer);
    },

    /** Records an event; `client` fills in the address and request id. */
    async record(
      event: Omit<NewSecurityEvent, 'ip' | 'requestId'> & {
        type: SecurityEventType;
        client?: { ip: string; requestId?: string | undefined } | undefined;
      },
    ): Promise<void> {
      const { client, ...rest } = event;
      const input = {
        ...rest,
        detail: rest.detail,
        ip: client?.ip ?? null,
        requestId: client?.requestId ?? null,
      };
      try {
        const stored = await deps.repo.append(input);
        file?.write(toAuditLine(stored));
        for (const observer of observers) {
          try {
            await observer(stored);
          } catch (error) {
            deps.logger?.error({ err: error, type: event.type }, 'security event observer failed');
          }
        }
      } catch (error) {
        deps.logger?.error({ err: error, type: event.type }, 'security event could not be recorded');
        // The file still gets the event, marked as outside the chain.
        file?.write(
          JSON.stringify({
            seq: null,
            occurred_at: deps.clock?.now().toISOString() ?? null,
            type: input.type,
            severity: input.severity,
            user_id: input.userId ?? null,
            ip: input.ip,
            request_id: input.requestId,
            // The repository redacts what it stores; this copy bypasses it, so redact here.
            detail: redactDetail(input.detail),
            unchained: true,
          }),
        );
      }
    },

    /** Resolves once every file line queued so far is written; call before exit. */
    async flush(): Promise<void> {
      await file?.flush();
    },
  };
}

/** The security log's type. */
export type SecurityLog = ReturnType<typeof createSecurityLog>;
