import { BlockList, isIP } from 'node:net';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { Ban, BansRepository } from '../store/bans-repository.js';
import type { StateStore } from '../store/state/state-store.js';
import type { SecurityLog } from './events.js';
import { compileAddressList, normaliseIp } from './ip.js';

/** Ban options. */
export interface BanOptions {
  /** First automatic ban; the original system's block duration. @default 3600000 */
  readonly baseBanMs: number;
  /** Longest automatic ban. @default 604800000 (7 days) */
  readonly maxBanMs: number;
  /** A new ban within this long of the end of the previous one doubles it. @default 86400000 */
  readonly escalationWindowMs: number;
}

/** Defaults. */
export const DEFAULT_BAN_OPTIONS: BanOptions = Object.freeze({
  baseBanMs: 60 * 60 * 1000,
  maxBanMs: 7 * 24 * 60 * 60 * 1000,
  escalationWindowMs: 24 * 60 * 60 * 1000,
});

const CHANNEL = 'bans';

/**
 * Bans of addresses (single or CIDR) and users. The database holds them across restarts; each instance
 * keeps the active ones in memory for a check without I/O, and reloads when any instance publishes a
 * change (in process, or over Redis within a second). Allow-listed addresses are never banned.
 */
export async function createBans(
  deps: {
    repo: BansRepository;
    state: StateStore;
    clock: Clock;
    log: SecurityLog;
    isAllowListed: (ip: string) => boolean;
  },
  options: BanOptions = DEFAULT_BAN_OPTIONS,
) {
  let exact = new Map<string, Ban>();
  let blocks: { list: BlockList; bans: { ban: Ban; list: BlockList }[] } = {
    list: new BlockList(),
    bans: [],
  };
  let users = new Map<string, Ban>();

  async function reload(): Promise<void> {
    const active = await deps.repo.listActive(deps.clock.now());
    const nextExact = new Map<string, Ban>();
    const nextUsers = new Map<string, Ban>();
    const cidrs: Ban[] = [];
    for (const ban of active) {
      if (ban.subjectType === 'user') nextUsers.set(ban.subject, ban);
      else if (ban.subject.includes('/')) cidrs.push(ban);
      else nextExact.set(ban.subject, ban);
    }
    exact = nextExact;
    users = nextUsers;
    blocks = {
      list: compileAddressList(cidrs.map((b) => b.subject)).list,
      bans: cidrs.map((ban) => ({ ban, list: compileAddressList([ban.subject]).list })),
    };
  }

  const live = (ban: Ban | undefined) => (ban && ban.expiresAt > deps.clock.now() ? ban : undefined);

  await reload();
  await deps.state.subscribe(CHANNEL, () => {
    // A failed reload leaves this instance on its old list: say so, loudly, rather than silently.
    void reload().catch((error: unknown) =>
      deps.log.record({
        type: 'state_store_unavailable',
        severity: 'critical',
        detail: { during: 'ban_reload', error: (error as Error).message },
      }),
    );
  });

  return {
    reload,

    /** The ban in force on an address, if any (checked before any other work). */
    checkIp(ip: string): Ban | undefined {
      const address = normaliseIp(ip);
      const hit = live(exact.get(address));
      if (hit) return hit;
      if (blocks.bans.length === 0 || !isIP(address)) return undefined;
      if (!blocks.list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6')) return undefined;
      const now = deps.clock.now();
      const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
      return blocks.bans.find((b) => b.ban.expiresAt > now && b.list.check(address, family))?.ban;
    },

    checkUser(userId: string): Ban | undefined {
      return live(users.get(userId));
    },

    /**
     * Bans a subject. Without a duration the ban escalates: 1 h, doubled for each earlier ban within
     * 24 h, at most 7 days. Returns undefined for an allow-listed address.
     */
    async ban(input: {
      subjectType: 'ip' | 'user';
      subject: string;
      reason: string;
      source: 'ledger' | 'admin' | 'cli';
      actor: string | null;
      durationMs?: number;
    }): Promise<Ban | undefined> {
      const subject = input.subjectType === 'ip' ? canonicalSubject(input.subject) : input.subject;
      if (input.subjectType === 'ip' && !subject.includes('/') && deps.isAllowListed(subject)) {
        await deps.log.record({
          type: 'ban_skipped',
          severity: 'info',
          userId: input.actor,
          detail: { subject, reason: 'allow_listed' },
        });
        return undefined;
      }
      const now = deps.clock.now();
      let durationMs = input.durationMs;
      if (durationMs === undefined) {
        // A repeat within 24 h of the previous ban's end doubles that ban's length.
        const [previous] = await deps.repo.history({ subject, limit: 1 });
        const repeat = previous && now.getTime() - previous.expiresAt.getTime() < options.escalationWindowMs;
        const previousMs = previous ? previous.expiresAt.getTime() - previous.createdAt.getTime() : 0;
        durationMs = repeat
          ? Math.min(options.maxBanMs, Math.max(options.baseBanMs, previousMs * 2))
          : options.baseBanMs;
      }
      const ban = await deps.repo.insert({
        subjectType: input.subjectType,
        subject,
        reason: input.reason,
        source: input.source,
        createdBy: input.actor,
        createdAt: now,
        expiresAt: new Date(now.getTime() + durationMs),
      });
      await reload();
      await deps.state.publish(CHANNEL, ban.id);
      await deps.log.record({
        type: input.subjectType === 'ip' ? 'ip_banned' : 'user_banned',
        severity: 'warning',
        userId: input.actor,
        detail: {
          ban_id: ban.id,
          subject,
          reason: input.reason,
          source: input.source,
          duration_ms: durationMs,
        },
      });
      return ban;
    },

    /** Lifts a ban by id or by subject. */
    async unban(match: { id?: string; subject?: string }, actor: string | null): Promise<Ban[]> {
      const lifted = await deps.repo.lift(
        { ...match, ...(match.subject ? { subject: canonicalSubjectOrUser(match.subject) } : {}) },
        deps.clock.now(),
        actor,
      );
      if (lifted.length === 0) throw new AppError('not_found', 'No such active ban.');
      await reload();
      await deps.state.publish(CHANNEL, 'lifted');
      for (const ban of lifted) {
        await deps.log.record({
          type: ban.subjectType === 'ip' ? 'ip_unbanned' : 'user_unbanned',
          severity: 'info',
          userId: actor,
          detail: { ban_id: ban.id, subject: ban.subject },
        });
      }
      return lifted;
    },

    listActive: () => deps.repo.listActive(deps.clock.now()),
  };
}

/** The ban service's type. */
export type Bans = Awaited<ReturnType<typeof createBans>>;

/** An address or CIDR in canonical form; throws validation_failed for anything else. */
function canonicalSubject(subject: string): string {
  try {
    compileAddressList([subject]);
  } catch {
    throw new AppError('validation_failed', 'Give an IP address or a CIDR block.');
  }
  const [address = '', prefix] = subject.trim().split('/');
  return prefix === undefined ? normaliseIp(address) : `${normaliseIp(address)}/${prefix}`;
}

function canonicalSubjectOrUser(subject: string): string {
  try {
    return canonicalSubject(subject);
  } catch {
    return subject;
  }
}
