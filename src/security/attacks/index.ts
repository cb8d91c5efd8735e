// Web-attack signature detection (an OWASP CRS-style rule set), framework-free.
//
// Scoring: every rule has CRS anomaly points (critical 5, error 4, warning 3, notice 2); a text scores
// the sum over the distinct rules it matches, a request the sum over its fields. Verdicts: `block` from
// 5 points, `flag` from 3, else `allow` (DetectorConfig.blockThreshold / flagThreshold). A request only
// blocks on points outside `scoreOnlyFields`. Each field is inspected up to its first 64 Ki characters
// (maxChars), and at most 1 Mi characters and 2,000 body strings per request.

export type { AttackDetector } from './detector.js';
export { createAttackDetector, type InspectTextOptions, inspectRequest, inspectText } from './detector.js';
export type {
  Finding,
  FindingLocation,
  InspectRequestOptions,
  RequestInspection,
  RequestParts,
} from './request.js';
export {
  type AttackClass,
  DEFAULT_DETECTOR_CONFIG,
  type DetectorConfig,
  type TextInspection,
  type Verdict,
  verdictFor,
} from './types.js';
