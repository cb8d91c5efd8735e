import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '../errors.js';
import type { Services } from '../services.js';
import { noQuery } from './validation.js';

/** Which pipeline layer a denial code comes from. */
const LAYER_OF: Partial<Record<ErrorCode, string>> = {
  request_blocked: 'filter_or_signature',
  ip_blocked: 'intrusion',
  user_blocked: 'intrusion',
  rate_limited: 'rate_limit',
  authentication_required: 'authenticate',
  invalid_credentials: 'authenticate',
  csrf_failed: 'authenticate',
  forbidden: 'authorise',
  locked_down: 'authorise',
  validation_failed: 'validate',
  invalid_request: 'validate',
  unsupported_media_type: 'validate',
  payload_too_large: 'validate',
};

/** Counters kept in process; exposed in the Prometheus text format. */
export function createMetrics() {
  // Requests are counted on every answer: by route, method and status in nested maps, so counting
  // builds no label string; the labels are written only when /metrics is read.
  const requestCounts = new Map<string, Map<string, Map<number, number>>>();
  const denials = new Map<string, number>();
  const events = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const requests = (): Map<string, number> => {
    const labelled = new Map<string, number>();
    for (const [route, byMethod] of requestCounts) {
      for (const [method, byStatus] of byMethod) {
        for (const [status, count] of byStatus) {
          labelled.set(`method="${method}",route="${route}",status="${status}"`, count);
        }
      }
    }
    return labelled;
  };
  return {
    countRequest(method: string, route: string, status: number): void {
      let byMethod = requestCounts.get(route);
      if (!byMethod) {
        byMethod = new Map();
        requestCounts.set(route, byMethod);
      }
      let byStatus = byMethod.get(method);
      if (!byStatus) {
        byStatus = new Map();
        byMethod.set(method, byStatus);
      }
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    },
    countDenial(code: ErrorCode): void {
      const layer = LAYER_OF[code];
      if (layer) bump(denials, `layer="${layer}",code="${code}"`);
    },
    countEvent(type: string): void {
      bump(events, `type="${type}"`);
    },
    render(activeBans: number): string {
      const lines: string[] = [];
      const family = (name: string, help: string, type: string, map: Map<string, number>) => {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
        for (const [labels, value] of [...map].sort()) lines.push(`${name}{${labels}} ${value}`);
      };
      family(
        'rampart_http_requests_total',
        'Requests answered, by method, route and status.',
        'counter',
        requests(),
      );
      family(
        'rampart_denials_total',
        'Requests refused, by pipeline layer and error code.',
        'counter',
        denials,
      );
      family('rampart_security_events_total', 'Security events recorded, by type.', 'counter', events);
      lines.push(
        '# HELP rampart_active_bans Bans in force now.',
        '# TYPE rampart_active_bans gauge',
        `rampart_active_bans ${activeBans}`,
      );
      const hits = [...denials].filter(([k]) => k.includes('rate_limit')).reduce((n, [, v]) => n + v, 0);
      lines.push(
        '# HELP rampart_rate_limit_hits_total Requests refused by a rate limit.',
        '# TYPE rampart_rate_limit_hits_total counter',
        `rampart_rate_limit_hits_total ${hits}`,
      );
      return `${lines.join('\n')}\n`;
    },
  };
}

/** The metrics' type. */
export type Metrics = ReturnType<typeof createMetrics>;

/** GET /metrics (security:read) and the hooks that count. */
export function registerMetrics(app: FastifyInstance, services: Services, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: bounded label values, and no ids or tokens in metrics.
    metrics.countRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode);
    done();
  });
  services.log.observe((event) => metrics.countEvent(event.type));
  app.get(
    '/metrics',
    { schema: { querystring: noQuery }, config: { access: 'security:read' } },
    async (_request, reply) => {
      const active = (await services.bans.listActive()).length;
      reply.type('text/plain; version=0.0.4; charset=utf-8');
      return metrics.render(active);
    },
  );
}
