import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { AttackDetector, RequestInspection } from '../security/attacks/index.js';
import type { Bans } from '../security/bans.js';
import type { SecurityLog } from '../security/events.js';
import { recordOncePerMinute } from '../security/repeated-refusals.js';
import type { Ban } from '../store/bans-repository.js';
import type { StateStore } from '../store/state/state-store.js';
import { clientInfo } from './auth-hooks.js';

/**
 * Step [2], first check: a banned address is refused before any other work (403 `ip_blocked`,
 * Retry-After = time left). Each refusal is worth noting, but a banned client hammering the server
 * must not flood the log: one event per address per minute.
 */
export function createBanCheckHook(deps: { bans: Bans; log: SecurityLog; state: StateStore; clock: Clock }) {
  return function refuseBannedAddress(request: FastifyRequest): Promise<void> | undefined {
    const ban = deps.bans.checkIp(clientInfo(request).ip);
    if (ban) return refuse(request, ban);
  };

  async function refuse(request: FastifyRequest, ban: Ban): Promise<void> {
    const client = clientInfo(request);
    const nowMs = deps.clock.now().getTime();
    await recordOncePerMinute(deps, `ban:${ban.id}`, {
      type: 'banned_request',
      severity: 'info',
      client,
      detail: { ban_id: ban.id, route: request.url.slice(0, 200) },
    });
    throw new AppError('ip_blocked', undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil((ban.expiresAt.getTime() - nowMs) / 1000)),
    });
  }
}

/** After authentication: a banned user is refused with any key or session (403 `user_blocked`). */
export function createUserBanHook(deps: { bans: Bans; clock: Clock }) {
  return function refuseBannedUser(request: FastifyRequest): void {
    const userId = request.principal?.userId;
    const ban = userId ? deps.bans.checkUser(userId) : undefined;
    if (!ban) return;
    const remainingMs = ban.expiresAt.getTime() - deps.clock.now().getTime();
    throw new AppError('user_blocked', undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)),
    });
  };
}

/** Chat text is scored, never blocked: people paste code and payloads to ask about them. */
const SCORE_ONLY_FIELDS = ['message'];

function judge(
  request: FastifyRequest,
  log: SecurityLog,
  inspection: RequestInspection,
  part: 'head' | 'body',
): Promise<void> | undefined {
  if (inspection.verdict !== 'allow') return report(request, log, inspection, part);
}

async function report(
  request: FastifyRequest,
  log: SecurityLog,
  inspection: RequestInspection,
  part: 'head' | 'body',
): Promise<void> {
  await log.record({
    type: 'attack_detected',
    severity: inspection.verdict === 'block' ? 'warning' : 'info',
    userId: request.principal?.userId ?? null,
    client: clientInfo(request),
    detail: {
      verdict: inspection.verdict,
      score: inspection.score,
      classes: inspection.classes,
      part,
      route: request.routeOptions.url ?? null,
      // Where and which rules, never the matched text: it may be a secret or a payload.
      findings: inspection.findings
        .slice(0, 10)
        .map((f) => ({ location: f.location, name: f.name.slice(0, 64), rules: f.rules })),
    },
  });
  if (inspection.verdict === 'block') throw new AppError('request_blocked');
}

/** Step [2]: attack signatures in the path, query and headers (the body is not parsed yet). */
export function createHeadInspectionHook(detector: AttackDetector, log: SecurityLog) {
  return function inspectRequestHead(request: FastifyRequest): Promise<void> | undefined {
    const queryAt = request.url.indexOf('?');
    const inspection = detector.inspectRequest({
      method: request.method,
      path: queryAt === -1 ? request.url : request.url.slice(0, queryAt),
      query: queryAt === -1 ? '' : request.url.slice(queryAt + 1),
      headers: request.headers,
      body: undefined,
    });
    return judge(request, log, inspection, 'head');
  };
}

/** Step [6]: attack signatures in the parsed body (JSON keys and string values). */
export function createBodyInspectionHook(detector: AttackDetector, log: SecurityLog) {
  return function inspectRequestBody(request: FastifyRequest): Promise<void> | undefined {
    if (request.body === undefined || request.body === null) return;
    const inspection = detector.inspectRequest(
      { method: request.method, path: '', query: '', headers: {}, body: request.body },
      { scoreOnlyFields: SCORE_ONLY_FIELDS },
    );
    return judge(request, log, inspection, 'body');
  };
}
