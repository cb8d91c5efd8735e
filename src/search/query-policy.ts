import { mark, type RedactionCounts, redactSecrets } from './redact.js';

/** What a redaction removed from a search query. */
export type RedactionKind =
  | 'email'
  | 'phone'
  | 'payment_card'
  | 'api_key'
  | 'high_entropy'
  | 'private_key'
  | 'iban';

/** A search query made fit to leave the server, with what was done to it but none of what was removed. */
export interface SanitisedQuery {
  /** What may leave the server. */
  readonly query: string;
  /** Code points of the input. */
  readonly originalLength: number;
  /** Whether the query was cut to `maxChars`. */
  readonly truncated: boolean;
  /** Counts by kind, never the values. */
  readonly redactions: Readonly<Partial<Record<RedactionKind, number>>>;
}

/** Limits applied by {@link sanitiseSearchQuery}. */
export interface QueryPolicyOptions {
  /**
   * Longest query sent, in code points (an integer from 1 to 10000).
   * @default 500
   */
  readonly maxChars?: number;
}

const DEFAULT_MAX_CHARS = 500;
const MAX_MAX_CHARS = 10_000;

// Default-ignorable and format characters render as nothing, so they are deleted (not spaced) to re-join
// what they split; this covers zero-width characters, bidi controls and tag characters. Lone surrogates go
// too, so the output is well-formed.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\u{E0000}-\u{E007F}]/gu;
const CONTROL = /\p{Cc}/gu;
// Only runs that are not already a single space match, so ordinary text is not rebuilt.
const WHITESPACE = /\s{2,}|[^\S ]/gu;
// Full-width forms are folded to ASCII by NFKC before this runs; they are listed so the set does not
// depend on that.
const QUOTES_AND_BRACKETS = /["'`<>“”‘’«»‹›„‚‟‛＂＇｀＜＞]/gu;
// Tried only where a run starts, so linear; unbounded on purpose, since a cap would leave the tail of a long
// secret unexamined.
const TOKEN_RUN = /(^|[^A-Za-z0-9+/=_-])([A-Za-z0-9+/=_-]{20,})/g;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

function checkMaxChars(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_CHARS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_MAX_CHARS) {
    throw new Error(`maxChars must be an integer from 1 to ${MAX_MAX_CHARS}`);
  }
  return value;
}

// Normalising first means redaction sees what a reader sees: full-width digits, split e-mail addresses
// and line-broken keys all reach the rules in their plain form.
function normalise(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  const folded = visible.normalize('NFKC');
  // NFKC can map a visible character to an invisible one (U+FFA0 to U+1160), so those are removed again.
  return (folded === visible ? folded : folded.replace(INVISIBLE, ''))
    .replace(CONTROL, ' ')
    .replace(WHITESPACE, ' ')
    .trim();
}

// Character classes by code: lower, upper, digit, other token character (+/=_-), not a token character.
const LOWER = 0;
const UPPER = 1;
const DIGIT = 2;
const SYMBOL = 3;
const NONE = 4;
type Cls = 0 | 1 | 2 | 3 | 4;

function classOf(code: number): Cls {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  return code === 43 || code === 47 || code === 61 || code === 95 || code === 45 ? SYMBOL : NONE;
}

/**
 * Words in a token, split at symbols, letter/digit changes and camelCase humps: their mean length, and the
 * most separate digit runs in one symbol-free piece (random tokens interleave letters and digits).
 */
function wordStats(s: string): { meanLength: number; digitRuns: number } {
  let words = 0;
  let chars = 0;
  let digitRuns = 0;
  let pieceDigitRuns = 0;
  let prev: Cls = NONE;
  for (let i = 0; i < s.length; i++) {
    const here = classOf(s.charCodeAt(i));
    const next = i + 1 < s.length ? classOf(s.charCodeAt(i + 1)) : NONE;
    if (here === SYMBOL) pieceDigitRuns = 0;
    else {
      chars++;
      const startsWord =
        prev === SYMBOL ||
        prev === NONE ||
        (here === DIGIT) !== (prev === DIGIT) ||
        (here === UPPER && (prev === LOWER || next === LOWER));
      if (startsWord) words++;
      if (here === DIGIT && prev !== DIGIT) digitRuns = Math.max(digitRuns, ++pieceDigitRuns);
    }
    prev = here;
  }
  return { meanLength: words === 0 ? 0 : chars / words, digitRuns };
}

function shannonEntropy(s: string): number {
  const freq = new Uint32Array(128);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i) & 127;
    freq[code] = (freq[code] ?? 0) + 1;
  }
  let bits = 0;
  for (const n of freq) if (n > 0) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

// A 32+ hex string is a digest or key whatever its entropy; otherwise the token must be varied (entropy,
// two character classes) and not read as words, which spares camelCase names, long words and URL paths.
function looksSecret(s: string): boolean {
  const [lower, upper, digit] = [/[a-z]/.test(s), /[A-Z]/.test(s), /[0-9]/.test(s)];
  if (digit && (lower || upper) && s.length >= 32 && /^[0-9a-fA-F]+$/.test(s)) return true;
  if (Number(lower) + Number(upper) + Number(digit) < 2 || shannonEntropy(s) < 3.5) return false;
  const words = wordStats(s);
  return words.meanLength < 3 || words.digitRuns >= 3;
}

// A run with a plain lower-case word between its slashes is a path: only its secret segments go, so
// "docs.example.com/d/<id>/edit" keeps its words. Any other run is judged, and redacted, whole.
function redactRun(run: string, counts: RedactionCounts): string {
  const segments = run.split('/');
  if (!segments.some((seg) => /^[a-z]{3,}$/.test(seg)))
    return looksSecret(run) ? mark(counts, 'high_entropy') : run;
  return segments
    .map((seg) => (seg.length >= 20 && looksSecret(seg) ? mark(counts, 'high_entropy') : seg))
    .join('/');
}

// Runs after the shaped rules, so what they recognise is counted under its own kind.
function redactHighEntropy(text: string, counts: RedactionCounts): string {
  return text.replace(TOKEN_RUN, (_match, pre: string, run: string) => pre + redactRun(run, counts));
}

function countCodePoints(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    if ((text.codePointAt(i) ?? 0) > 0xffff) i++;
  }
  return count;
}

/** The first `max` code points of `text`; a surrogate pair is never split. */
function cutCodePoints(text: string, max: number): { text: string; truncated: boolean } {
  let i = 0;
  for (let count = 0; i < text.length; count++) {
    if (count === max) return { text: text.slice(0, i), truncated: true };
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return { text, truncated: false };
}

/**
 * Makes a web-search query fit to leave the server by normalising it, redacting secrets and personal data,
 * stripping quotes and angle brackets, and cutting it to `maxChars` code points.
 */
export function sanitiseSearchQuery(text: string, options: QueryPolicyOptions = {}): SanitisedQuery {
  const maxChars = checkMaxChars(options.maxChars);
  if (typeof text !== 'string') throw new Error('text must be a string');
  const counts: RedactionCounts = {};
  const redact = (clean: string) => redactHighEntropy(redactSecrets(clean, counts), counts);
  const redacted = redact(normalise(text));
  const unquoted = redacted.replace(QUOTES_AND_BRACKETS, '');
  // Quotes split a secret as well as zero-width characters do ("4111'1111'1111'1111"), so text that lost
  // any is redacted again; placeholders are never matched twice.
  const stripped = unquoted === redacted ? redacted : redact(unquoted.replace(WHITESPACE, ' ').trim());
  const cut = cutCodePoints(stripped, maxChars);
  return Object.freeze({
    query: cut.text.trim(),
    originalLength: countCodePoints(text),
    truncated: cut.truncated,
    redactions: Object.freeze(counts),
  });
}
