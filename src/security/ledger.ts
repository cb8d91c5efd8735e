import type { Clock } from '../clock.js';
import type { SecurityEvent } from '../store/security-events-repository.js';
import type { StateStore } from '../store/state/state-store.js';
import type { Bans } from './bans.js';
import { addressKey } from './ip.js';

/** Ledger options. */
export interface LedgerOptions {
  /** Points at which an address or user is banned. @default 20 */
  readonly banThreshold: number;
  /** Scores halve this often, so old mistakes fade. @default 600000 (10 minutes) */
  readonly halfLifeMs: number;
}

/** Defaults. */
export const DEFAULT_LEDGER_OPTIONS: LedgerOptions = Object.freeze({
  banThreshold: 20,
  halfLifeMs: 10 * 60 * 1000,
});

/**
 * Points per denial, by event type (and reason where it matters). Expired sessions and keys are normal
 * and cost nothing; forged or tampered credentials cost more than mistyped passwords.
 */
export function violationPoints(event: Pick<SecurityEvent, 'type' | 'detail'>): number {
  const reason = event.detail.reason;
  switch (event.type) {
    case 'attack_detected':
      return event.detail.verdict === 'block' ? 10 : 4;
    case 'sandbox_escape_attempt':
      return 10;
    case 'prompt_rejected':
      return 5;
    case 'tool_refused':
      return 3;
    case 'sandbox_limit_exceeded':
      return 2;
    case 'request_filtered':
    case 'login_locked_out':
    case 'setup_rejected':
    case 'privilege_escalation_denied':
      return 5;
    case 'api_key_rejected':
      return reason === 'expired' || reason === 'rotated' ? 1 : 4;
    case 'session_rejected':
      return reason === 'secret_mismatch' || reason === 'malformed' ? 4 : 0;
    case 'csrf_failed':
      return 4;
    case 'permission_denied':
    case 'model_policy_denied':
      return 3;
    case 'login_failed':
      return reason === 'locked_out' ? 1 : 2;
    case 'rate_limited':
      return 2;
    case 'input_rejected':
      return 1;
    default:
      return 0;
  }
}

/**
 * The intrusion detector's memory: every denial from every layer adds weighted points to the client
 * address (IPv6 per /64) and, when known, the user. Scores decay; crossing the threshold bans, and the
 * ban escalates with repeats (see bans.ts). Fed by the security log, so no layer needs to know about it.
 */
export function createLedger(
  deps: { state: StateStore; clock: Clock; bans: Bans },
  options: LedgerOptions = DEFAULT_LEDGER_OPTIONS,
) {
  if (!(options.banThreshold > 0) || !(options.halfLifeMs >= 1000)) {
    throw new Error('Ledger options: banThreshold must be > 0 and halfLifeMs >= 1000');
  }
  return async function observe(event: SecurityEvent): Promise<void> {
    const points = violationPoints(event);
    if (points === 0) return;
    const now = deps.clock.now().getTime();
    if (event.ip && event.ip !== 'cli') {
      const subject = addressKey(event.ip);
      const score = await deps.state.addScore(`ip:${subject}`, points, options.halfLifeMs, now);
      if (score >= options.banThreshold && !deps.bans.checkIp(event.ip)) {
        await deps.state.addScore(`ip:${subject}`, -score, options.halfLifeMs, now);
        await deps.bans.ban({
          subjectType: 'ip',
          subject,
          reason: `score ${Math.round(score)} after ${event.type}`,
          source: 'ledger',
          actor: null,
        });
      }
    }
    if (event.userId) {
      const score = await deps.state.addScore(`user:${event.userId}`, points, options.halfLifeMs, now);
      if (score >= options.banThreshold && !deps.bans.checkUser(event.userId)) {
        await deps.state.addScore(`user:${event.userId}`, -score, options.halfLifeMs, now);
        await deps.bans.ban({
          subjectType: 'user',
          subject: event.userId,
          reason: `score ${Math.round(score)} after ${event.type}`,
          source: 'ledger',
          actor: null,
        });
      }
    }
  };
}
