import { existsSync, readFileSync } from 'node:fs';
import { dotFeatures, FEATURE_SPEC } from './features.js';

/** A loaded prompt-injection classifier. */
export interface Classifier {
  /**
   * Probability (0..1) that `text` is a prompt injection or jailbreak. Pass the normaliser's folded text:
   * the model was trained on folded text, and nothing here folds it again.
   */
  probability(text: string): number;
}

/** The committed weights; `npm run build` copies them beside the built module. */
const WEIGHT_FILE = new URL('./classifier-weights.json', import.meta.url);

function readDefaultWeights(): unknown {
  if (!existsSync(WEIGHT_FILE)) {
    throw new Error(`classifier weights not found at ${WEIGHT_FILE.pathname}: run npm run build`);
  }
  return JSON.parse(readFileSync(WEIGHT_FILE, 'utf8'));
}

function fail(problem: string): never {
  throw new Error(`invalid classifier weights: ${problem}`);
}

function finite(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`"${key}" must be a finite number`);
  return value;
}

/**
 * Checks the file against {@link FEATURE_SPEC} and decodes its int8 weights. A model trained on other features
 * would score garbage without any error, so any difference in the feature layout is refused.
 */
function decode(json: unknown): { weights: Float32Array; bias: number } {
  if (typeof json !== 'object' || json === null) fail('not an object');
  const model = json as Record<string, unknown>;
  if (model.version !== FEATURE_SPEC.version || model.buckets !== FEATURE_SPEC.buckets) {
    fail(
      `feature version ${String(model.version)} with ${String(model.buckets)} buckets, but this build ` +
        `featurises as ${FEATURE_SPEC.version} with ${FEATURE_SPEC.buckets}; retrain with scripts/train-guard.mjs`,
    );
  }
  if (JSON.stringify(model.features) !== JSON.stringify(FEATURE_SPEC)) {
    fail('"features" differs from FEATURE_SPEC; retrain with scripts/train-guard.mjs');
  }
  if (model.encoding !== 'int8-base64-dense') fail(`unknown encoding ${String(model.encoding)}`);
  if (typeof model.weights !== 'string') fail('"weights" must be a base64 string');
  const bias = finite(model, 'bias');
  const scale = finite(model, 'scale');
  const bytes = Buffer.from(model.weights, 'base64');
  if (bytes.length !== FEATURE_SPEC.buckets)
    fail(`${bytes.length} weights, expected ${FEATURE_SPEC.buckets}`);
  const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(ints.length);
  for (let i = 0; i < ints.length; i++) weights[i] = (ints[i] ?? 0) * scale;
  return { weights, bias };
}

/**
 * Loads the classifier from `json` (a parsed weights file, as `scripts/train-guard.mjs` writes it), or by
 * default from the committed `classifier-weights.json`. Throws when the file does not match
 * {@link FEATURE_SPEC}.
 */
export function loadClassifier(json?: unknown): Classifier {
  const { weights, bias } = decode(json === undefined ? readDefaultWeights() : json);
  return {
    probability(text: string): number {
      const z = bias + dotFeatures(text, weights);
      return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    },
  };
}
