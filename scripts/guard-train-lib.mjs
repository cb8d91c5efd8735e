/**
 * Training and scoring for the prompt-injection classifier (logistic regression on the hashed features of
 * `src/security/guard/features.ts`). Used by `scripts/train-guard.mjs` (the shipped model), by
 * `scripts/guard-loro.mjs` (leave-one-repository-out evaluation) and by the evaluation harness.
 *
 * Needs `npm run build` first: it imports the built features, and the built normaliser when there is one, so
 * training folds text exactly as the detector does at inference.
 */
import { readFileSync } from 'node:fs';
import { FEATURE_SPEC, featurize } from '../dist/security/guard/features.js';

/** Defaults of {@link trainModel}; recorded in the model file so a run can be repeated. */
export const TRAIN_DEFAULTS = Object.freeze({
  seed: 20_260_101,
  epochs: 12,
  learningRate: 0.25,
  l2: 1e-6,
  holdout: 0.1,
  patience: 2,
  prune: 1e-3,
});

async function loadFolder() {
  try {
    const module = await import('../dist/security/guard/normalise.js');
    if (typeof module.normalise === 'function') {
      return { mode: 'normalise', fold: (text) => module.normalise(text).text };
    }
    process.emitWarning('dist/security/guard/normalise.js has no normalise(); using the fallback fold');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.emitWarning(`guard normaliser not built (${detail}); using NFKC + lower-case + whitespace fold`);
  }
  // Stand-in until the normaliser lands: the lead retrains once it does, so the model matches inference.
  return {
    mode: 'fallback',
    fold: (text) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim(),
  };
}

const folder = await loadFolder();

/** How text is folded before featurising: `'normalise'` (the detector's normaliser) or `'fallback'`. */
export const foldMode = folder.mode;

/** Folds raw text the way inference does (the normaliser's `text`, or the fallback). */
export const fold = folder.fold;

/** Reads a JSONL data file into rows `{ text, label, source, category, ... }`. */
export function readRows(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The repository (`owner/repo`) a row's `source` (`owner/repo:path`) names. */
export function repoOf(row) {
  return String(row.source).split(':')[0];
}

/** 1 for `injection` and `jailbreak`, 0 for `benign`. */
export function labelOf(row) {
  return row.label === 'benign' ? 0 : 1;
}

/** mulberry32: a small seeded PRNG, so shuffles and splits are the same on every run. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// Rows are featurised once per row object: the LORO evaluation trains dozens of models on the same rows.
const featureCache = new WeakMap();

function featuresOf(row) {
  let x = featureCache.get(row);
  if (x === undefined) {
    x = featurize(fold(row.text));
    featureCache.set(row, x);
  }
  return x;
}

function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function dot(w, x) {
  let z = 0;
  for (let k = 0; k < x.indices.length; k++) z += w[x.indices[k]] * x.values[k];
  return z;
}

/**
 * AdaGrad logistic regression with class weights and L2 applied to the weights a row touches (the usual lazy
 * approximation, which keeps an update proportional to the row's features rather than to 2^18).
 */
function fitWeights(examples, epochs, options, holdout = [], onEpoch = () => {}) {
  const w = new Float64Array(FEATURE_SPEC.buckets);
  const g2 = new Float64Array(FEATURE_SPEC.buckets);
  const state = { bias: 0, biasG2: 0 };
  const random = mulberry32(options.seed);
  const order = examples.slice();
  let best = { epoch: 0, loss: Number.POSITIVE_INFINITY };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const e of shuffle(order, random)) {
      const gradient = (sigmoid(state.bias + dot(w, e.x)) - e.y) * e.weight;
      for (let k = 0; k < e.x.indices.length; k++) {
        const i = e.x.indices[k];
        const gi = gradient * e.x.values[k] + options.l2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (options.learningRate * gi) / (Math.sqrt(g2[i]) + 1e-8);
      }
      state.biasG2 += gradient * gradient;
      state.bias -= (options.learningRate * gradient) / (Math.sqrt(state.biasG2) + 1e-8);
    }
    if (holdout.length > 0) {
      const loss = weightedLogLoss(w, state.bias, holdout);
      onEpoch(epoch, loss);
      if (loss < best.loss - 1e-6) best = { epoch, loss };
      else if (epoch - best.epoch >= options.patience) break;
    }
  }
  return { w, bias: state.bias, bestEpoch: best.epoch };
}

function weightedLogLoss(w, bias, examples) {
  let loss = 0;
  let total = 0;
  for (const e of examples) {
    const p = Math.min(Math.max(sigmoid(bias + dot(w, e.x)), 1e-12), 1 - 1e-12);
    loss -= e.weight * (e.y === 1 ? Math.log(p) : Math.log(1 - p));
    total += e.weight;
  }
  return loss / total;
}

/** Class weights that give benign and attack rows equal total weight. */
function toExamples(rows) {
  const positives = rows.filter((row) => labelOf(row) === 1).length;
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('trainModel needs both benign and attack rows');
  const weightOf = [rows.length / (2 * negatives), rows.length / (2 * positives)];
  return rows.map((row) => ({ x: featuresOf(row), y: labelOf(row), weight: weightOf[labelOf(row)] }));
}

/** int8 with one scale: the dense vector is 2^18 bytes (350 kB as base64) and decodes in a few milliseconds. */
function quantise(w, prune) {
  let maxAbs = 0;
  for (const value of w) maxAbs = Math.max(maxAbs, Math.abs(value));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const bytes = new Int8Array(w.length);
  let nonZero = 0;
  for (let i = 0; i < w.length; i++) {
    const value = Math.abs(w[i]) < prune ? 0 : Math.round(w[i] / scale);
    bytes[i] = value;
    if (value !== 0) nonZero++;
  }
  return { scale: Number(scale.toPrecision(9)), bytes, nonZero };
}

/**
 * Trains on `rows` (`{ text, label, source }`; label `benign` is 0, anything else 1) and returns the model in the
 * shape of `classifier-weights.json`. Deterministic: the same rows in the same order give the same model.
 * First a held-out slice (a seeded `holdout` share of each class) picks the epoch count by class-weighted log
 * loss; then a fresh model is trained on all rows for that many epochs.
 */
export function trainModel(rows, options = {}) {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  const exclude = new Set(settings.excludeSources ?? []);
  const used = rows.filter((row) => !exclude.has(repoOf(row)));
  const examples = toExamples(used);
  const random = mulberry32(settings.seed ^ 0x5eed);
  const held = new Set();
  for (const y of [0, 1]) {
    const ofClass = shuffle(
      examples.filter((e) => e.y === y),
      random,
    );
    for (const e of ofClass.slice(0, Math.round(ofClass.length * settings.holdout))) held.add(e);
  }
  const inner = examples.filter((e) => !held.has(e));
  const log = settings.log ?? (() => {});
  const probe = fitWeights(inner, settings.epochs, settings, [...held], (epoch, loss) =>
    log(`epoch ${epoch}: held-out weighted log loss ${loss.toFixed(4)}`),
  );
  const epochs = Math.max(probe.bestEpoch, 1);
  const final = fitWeights(examples, epochs, settings);
  const { scale, bytes, nonZero } = quantise(final.w, settings.prune);
  return {
    version: FEATURE_SPEC.version,
    buckets: FEATURE_SPEC.buckets,
    seed: settings.seed,
    bias: Number(final.bias.toPrecision(9)),
    scale,
    encoding: 'int8-base64-dense',
    features: FEATURE_SPEC,
    training: {
      rows: used.length,
      attacks: examples.filter((e) => e.y === 1).length,
      epochs,
      learningRate: settings.learningRate,
      l2: settings.l2,
      prune: settings.prune,
      nonZeroWeights: nonZero,
      fold: foldMode,
      excludedSources: [...exclude].sort(),
    },
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

const decoded = new WeakMap();

function weightsOf(model) {
  let w = decoded.get(model);
  if (w === undefined) {
    const bytes = Buffer.from(model.weights, 'base64');
    w = new Float32Array(bytes.length);
    const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < ints.length; i++) w[i] = ints[i] * model.scale;
    decoded.set(model, w);
  }
  return w;
}

/**
 * Probability (0..1) that `text` is an injection or jailbreak under `model` (as returned by {@link trainModel}).
 * `text` is raw: it is folded as in training. Pass `{ folded: true }` for text that is already folded.
 */
export function predict(model, text, options = {}) {
  const x = featurize(options.folded ? text : fold(text));
  return sigmoid(model.bias + dot(weightsOf(model), x));
}

/** {@link predict} for a row, reusing the row's cached features. */
export function predictRow(model, row) {
  return sigmoid(model.bias + dot(weightsOf(model), featuresOf(row)));
}
