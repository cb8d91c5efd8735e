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
  if (SKIPPED_HEADERS.has(name)) return true;
  for (const prefix of SKIPPED_HEADER_PREFIXES) if (name.startsWith(prefix)) return true;
  return false;
}

type Context = 'value' | 'path' | 'query';
type Inspect = (text: string, options?: { context?: Context }) => TextInspection;

const CONTEXT_OPTIONS = {
  value: Object.freeze({ context: 'value' as const }),
  path: Object.freeze({ context: 'path' as const }),
  query: Object.freeze({ context: 'query' as const }),
};

const NO_FIELDS: ReadonlySet<string> = new Set();

/** What a clean request yields; shared, as it holds nothing of the request. */
const CLEAN: RequestInspection = Object.freeze({
  verdict: 'allow',
  score: 0,
  classes: Object.freeze([]) as unknown as AttackClass[],
  findings: Object.freeze([]) as unknown as Finding[],
});

/** One request's inspection in progress. Plain functions over it, so a clean request allocates little. */
interface Run {
  readonly inspect: Inspect;
  readonly config: DetectorConfig;
  readonly scoreOnlyFields: ReadonlySet<string>;
  readonly findings: Finding[];
  budget: number;
  strings: number;
}

function check(run: Run, text: string, context: Context): TextInspection | undefined {
  if (text.length === 0 || run.budget <= 0) return undefined;
  const inspected = text.length > run.budget ? text.slice(0, run.budget) : text;
  run.budget -= Math.min(inspected.length, run.config.maxChars);
  return run.inspect(inspected, CONTEXT_OPTIONS[context]);
}

function record(
  run: Run,
  location: FindingLocation,
  name: string,
  first: TextInspection | undefined,
  second?: TextInspection | undefined,
  scoreOnly = false,
): void {
  const score = (first?.score ?? 0) + (second?.score ?? 0);
  if (score === 0) return;
  const classes = new Set<AttackClass>([...(first?.classes ?? []), ...(second?.classes ?? [])]);
  const rules = new Set<string>([...(first?.rules ?? []), ...(second?.rules ?? [])]);
  const finding = { location, name, classes: [...classes].sort(), score, rules: [...rules].sort() };
  run.findings.push(scoreOnly ? { ...finding, scoreOnly: true } : finding);
}

function inspectHeaders(run: Run, headers: RequestParts['headers']): void {
  for (const rawName in headers) {
    const rawValue = headers[rawName];
    if (rawValue === undefined) continue;
    const name = rawName.toLowerCase();
    if (skipHeader(name)) continue;
    if (typeof rawValue === 'string') inspectHeader(run, name, rawValue);
    else for (const value of rawValue) inspectHeader(run, name, value);
  }
}

function inspectHeader(run: Run, name: string, value: string): void {
  if (name !== 'cookie') {
    record(run, 'header', name, check(run, value, 'value'));
    return;
  }
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    const cookieName = (eq === -1 ? '' : part.slice(0, eq)).trim();
    record(
      run,
      'header',
      `cookie:${cookieName.slice(0, 200)}`,
      check(run, eq === -1 ? part.trim() : part.slice(eq + 1), 'value'),
    );
  }
}

function inspectQuery(run: Run, query: string): void {
  for (const pair of query.split('&')) {
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    record(run, 'query', name.slice(0, 200), check(run, name, 'query'), check(run, value, 'query'));
  }
}

/** Depth-first over the body; `scoreOnly` sticks to everything under a score-only field. */
function walk(run: Run, value: unknown, path: string, depth: number, scoreOnly: boolean): void {
  const { config } = run;
  if (run.strings >= config.maxBodyStrings || run.budget <= 0) return;
  if (typeof value === 'string') {
    run.strings++;
    record(run, 'body', path, check(run, value, 'value'), undefined, scoreOnly);
    return;
  }
  if (value === null || typeof value !== 'object' || depth >= config.maxBodyDepth) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && run.strings < config.maxBodyStrings; i++) {
      walk(run, value[i], `${path}[${i}]`, depth + 1, scoreOnly);
    }
    return;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (run.strings >= config.maxBodyStrings) return;
    const childPath = path === '' ? key : `${path}.${key}`;
    const childScoreOnly = scoreOnly || run.scoreOnlyFields.has(key);
    run.strings++;
    record(run, 'body', `${childPath} (key)`, check(run, key, 'value'), undefined, childScoreOnly);
    walk(run, child, childPath, depth + 1, childScoreOnly);
  }
}

/** Inspects a request field by field with `inspect`; see {@link InspectRequestOptions}. */
export function inspectRequestWith(
  inspect: Inspect,
  config: DetectorConfig,
  request: RequestParts,
  options: InspectRequestOptions,
): RequestInspection {
  const run: Run = {
    inspect,
    config,
    scoreOnlyFields: options.scoreOnlyFields ? new Set(options.scoreOnlyFields) : NO_FIELDS,
    findings: [],
    budget: config.maxRequestChars,
    strings: 0,
  };
  record(run, 'path', '', check(run, request.path, 'path'));
  if (request.query.length > 0) inspectQuery(run, request.query);
  inspectHeaders(run, request.headers);
  if (request.body !== undefined) {
    const body =
      request.body instanceof Uint8Array ? Buffer.from(request.body).toString('utf8') : request.body;
    walk(run, body, '', 0, false);
  }
  if (run.findings.length === 0) return CLEAN;

  let score = 0;
  let blockable = 0;
  const classes = new Set<AttackClass>();
  for (const finding of run.findings) {
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
  return { verdict, score, classes: [...classes].sort(), findings: run.findings };
}
