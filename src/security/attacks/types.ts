import type { ViewName } from './normalise.js';

/** Attack classes a rule can report. `evasion` marks encoding tricks (null bytes, overlong UTF-8, …). */
export type AttackClass =
  | 'sqli'
  | 'xss'
  | 'traversal'
  | 'lfi'
  | 'cmdi'
  | 'ssti'
  | 'crlf'
  | 'xxe'
  | 'ssi'
  | 'nosqli'
  | 'ldapi'
  | 'xpathi'
  | 'open_redirect'
  | 'evasion';

/** Points a rule adds to a text's score, after CRS's anomaly-scoring severities. */
export const WEIGHT = { critical: 5, error: 4, warning: 3, notice: 2 } as const;

/** One signature. */
export interface Rule {
  /** Stable identifier, `<class>-<what>`. */
  readonly id: string;
  readonly cls: AttackClass;
  /** Points added when the rule matches (each rule counts once per text). */
  readonly weight: number;
  /** Which normalised form of the text the pattern runs on. */
  readonly view: ViewName;
  /** Never global or sticky: `test()` must not carry `lastIndex` between texts. */
  readonly pattern: RegExp;
  /** Rules about a whole parameter value (anchored at its start); skipped for the URL path. */
  readonly valueOnly?: boolean;
}

/** Builds a rule; a small helper so the rule tables read as one line each. */
export function rule(
  id: string,
  cls: AttackClass,
  weight: number,
  view: ViewName,
  pattern: RegExp,
  valueOnly = false,
): Rule {
  return valueOnly ? { id, cls, weight, view, pattern, valueOnly } : { id, cls, weight, view, pattern };
}

/** What to do with a request or text: let it through, record it, or refuse it. */
export type Verdict = 'allow' | 'flag' | 'block';

/** Detector settings; every field has a default in {@link DEFAULT_DETECTOR_CONFIG}. */
export interface DetectorConfig {
  /** Score (points) from which a text or request is flagged. @default 3 */
  readonly flagThreshold: number;
  /** Score from which it is blocked. @default 5 (CRS's default inbound anomaly threshold) */
  readonly blockThreshold: number;
  /** Characters of each field that are inspected; the rest is not looked at. @default 65536 */
  readonly maxChars: number;
  /** Decoding rounds per field (URL → HTML entities → JS escapes, repeated until stable). @default 5 */
  readonly maxDecodeRounds: number;
  /** Deepest JSON nesting of a body that is walked. @default 32 */
  readonly maxBodyDepth: number;
  /** Body keys plus string values inspected per request; the rest is skipped. @default 2000 */
  readonly maxBodyStrings: number;
  /** Characters inspected per request over all fields together. @default 1048576 */
  readonly maxRequestChars: number;
}

/** Defaults (points after OWASP CRS anomaly scoring: critical 5, error 4, warning 3, notice 2). */
export const DEFAULT_DETECTOR_CONFIG: DetectorConfig = Object.freeze({
  flagThreshold: 3,
  blockThreshold: 5,
  maxChars: 64 * 1024,
  maxDecodeRounds: 5,
  maxBodyDepth: 32,
  maxBodyStrings: 2000,
  maxRequestChars: 1024 * 1024,
});

/** Result of inspecting one text. `score` is the sum of the matched rules' points. */
export interface TextInspection {
  readonly verdict: Verdict;
  readonly score: number;
  readonly classes: AttackClass[];
  readonly rules: string[];
}

/** Turns a score into a verdict under `config`'s thresholds. */
export function verdictFor(score: number, config: DetectorConfig): Verdict {
  if (score >= config.blockThreshold) return 'block';
  return score >= config.flagThreshold ? 'flag' : 'allow';
}
