import type { Kysely, Selectable } from 'kysely';
import type { Clock } from '../clock.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A security event as recorded. */
export interface SecurityEvent {
  id: string;
  occurredAt: string;
  type: string;
  severity: 'info' | 'warning' | 'critical';
  userId: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

/** What a caller records; the id and time are added. */
export type NewSecurityEvent = Omit<SecurityEvent, 'id' | 'occurredAt' | 'userId' | 'ip' | 'requestId'> & {
  userId?: string | null;
  ip?: string | null;
  requestId?: string | null;
};

/** The security event table (append-only; the hash chain arrives with the HTTP-layers issue). */
export function createSecurityEventsRepository(db: Kysely<Database>, clock: Clock) {
  return {
    async append(event: NewSecurityEvent): Promise<SecurityEvent> {
      const row = {
        id: newId(),
        occurred_at: clock.now().toISOString(),
        type: event.type,
        severity: event.severity,
        user_id: event.userId ?? null,
        ip: event.ip ?? null,
        request_id: event.requestId ?? null,
        detail: JSON.stringify(event.detail),
      };
      await db.insertInto('security_events').values(row).execute();
      return toEvent(row);
    },

    /** The newest events first, optionally of one type. */
    async list(options: { type?: string; limit?: number } = {}): Promise<SecurityEvent[]> {
      let query = db
        .selectFrom('security_events')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(options.limit ?? 100);
      if (options.type !== undefined) query = query.where('type', '=', options.type);
      return (await query.execute()).map(toEvent);
    },
  };
}

/** The security events repository's type. */
export type SecurityEventsRepository = ReturnType<typeof createSecurityEventsRepository>;

function toEvent(row: Omit<Selectable<Database['security_events']>, 'seq'>): SecurityEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    type: row.type,
    severity: row.severity,
    userId: row.user_id,
    ip: row.ip,
    requestId: row.request_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}
