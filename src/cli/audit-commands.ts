import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { verifyChain } from '../security/audit-chain.js';
import { toAuditLine } from '../security/audit-file.js';
import type { SecurityEvent } from '../store/security-events-repository.js';
import { dispatch, parseCommand, parseDuration, UsageError } from './args.js';
import { withServices } from './context.js';

/** Usage of `rampart audit`. */
export const AUDIT_USAGE = `Usage: rampart audit <subcommand>

  audit verify            check the security event hash chain; exit 2 if it was tampered with
  audit tail [-n 20] [--follow]
                          print the latest events as JSON lines; --follow keeps printing new ones
                          until interrupted
  audit export [--since <ISO date | 24h | 7d>] [--type <event type>]
                          print events as JSON lines, oldest first (for a SIEM)
`;

/** Exit status of `audit verify` when the chain is broken. */
export const EXIT_TAMPERED = 2;

/** Options for tests: stop `--follow` without a signal, and poll faster. */
export interface AuditRunOptions {
  readonly signal?: AbortSignal | undefined;
  readonly pollMs?: number | undefined;
}

const PAGE = 1000;

/** Runs `rampart audit <subcommand> ...`. */
export async function runAudit(args: string[], options: AuditRunOptions = {}): Promise<number> {
  return dispatch('audit', args, AUDIT_USAGE, {
    verify,
    tail: (rest) => tail(rest, options),
    export: exportEvents,
  });
}

async function verify(args: string[]): Promise<number> {
  parseCommand(args, { usage: AUDIT_USAGE });
  const result = await withServices((services) => verifyChain(services.database.db));
  if (result.ok) {
    await out(`OK: ${result.rows} events, chain intact\n`);
    return 0;
  }
  await out(`TAMPERED at seq ${result.firstBadSeq}: ${result.problem}\n`);
  return EXIT_TAMPERED;
}

async function tail(args: string[], options: AuditRunOptions): Promise<number> {
  const { count, follow } = parseTailArgs(args);
  return withServices(async ({ store }) => {
    const latest = (await store.securityEvents.list({ limit: count })).reverse();
    await print(latest);
    if (!follow) return 0;
    let after = latest.at(-1)?.seq ?? 0;
    const stop = new AbortController();
    const onSigint = () => stop.abort();
    const onAbort = () => stop.abort();
    process.once('SIGINT', onSigint);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) stop.abort();
    try {
      while (!stop.signal.aborted) {
        const fresh = await store.securityEvents.listAfter(after, { limit: PAGE });
        await print(fresh);
        after = fresh.at(-1)?.seq ?? after;
        // A full page means more are waiting; otherwise wait for the next poll.
        if (fresh.length < PAGE) {
          await sleep(options.pollMs ?? 1000, undefined, { signal: stop.signal }).catch(() => undefined);
        }
      }
      return 0;
    } finally {
      process.off('SIGINT', onSigint);
      options.signal?.removeEventListener('abort', onAbort);
    }
  });
}

function parseTailArgs(args: string[]): { count: number; follow: boolean } {
  let values: { lines?: string | undefined; follow?: boolean | undefined };
  try {
    const parsed = parseArgs({
      args,
      options: { lines: { type: 'string', short: 'n' }, follow: { type: 'boolean', short: 'f' } },
      strict: true,
      allowPositionals: false,
    });
    values = parsed.values;
  } catch (error) {
    throw new UsageError((error as Error).message, AUDIT_USAGE);
  }
  const lines = values.lines ?? '20';
  if (!/^\d{1,5}$/.test(lines) || Number(lines) < 1) {
    throw new UsageError(`-n takes a number of events from 1 to 99999, not "${lines}"`, AUDIT_USAGE);
  }
  return { count: Number(lines), follow: values.follow === true };
}

async function exportEvents(args: string[]): Promise<number> {
  const { options } = parseCommand(args, {
    options: { since: { type: 'string' }, type: { type: 'string' } },
    usage: AUDIT_USAGE,
  });
  const since = options.since === undefined ? undefined : parseSince(options.since);
  return withServices(async ({ store, clock }) => {
    const filter = {
      type: options.type,
      since:
        since === undefined
          ? undefined
          : 'ms' in since
            ? new Date(clock.now().getTime() - since.ms)
            : since.at,
    };
    let after = 0;
    for (;;) {
      const page = await store.securityEvents.listAfter(after, { ...filter, limit: PAGE });
      await print(page);
      if (page.length < PAGE) return 0;
      after = page.at(-1)?.seq ?? after;
    }
  });
}

/** `--since`: a duration back from now (`24h`, `7d`, `30m`) or an ISO-8601 date or instant. */
function parseSince(value: string): { ms: number } | { at: Date } {
  if (/^\d+[dhm]$/.test(value)) return { ms: parseDuration(value, '--since', AUDIT_USAGE) };
  const at = new Date(value);
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(at.getTime())) {
    throw new UsageError(
      `--since takes an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z, or a duration such as 24h or 7d, not "${value}"`,
      AUDIT_USAGE,
    );
  }
  return { at };
}

async function print(events: SecurityEvent[]): Promise<void> {
  if (events.length > 0) await out(`${events.map(toAuditLine).join('\n')}\n`);
}

/** Writes to standard output, waiting when the pipe is full (exports can be large). */
async function out(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
