import { Buffer } from 'node:buffer';
import { CONFUSABLE_PATTERNS, foldConfusables, stripInvisible } from './confusables.js';
import { ENGLISH_PATTERNS, foldLeet, knownWordCounts, rot13, segmentWords } from './english-words.js';

/** A way text was hidden or disguised, found while normalising. */
export type Obfuscation =
  | 'invisible'
  | 'bidi'
  | 'tag_chars'
  | 'confusables'
  | 'spaced_letters'
  | 'leetspeak'
  | 'base64'
  | 'hex'
  | 'rot13'
  | 'reversed'
  | 'html_comment'
  | 'alt_text'
  | 'markdown_hidden';

/** Extra text recovered from the input (decoded or hidden), each scanned like the main text. */
export interface View {
  readonly kind: Obfuscation;
  readonly text: string;
}

/** The folded text that rules and the classifier read, with recovered views and the disguises found. */
export interface Normalised {
  /** The folded main text: what rules and the classifier read. */
  readonly text: string;
  /** Decoded or extracted segments (each already folded), at most 16, each at most 4,000 chars. */
  readonly views: readonly View[];
  /** Which disguises were present (each once). */
  readonly found: readonly Obfuscation[];
}

const DEFAULT_MAX_CHARS = 100_000;
const MAX_VIEWS = 16;
const MAX_VIEW_CHARS = 4_000;
const MAX_DEPTH = 2;
// Bytes decoded per encoded run: enough for a 4,000-character view even in 3-byte UTF-8.
const MAX_DECODED_BYTES = 12_000;
const MIN_BASE64_CHARS = 24;
const MIN_HEX_PAIRS = 16;

const P = {
  alnum: /[\p{L}\p{N}]/u,
  spaced: /[a-z013457@$](?:[ ._-][a-z013457@$]){3,}/g,
  newline: /\r\n?|[\v\f\x85\u2028\u2029]/g,
  hspace: /[^\S\n]+/g,
  blankLines: / ?\n[ \n]*/g,
  words: /\p{L}{2,}/gu,
  tag: /<(\/?)([a-z][a-z0-9-]*)(?:[\s/]([^<>]*))?>/gi,
  altAttr: /(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
  hiddenStyle:
    /display\s*:\s*none|visibility\s*:\s*hidden|(?:font-size|opacity)\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:[;"'!]|$)|(?:^|\s)hidden(?:[\s=/]|$)/i,
  mdImage: /!\[([^[\]\n]*)\]\(/g,
  mdDefinition: /^ *\[([^[\]\n]*)\]:([^\n]*)/gm,
  mdTitleQuotes: /^["'(]|["')]$/g,
  base64: /[A-Za-z0-9+/_-]{24,}={0,2}(?:\r?\n[A-Za-z0-9+/_-]+={0,2})*/g,
  hex: /(?:\\x[0-9a-fA-F]{2})+|[0-9a-fA-F]{2}(?:[ :]?[0-9a-fA-F]{2})+/g,
  notHex: /[^0-9a-fA-F]/g,
  whitespace: /\s+/g,
  segment: /[\n.!?;:]+/,
} as const;

/** Every regex the normaliser runs, exported so a test can prove each is linear-time. */
export const NORMALISE_PATTERNS: readonly RegExp[] = [
  ...Object.values(P),
  ...Object.values(CONFUSABLE_PATTERNS),
  ...Object.values(ENGLISH_PATTERNS),
];

/** Records a disguise as found. */
export type Found = (kind: Obfuscation) => void;

/** Step 1: bounds all later work; counts code points so a surrogate pair is never split. */
function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let units = 0;
  for (let points = 0; points < maxChars && units < text.length; points++) {
    const code = text.charCodeAt(units);
    const next = text.charCodeAt(units + 1);
    units += code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? 2 : 1;
  }
  return text.slice(0, units);
}

/**
 * Step 6: `i g n o r e` or `i.g.n.o.r.e` hides the word from word rules. It runs before whitespace is
 * collapsed so that a wider gap between spaced words (`i g n o r e  a l l`) survives as a word break;
 * single-gap runs are split back into words when they are wholly made of known words.
 */
function foldSpaced(text: string, found: Found): string {
  return text.replace(P.spaced, (run, offset: number, whole: string) => {
    const tokens = Array.from({ length: (run.length + 1) / 2 }, (_, i) => run.charAt(i * 2));
    // The regex cannot see word boundaries; a first or last letter glued to a longer word is not spaced.
    const head = P.alnum.test(whole.charAt(offset - 1)) ? `${tokens.shift()}${run.charAt(1)}` : '';
    const tail = P.alnum.test(whole.charAt(offset + run.length)) ? `${run.at(-2)}${tokens.pop()}` : '';
    const letters = tokens.filter((t) => t >= 'a' && t <= 'z').length;
    if (tokens.length < 4 || letters < 2 || letters * 2 < tokens.length) return run;
    found('spaced_letters');
    const joined = tokens.join('');
    return `${head}${(letters === joined.length && segmentWords(joined)) || joined}${tail}`;
  });
}

/** Step 5: rules match words, not layout; lines are kept because some rules anchor on them. */
function collapseWhitespace(text: string): string {
  return text.replace(P.newline, '\n').replace(P.hspace, ' ').replace(P.blankLines, '\n').trim();
}

/** Steps 4–7, on text that is already NFKC and free of invisible characters. */
function foldVisible(text: string, found: Found): string {
  const lower = foldConfusables(text, found).toLowerCase();
  return foldLeet(collapseWhitespace(foldSpaced(lower, found)), found);
}

/** Steps 2–7 for a view. */
function foldView(text: string, found: Found): string {
  return foldVisible(stripInvisible(text.normalize('NFKC'), found), found);
}

/** Collects views under the caps; extracted text needs two words, decoded text must pass {@link isText}. */
class Views {
  readonly list: View[] = [];
  readonly found = new Set<Obfuscation>();
  readonly note: Found = (kind) => this.found.add(kind);

  get full(): boolean {
    return this.list.length >= MAX_VIEWS;
  }

  add(kind: Obfuscation, raw: string, minWords = 2): boolean {
    if (this.full) return false;
    const text = cut(foldView(cut(raw, MAX_VIEW_CHARS), this.note), MAX_VIEW_CHARS);
    if (wordCount(text, minWords) < minWords) return false;
    if (!this.list.some((v) => v.kind === kind && v.text === text)) this.list.push({ kind, text });
    this.found.add(kind);
    return true;
  }
}

function wordCount(text: string, enough: number): number {
  let count = 0;
  for (const _ of text.matchAll(P.words)) if (++count >= enough) break;
  return count;
}

/** Printable UTF-8 with a few words: what a hidden instruction is, and what ids, hashes and images are not. */
function isText(text: string): boolean {
  let printable = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    total++;
    if (c !== 0xfffd && (c >= 0x20 || c === 9 || c === 10 || c === 13) && (c < 0x7f || c >= 0xa0))
      printable++;
  }
  return total > 0 && printable >= 0.85 * total && wordCount(text, 3) >= 3;
}

const utf8 = new TextDecoder('utf-8');

/** Base64 and hex runs, decoded; a decoded view is scanned once more (base64 inside base64). */
function decodeRuns(text: string, views: Views, depth = 1): void {
  const runs: [Obfuscation, string][] = [];
  for (const m of text.matchAll(P.base64)) {
    const run = m[0].replace(P.whitespace, '');
    if (run.length >= MIN_BASE64_CHARS) runs.push(['base64', run.slice(0, (MAX_DECODED_BYTES / 3) * 4)]);
  }
  for (const m of text.matchAll(P.hex)) {
    const digits = m[0].replace(P.notHex, '');
    if (digits.length >= MIN_HEX_PAIRS * 2) runs.push(['hex', digits.slice(0, MAX_DECODED_BYTES * 2)]);
  }
  for (const [kind, run] of runs) {
    if (views.full) return;
    const decoded = utf8.decode(Buffer.from(run, kind === 'hex' ? 'hex' : 'base64'));
    if (!isText(decoded) || !views.add(kind, decoded, 3)) continue;
    if (depth < MAX_DEPTH) decodeRuns(decoded, views, depth + 1);
  }
}

/** HTML comments, alt/title attributes, markdown image alt text, and zero-size or hidden HTML. */
function extractMarkup(text: string, views: Views): void {
  // indexOf, not a lazy regex: `<!--` repeated would make `<!--[\s\S]*?-->` quadratic.
  for (let at = text.indexOf('<!--'); at !== -1 && !views.full; at = text.indexOf('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    views.add('html_comment', text.slice(at + 4, end === -1 ? at + 4 + MAX_VIEW_CHARS : end));
    if (end === -1) break;
    at = end + 3;
  }
  let hidden: { name: string; depth: number; start: number } | undefined;
  for (const m of text.matchAll(P.tag)) {
    const [whole, close, rawName = '', attrs = ''] = m;
    const name = rawName.toLowerCase();
    for (const a of attrs.matchAll(P.altAttr)) views.add('alt_text', a[1] ?? a[2] ?? '');
    if (hidden) {
      if (name === hidden.name) hidden.depth += close ? -1 : 1;
      if (hidden.depth > 0) continue;
      views.add('markdown_hidden', text.slice(hidden.start, m.index).replace(P.tag, ' '));
      hidden = undefined;
    } else if (!close && !attrs.endsWith('/') && P.hiddenStyle.test(attrs)) {
      hidden = { name, depth: 1, start: m.index + whole.length };
    }
  }
  if (hidden)
    views.add('markdown_hidden', text.slice(hidden.start, hidden.start + MAX_VIEW_CHARS).replace(P.tag, ' '));
  for (const m of text.matchAll(P.mdImage)) views.add('alt_text', m[1] ?? '');
  // A reference definition is never rendered: `[//]: # (note)` is the usual Markdown comment.
  for (const m of text.matchAll(P.mdDefinition)) {
    const [url = '', ...title] = (m[2] ?? '').trim().split(P.whitespace);
    const dummy = url === '' || url === '#' || url === '<>' || url === '//';
    views.add(
      'markdown_hidden',
      `${dummy ? (m[1] ?? '') : ''} ${title.join(' ').replace(P.mdTitleQuotes, '')}`,
    );
  }
}

const reverse = (text: string) => Array.from(text).reverse().join('');

/**
 * ROT13 and reversed text are only worth a view when they read as English and the original does not:
 * each sentence is transformed, and kept when it gains at least 3 known words and twice as many as it had.
 */
function transformViews(text: string, views: Views): void {
  const rotated: string[] = [];
  const reversed: string[] = [];
  for (const whole of text.split(P.segment)) {
    if (whole.length < 8) continue; // three words cannot fit
    // Only the start of a long sentence is read: its view is cut to this length anyway.
    const sentence = cut(whole, MAX_VIEW_CHARS);
    const hits = knownWordCounts(sentence);
    if (hits.rot13 >= 3 && hits.rot13 >= 2 * hits.plain) rotated.push(rot13(sentence));
    if (hits.reversed >= 3 && hits.reversed >= 2 * hits.plain) reversed.push(reverse(sentence));
  }
  if (rotated.length > 0) views.add('rot13', rotated.join('\n'));
  if (reversed.length > 0) views.add('reversed', reversed.join('\n'));
}

/** Folds obfuscated text into the plain form rules and the classifier read, and recovers hidden text. */
export function normalise(input: string, options: { maxChars?: number } = {}): Normalised {
  const maxChars = Math.max(0, Math.floor(options.maxChars ?? DEFAULT_MAX_CHARS));
  const views = new Views();
  // Tag runs are joined as they come: a message may be spread one hidden letter per visible one.
  let smuggled = '';
  // Step 2, NFKC: fullwidth `ＩＧＮＯＲＥ`, ligatures and mathematical letters become plain letters.
  const visible = stripInvisible(cut(input, maxChars).normalize('NFKC'), views.note, (ascii) => {
    if (smuggled.length < MAX_VIEW_CHARS) smuggled += ascii;
  });
  views.add('tag_chars', smuggled, 1);
  extractMarkup(visible, views);
  decodeRuns(visible, views);
  const text = foldVisible(visible, views.note);
  transformViews(text, views);
  return { text, views: views.list, found: [...views.found] };
}
