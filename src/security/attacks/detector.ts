import { normalise, type ViewName } from './normalise.js';
import {
  type InspectRequestOptions,
  inspectRequestWith,
  type RequestInspection,
  type RequestParts,
} from './request.js';
import { ALL_RULES } from './rules.js';
import {
  type AttackClass,
  DEFAULT_DETECTOR_CONFIG,
  type DetectorConfig,
  type Rule,
  type TextInspection,
  verdictFor,
} from './types.js';

/** Per-call options of `inspectText`. */
export interface InspectTextOptions {
  /**
   * `path` skips rules about whole parameter values (anchored ones, like a value starting with `//`);
   * `query` decodes `+` as a space, as query strings do. @default 'value'
   */
  readonly context?: 'value' | 'path' | 'query';
}

/** A detector built by {@link createAttackDetector}. */
export interface AttackDetector {
  readonly config: DetectorConfig;
  inspectText(text: string, options?: InspectTextOptions): TextInspection;
  inspectRequest(request: RequestParts, options?: InspectRequestOptions): RequestInspection;
}

/**
 * Builds a detector. Rules are compiled once at module load; the factory only groups them by view and
 * checks the configuration, so creating several detectors is cheap.
 */
export function createAttackDetector(overrides: Partial<DetectorConfig> = {}): AttackDetector {
  const config: DetectorConfig = Object.freeze({ ...DEFAULT_DETECTOR_CONFIG, ...overrides });
  for (const [name, value] of Object.entries(config)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`Attack detector option ${name} must be positive`);
  }
  if (config.flagThreshold > config.blockThreshold) {
    throw new Error('Attack detector option flagThreshold must not exceed blockThreshold');
  }
  const byView = new Map<ViewName, Rule[]>();
  for (const r of ALL_RULES) {
    const list = byView.get(r.view) ?? [];
    list.push(r);
    byView.set(r.view, list);
  }
  const limits = { maxChars: config.maxChars, maxDecodeRounds: config.maxDecodeRounds };
  const queryLimits = { ...limits, plusAsSpace: true };

  // Paths, user agents and header values repeat from request to request; remembering the verdicts of
  // short texts (bounded, oldest dropped first) makes the common case a map lookup.
  // One memo per context, so a lookup needs no key built per call.
  const memos = { value: new Map<string, TextInspection>(), path: new Map(), query: new Map() };
  const MEMO_MAX_ENTRIES = 10_000;
  const MEMO_MAX_CHARS = 512;

  function inspectText(text: string, options: InspectTextOptions = {}): TextInspection {
    if (text.length > MEMO_MAX_CHARS) return inspectFresh(text, options);
    const memo: Map<string, TextInspection> = memos[options.context ?? 'value'];
    const known = memo.get(text);
    if (known) return known;
    const result = inspectFresh(text, options);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    memo.set(text, Object.freeze(result));
    return result;
  }

  function inspectFresh(text: string, options: InspectTextOptions): TextInspection {
    const views = normalise(text, options.context === 'query' ? queryLimits : limits);
    const inPath = options.context === 'path';
    let score = 0;
    const classes = new Set<AttackClass>();
    const matched: string[] = [];
    for (const [view, rules] of byView) {
      const subject = views[view];
      if (subject.length === 0) continue;
      for (const r of rules) {
        if (inPath && r.valueOnly) continue;
        if (!r.pattern.test(subject)) continue;
        score += r.weight;
        classes.add(r.cls);
        matched.push(r.id);
      }
    }
    return { verdict: verdictFor(score, config), score, classes: [...classes].sort(), rules: matched.sort() };
  }

  return {
    config,
    inspectText,
    inspectRequest: (request, options = {}) => inspectRequestWith(inspectText, config, request, options),
  };
}

const defaultDetector = createAttackDetector();

/** Inspects one text (a parameter value, header, message…) with the default detector. */
export function inspectText(text: string, options?: InspectTextOptions): TextInspection {
  return defaultDetector.inspectText(text, options);
}

/** Inspects a whole request (path, query, headers, body) with the default detector. */
export function inspectRequest(request: RequestParts, options?: InspectRequestOptions): RequestInspection {
  return defaultDetector.inspectRequest(request, options);
}
