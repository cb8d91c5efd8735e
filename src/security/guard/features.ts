/**
 * Hashed text features for the prompt-injection classifier. Training (`scripts/guard-train-lib.mjs`, which
 * imports the built copy of this file) and inference (`classifier.ts`) share this code and {@link FEATURE_SPEC},
 * so a model can only be used with the features it was trained on.
 *
 * The input is expected to be the normaliser's folded text (NFKC, invisible characters removed, homoglyphs
 * folded, lower-cased, whitespace collapsed); nothing here re-folds it, because training folds the same way.
 */

/** The feature layout; a model file records it, and the classifier refuses a model with a different one. */
export const FEATURE_SPEC = {
  version: 'guard-hash-v1',
  buckets: 262_144,
  hash: 'fnv1a32+fmix32, signed by bit 31',
  maxChars: 20_000,
  wordNgrams: [1, 2],
  charNgrams: [3, 5],
  values: 'signed log1p(tf); each group L2-normalised and weighted (char 0.75, word 0.6, dense 0.3); doc L2',
  dense: ['length bucket', 'digit share bucket', 'code punctuation share bucket'],
} as const;

/** A sparse feature vector: `values[k]` belongs to bucket `indices[k]`; every index appears once. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

const BUCKETS = FEATURE_SPEC.buckets;
const MASK = BUCKETS - 1;
const MAX_CHARS = FEATURE_SPEC.maxChars;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Distinct seeds keep a word "abc", a character 3-gram "abc" and a dense token from sharing a hash.
const CHAR_SEED = FNV_OFFSET;
const WORD_SEED = Math.imul(FNV_OFFSET ^ 0x77, FNV_PRIME);
const BIGRAM_SEED = 0x9e3779b1;
const DENSE_SEED = Math.imul(FNV_OFFSET ^ 0x64, FNV_PRIME);
const CHAR_WEIGHT = 0.75;
const WORD_WEIGHT = 0.6;
const DENSE_WEIGHT = 0.3;
// Character classes by UTF-16 code unit, filled lazily: a per-character regex test would dominate the run time.
const KNOWN = 1;
const WORD = 2;
const DIGIT = 4;
const CODE = 8;
const classes = new Uint8Array(65_536);
// Marks (\p{M}) are kept inside words: Hindi, Bengali and Thai vowel signs would otherwise split every word.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
// The punctuation of code and markup, rare in plain requests.
for (const c of '{}()[]<>=;$|&`\\') classes[c.charCodeAt(0)] = KNOWN | CODE;
for (let c = 48; c <= 57; c++) classes[c] = KNOWN | WORD | DIGIT;

function classOf(unit: number): number {
  let found = classes[unit] ?? 0;
  if (found === 0) {
    found = KNOWN | (WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : 0);
    classes[unit] = found;
  }
  return found;
}

// Scratch space reused by every call (Node runs this synchronously, so calls cannot interleave): allocating
// 2^18-entry arrays per call would cost more than featurising a short text.
//
// `table` holds four int32 per bucket: the call that last touched it (its generation), then its character,
// word and dense counts. A bucket stamped by an earlier call counts as empty, so nothing is cleared between
// calls, and an occurrence costs one random access whose stamp and count share a cache line (a bucket → entry
// map, then the entry's count, was two dependent ones). Counts are exact integers, as the float32 sums they
// replace were. `touched` lists buckets (as table offsets) in first-touch order, the output vector's order.
const STAMP = 0;
const CHAR_GROUP = 1;
const WORD_GROUP = 2;
const DENSE_GROUP = 3;
const table = new Int32Array(BUCKETS * 4);
const touched = new Int32Array(BUCKETS);
let entries = 0;
let generation = 0;
// Each entry's final value, in `touched` order, as float32 (the precision a model file and training use).
const entryValues = new Float32Array(BUCKETS);
const codes = new Uint16Array(MAX_CHARS + 2);
// What scan() counted. It hands them over here rather than in a returned object: V8 runs scan()'s loop as
// on-stack-replaced code, and code after that loop which the interpreter had not yet run (an object literal,
// arithmetic) could deoptimise on every call; a deopt loop like that showed on the latency benchmark.
let digitCount = 0;
let codeCount = 0;
const LOG1P = Float32Array.from({ length: 64 }, (_, n) => Math.log1p(n));

/** Starts a call: a new generation empties every bucket at once. */
function reset(): void {
  entries = 0;
  generation++;
  if (generation === 0x7fffffff) {
    // Once in 2^31 calls: old stamps could otherwise come round again.
    table.fill(0);
    generation = 1;
  }
}

/** murmur3's 32-bit finaliser: FNV-1a alone leaves the low bits (the bucket) poorly mixed for short keys. */
function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Adds one occurrence of a hashed feature to a group; bit 31 gives its sign, so collisions tend to cancel. */
function add(hash: number, group: number): void {
  const mixed = fmix32(hash);
  const at = (mixed & MASK) * 4;
  if (table[at + STAMP] !== generation) {
    table[at + STAMP] = generation;
    table[at + CHAR_GROUP] = 0;
    table[at + WORD_GROUP] = 0;
    table[at + DENSE_GROUP] = 0;
    touched[entries++] = at;
  }
  table[at + group] = (table[at + group] ?? 0) + ((mixed >> 31) | 1);
}

/** Signed log1p(|count|): float32 from the table below 64, as training has always had it, else double. */
function logValue(count: number): number {
  const size = Math.abs(count);
  return Math.sign(count) * (size < 64 ? (LOG1P[size] ?? 0) : Math.log1p(size));
}

/** The L2 norm of a group's signed log1p(|count|) values. */
function groupNorm(group: number): number {
  let sumSquares = 0;
  for (let k = 0; k < entries; k++) {
    const count = table[(touched[k] ?? 0) + group] ?? 0;
    if (count === 0) continue;
    const value = logValue(count);
    sumSquares += value * value;
  }
  return Math.sqrt(sumSquares);
}

/**
 * One pass over the text: copies it into `codes` (padded with a space at each end, any whitespace as a space,
 * so callers that skip the normaliser get the same n-grams), adds word unigrams and bigrams (runs of letters,
 * marks and digits), and counts digits and code punctuation into {@link digitCount} and {@link codeCount}.
 */
function scan(text: string): void {
  const length = text.length;
  let digits = 0;
  let code = 0;
  let word = WORD_SEED;
  let inWord = false;
  let previous = 0;
  let hasPrevious = false;
  codes[0] = 32;
  codes[length + 1] = 32;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 32;
    let kind = classOf(c);
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is one character: classify the pair, so an astral letter is part of a word.
      const pair = text.slice(c <= 0xdbff ? i : i - 1, c <= 0xdbff ? i + 2 : i + 1);
      kind = WORD_CHAR.test(pair) ? WORD : 0;
    }
    if ((kind & WORD) !== 0) {
      word = Math.imul(word ^ c, FNV_PRIME);
      inWord = true;
      if ((kind & DIGIT) !== 0) digits++;
    } else {
      if ((kind & CODE) !== 0) code++;
      if (inWord) {
        add(word, WORD_GROUP);
        if (hasPrevious) add(Math.imul(previous, BIGRAM_SEED) ^ word, WORD_GROUP);
        previous = word;
        hasPrevious = true;
        word = WORD_SEED;
        inWord = false;
      }
    }
    if (i < length) codes[i + 1] = c === 9 || c === 10 || c === 13 ? 32 : c;
  }
  digitCount = digits;
  codeCount = code;
}

/**
 * Character 3–5-grams of the padded text in `codes` (word starts and ends are visible as spaces): the 3-gram
 * at each start, then the 4- and 5-gram extending its hash, where the text is long enough.
 */
function charGrams(length: number): void {
  const padded = length + 2;
  for (let start = 0; start + 3 <= padded; start++) {
    let h = Math.imul(CHAR_SEED ^ (codes[start] ?? 0), FNV_PRIME);
    h = Math.imul(h ^ (codes[start + 1] ?? 0), FNV_PRIME);
    h = Math.imul(h ^ (codes[start + 2] ?? 0), FNV_PRIME);
    add(h, CHAR_GROUP);
    if (start + 4 > padded) continue;
    h = Math.imul(h ^ (codes[start + 3] ?? 0), FNV_PRIME);
    add(h, CHAR_GROUP);
    if (start + 5 > padded) continue;
    h = Math.imul(h ^ (codes[start + 4] ?? 0), FNV_PRIME);
    add(h, CHAR_GROUP);
  }
}

/** The hashes of the dense tokens `${name}:${bucket}`, once: building the keys on every call made garbage. */
function denseHashes(name: string, buckets: number): Int32Array {
  return Int32Array.from({ length: buckets }, (_, bucket) => {
    let h = DENSE_SEED;
    const key = `${name}:${bucket}`;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
    return h;
  });
}

const LENGTH_TOKENS = denseHashes('len', 15);
const DIGIT_TOKENS = denseHashes('digits', 11);
const CODE_TOKENS = denseHashes('code', 11);

/**
 * Fills `entryValues` with the text's final (group-weighted) values, one per touched bucket, and returns the
 * document's L2 scale. The arithmetic, its order and its float32 roundings are those of training's features:
 * a model scores exactly the vector it was trained on.
 */
function build(input: string): number {
  const text = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  reset();
  scan(text);
  charGrams(text.length);
  const length = Math.max(text.length, 1);
  add(LENGTH_TOKENS[Math.min(Math.floor(Math.log2(length)), 14)] ?? 0, DENSE_GROUP);
  add(DIGIT_TOKENS[Math.min(Math.ceil((digitCount / length) * 20), 10)] ?? 0, DENSE_GROUP);
  add(CODE_TOKENS[Math.min(Math.ceil((codeCount / length) * 40), 10)] ?? 0, DENSE_GROUP);

  // Each group is L2-normalised and weighted, so the many character n-grams do not drown the words.
  const charNorm = groupNorm(CHAR_GROUP);
  const wordNorm = groupNorm(WORD_GROUP);
  const denseNorm = groupNorm(DENSE_GROUP);
  const charFactor = charNorm > 0 ? CHAR_WEIGHT / charNorm : 0;
  const wordFactor = wordNorm > 0 ? WORD_WEIGHT / wordNorm : 0;
  const denseFactor = denseNorm > 0 ? DENSE_WEIGHT / denseNorm : 0;
  let sumSquares = 0;
  for (let k = 0; k < entries; k++) {
    const at = touched[k] ?? 0;
    // Each group's value is read back as float32, as it was stored before it was weighted.
    const value =
      Math.fround(logValue(table[at + CHAR_GROUP] ?? 0)) * charFactor +
      Math.fround(logValue(table[at + WORD_GROUP] ?? 0)) * wordFactor +
      Math.fround(logValue(table[at + DENSE_GROUP] ?? 0)) * denseFactor;
    entryValues[k] = value;
    sumSquares += value * value;
  }
  return sumSquares > 0 ? 1 / Math.sqrt(sumSquares) : 0;
}

/** The bucket of entry `k`. */
const bucketOf = (k: number) => (touched[k] ?? 0) / 4;

/**
 * Featurises folded text (see the file comment) into a sparse, L2-normalised hashed vector. Deterministic
 * and linear in the text length; text beyond {@link FEATURE_SPEC}.maxChars characters is ignored.
 */
export function featurize(input: string): SparseVector {
  const scale = build(input);
  let kept = 0;
  for (let k = 0; k < entries; k++) if (entryValues[k] !== 0) kept++;
  const indices = new Int32Array(kept);
  const values = new Float32Array(kept);
  let out = 0;
  for (let k = 0; k < entries; k++) {
    const value = entryValues[k] ?? 0;
    if (value !== 0) {
      indices[out] = bucketOf(k);
      values[out++] = value * scale;
    }
  }
  return { indices, values };
}

/**
 * `Σ weights[i] · x[i]` for `x = featurize(input)`, summed in the same order and with the same float32 values,
 * but without allocating: scoring runs on every message, and the output arrays were its main garbage.
 */
export function dotFeatures(input: string, weights: Float32Array): number {
  const scale = build(input);
  let sum = 0;
  for (let k = 0; k < entries; k++) {
    const value = entryValues[k] ?? 0;
    if (value !== 0) sum += (weights[bucketOf(k)] ?? 0) * Math.fround(value * scale);
  }
  return sum;
}
