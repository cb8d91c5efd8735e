import type { AttackClass, DetectorConfig, TextInspection, Verdict } from './types.js';
import { verdictFor } from './types.js';

/** The parts of an HTTP request the detector looks at. */
export interface RequestParts {
  readonly method: string;
  /** URL path, without the query string. */
  readonly path: string;
  /** Raw query string (without `?`), still percent-encoded. */
  readonly query: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed body: a string, or JSON objects/arrays whose keys and string values are inspected. */
  readonly body: unknown;
}

/** Per-call options of `inspectRequest`. */
export interface InspectRequestOptions {
  /**
   * Body field names (at any depth; everything under them too) whose text is scored and can flag,
   * but can never make the verdict `block`: chat messages, where people paste code and payloads.
   */
  readonly scoreOnlyFields?: readonly string[];
}

/** Where in the request a finding is. */
export type FindingLocation = 'path' | 'query' | 'header' | 'body';

/** One inspected field that scored above zero. */
export interface Finding {
  readonly location: FindingLocation;
  /** Parameter, header (`cookie:<name>` for a cookie) or JSON path (`messages[0].content`); `''` for the path or a text body. */
  readonly name: string;
  readonly classes: AttackClass[];
  readonly score: number;
  readonly rules: string[];
  /** Present (true) when the field is one of `scoreOnlyFields`. */
  readonly scoreOnly?: true;
}

/** Result of inspecting a request. `score` sums every finding; `block` needs that many points outside score-only fields. */
export interface RequestInspection {
  readonly verdict: Verdict;
  readonly score: number;
  readonly classes: AttackClass[];
  readonly findings: Finding[];
}

// Headers that browsers and HTTP stacks fill with fixed-format values, or that carry credentials and
// random tokens: matching signatures against them only produces false positives.
const SKIPPED_HEADERS = new Set([
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'access-control-request-headers',
  'access-control-request-method',
  'authorization',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'dnt',
  'host',
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'if-unmodified-since',
  'keep-alive',
  'origin',
  'pragma',
  'priority',
  'proxy-authorization',
  'range',
  'sec-gpc',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'upgrade-insecure-requests',
  'x-api-key',
  'x-csrf-token',
  'x-xsrf-token',
  'x-request-id',
]);
const SKIPPED_HEADER_PREFIXES = ['sec-ch-', 'sec-fetch-', 'sec-websocket-'];

function skipHeader(name: string): boolean {
  return SKIPPED_HEADERS.has(name) || SKIPPED_HEADER_PREFIXES.some((prefix) => name.startsWith(prefix));
}

type Context = 'value' | 'path' | 'query';
type Inspect = (text: string, options?: { context?: Context }) => TextInspection;

/** Inspects a request field by field with `inspect`; see {@link InspectRequestOptions}. */
export function inspectRequestWith(
  inspect: Inspect,
  config: DetectorConfig,
  request: RequestParts,
  options: InspectRequestOptions,
): RequestInspection {
  const findings: Finding[] = [];
  let budget = config.maxRequestChars;
  let strings = 0;
  const scoreOnlyFields = new Set(options.scoreOnlyFields ?? []);

  const check = (text: string, context: Context = 'value'): TextInspection | undefined => {
    if (text.length === 0 || budget <= 0) return undefined;
    const inspected = text.length > budget ? text.slice(0, budget) : text;
    budget -= Math.min(inspected.length, config.maxChars);
    return inspect(inspected, { context });
  };
  const record = (
    location: FindingLocation,
    name: string,
    results: (TextInspection | undefined)[],
    scoreOnly = false,
  ) => {
    let score = 0;
    const classes = new Set<AttackClass>();
    const rules = new Set<string>();
    for (const result of results) {
      if (!result) continue;
      score += result.score;
      for (const c of result.classes) classes.add(c);
      for (const r of result.rules) rules.add(r);
    }
    if (score === 0) return;
    const finding = { location, name, classes: [...classes].sort(), score, rules: [...rules].sort() };
    findings.push(scoreOnly ? { ...finding, scoreOnly: true } : finding);
  };

  record('path', '', [check(request.path, 'path')]);
  for (const pair of request.query.split('&')) {
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    record('query', name.slice(0, 200), [check(name, 'query'), check(value, 'query')]);
  }
  for (const [rawName, rawValue] of Object.entries(request.headers)) {
    const name = rawName.toLowerCase();
    if (rawValue === undefined || skipHeader(name)) continue;
    for (const value of Array.isArray(rawValue) ? rawValue : [rawValue]) {
      if (name === 'cookie') {
        for (const part of value.split(';')) {
          const eq = part.indexOf('=');
          const cookieName = (eq === -1 ? '' : part.slice(0, eq)).trim();
          record('header', `cookie:${cookieName.slice(0, 200)}`, [
            check(eq === -1 ? part.trim() : part.slice(eq + 1)),
          ]);
        }
      } else {
        record('header', name, [check(value)]);
      }
    }
  }

  // Depth-first over the body; `scoreOnly` sticks to everything under a score-only field.
  const walk = (value: unknown, path: string, depth: number, scoreOnly: boolean): void => {
    if (strings >= config.maxBodyStrings || budget <= 0) return;
    if (typeof value === 'string') {
      strings++;
      record('body', path, [check(value)], scoreOnly);
      return;
    }
    if (value === null || typeof value !== 'object' || depth >= config.maxBodyDepth) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && strings < config.maxBodyStrings; i++) {
        walk(value[i], `${path}[${i}]`, depth + 1, scoreOnly);
      }
      return;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (strings >= config.maxBodyStrings) return;
      const childPath = path === '' ? key : `${path}.${key}`;
      const childScoreOnly = scoreOnly || scoreOnlyFields.has(key);
      strings++;
      record('body', `${childPath} (key)`, [check(key)], childScoreOnly);
      walk(child, childPath, depth + 1, childScoreOnly);
    }
  };
  const body = request.body instanceof Uint8Array ? Buffer.from(request.body).toString('utf8') : request.body;
  walk(body, '', 0, false);

  let score = 0;
  let blockable = 0;
  const classes = new Set<AttackClass>();
  for (const finding of findings) {
    score += finding.score;
    if (!finding.scoreOnly) blockable += finding.score;
    for (const c of finding.classes) classes.add(c);
  }
  const verdict =
    verdictFor(blockable, config) === 'block'
      ? 'block'
      : verdictFor(score, config) === 'allow'
        ? 'allow'
        : 'flag';
  return { verdict, score, classes: [...classes].sort(), findings };
}
