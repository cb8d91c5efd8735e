import { Buffer } from 'node:buffer';
import { CONFUSABLE_PATTERNS, foldConfusables, stripInvisible } from './confusables.js';
import { decodeBinary, decodeMorse } from './decoders.js';
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
  | 'binary'
  | 'morse'
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
  // Cheap tests before the decoders: three 8-bit groups, four Morse letters in a row.
  binaryHint: /[01]{8}[\s,-]{1,3}[01]{8}[\s,-]{1,3}[01]{8}/,
  morseHint: /[.\-–—]{1,7}(?:\s\/\s|\s{1,3}|\s?\|\s?)[.\-–—]{1,7}(?:\s\/\s|\s{1,3}|\s?\|\s?)[.\-–—]{1,7}/,
  alnum: /[\p{L}\p{N}]/u,
  spaced: /[a-z013457@$](?:[ ._-][a-z013457@$]){3,}/g,
  words: /\p{L}{2,}/gu,
  tag: /<(\/?)([a-z][a-z0-9-]*)(?:[\s/]([^<>]*))?>/gi,
  altAttr: /(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
  hiddenStyle:
    /display\s*:\s*none|visibility\s*:\s*hidden|(?:font-size|opacity)\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:[;"'!]|$)|(?:^|\s)hidden(?:[\s=/]|$)/i,
  mdImage: /!\[([^[\]\n]*)\]\(/g,
  mdDefinition: /^ *\[([^[\]\n]*)\]:([^\n]*)/gm,
  mdTitleQuotes: /^["'(]|["')]$/g,
  hex: /(?:\\x[0-9a-fA-F]{2})+|[0-9a-fA-F]{2}(?:[ :]?[0-9a-fA-F]{2})+/g,
  notHex: /[^0-9a-fA-F]/g,
  // Whitespace that step 5 would change inside the text: any but a space or line break, or two together.
  uncollapsed: /[\t\v\f\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[ \n][ \n]/,
  whitespace: /\s+/g,
  sentenceEnd: /[\n.!?;:]/g,
} as const;

/** Every regex the normaliser runs, exported so a test can prove each is linear-time. */
export const NORMALISE_PATTERNS: readonly RegExp[] = [
  ...Object.values(P),
  ...Object.values(CONFUSABLE_PATTERNS),
  ...Object.values(ENGLISH_PATTERNS),
];

/** Records a disguise as found. */
export type Found = (kind: Obfuscation) => void;

/** Index past `maxChars` code points of `text` from `start` (or `end` if sooner); a surrogate pair is one. */
function cutEnd(text: string, start: number, end: number, maxChars: number): number {
  let units = start;
  for (let points = 0; points < maxChars && units < end; points++) {
    const code = text.charCodeAt(units);
    const next = text.charCodeAt(units + 1);
    units += code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? 2 : 1;
  }
  return units;
}

/** Step 1: bounds all later work; counts code points so a surrogate pair is never split. */
function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : text.slice(0, cutEnd(text, 0, text.length, maxChars));
}

/**
 * Step 6: `i g n o r e` or `i.g.n.o.r.e` hides the word from word rules. It runs before whitespace is
 * collapsed so that a wider gap between spaced words (`i g n o r e  a l l`) survives as a word break;
 * single-gap runs are split back into words when they are wholly made of known words.
 */
function foldSpaced(text: string, found: Found): string {
  // A test first: a replacement with a callback is slow to set up even when nothing matches.
  P.spaced.lastIndex = 0;
  if (!P.spaced.test(text)) return text;
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

/** JavaScript's `\s`, by UTF-16 code unit: the whitespace that `trim` removes. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters that end a line: `\n`, `\r`, `\v`, `\f`, NEL, and the Unicode line and paragraph separators. */
const isLineBreak = (c: number) => (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;

/** Whitespace, plus NEL: it is not `\s`, but it breaks a line, so it joins the run it sits in. */
const isGap = (c: number) => isSpace(c) || c === 0x85;

const isSpaceOrBreak = (c: number) => c === 0x20 || c === 0x0a;

/** Whether step 5 leaves `text` as it is: its only whitespace is lone spaces and line breaks inside it. */
function isCollapsed(text: string): boolean {
  return (
    !P.uncollapsed.test(text) &&
    !isSpaceOrBreak(text.charCodeAt(0)) &&
    !isSpaceOrBreak(text.charCodeAt(text.length - 1))
  );
}

/**
 * Step 5: rules match words, not layout; lines are kept because some rules anchor on them. Each run of
 * whitespace becomes one line break if it holds one, else one space, and runs at either end are dropped.
 * This gives exactly what `\r\n?|[\v\f\x85\u2028\u2029]` → `\n`, then `[^\S\n]+` → space, then
 * ` ?\n[ \n]*` → `\n`, then `trim` gave (the test keeps that as its reference), but those four passes
 * copied the text each time; most text is already collapsed, which one regex test shows, and the rest takes
 * one scan.
 */
export function collapseWhitespace(text: string): string {
  if (isCollapsed(text)) return text;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isGap(text.charCodeAt(i))) continue;
    const start = i;
    let lineBreak = false;
    for (; i < text.length && isGap(text.charCodeAt(i)); i++) {
      if (isLineBreak(text.charCodeAt(i))) lineBreak = true;
    }
    const gap = start === 0 || i === text.length ? '' : lineBreak ? '\n' : ' ';
    if (i - start === 1 && text.charAt(start) === gap) continue;
    out += text.slice(copied, start) + gap;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
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

/** Words of two or more letters in `text`, counted up to `enough`. */
function wordCount(text: string, enough: number): number {
  // `test` with `lastIndex`, not `matchAll`: that copies the regex and makes an array per word, and every
  // candidate view is counted (a page of `![x](…)` has thousands).
  let count = 0;
  P.words.lastIndex = 0;
  while (count < enough && P.words.test(text)) count++;
  return count;
}

/** Printable UTF-8 with a few words: what a hidden instruction is, and what ids, hashes and images are not. */
function isText(text: string): boolean {
  let printable = 0;
  let total = 0;
  // By code point, as `for…of` would go, but without making a string of each character.
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    total++;
    if (c !== 0xfffd && (c >= 0x20 || c === 9 || c === 10 || c === 13) && (c < 0x7f || c >= 0xa0))
      printable++;
  }
  return total > 0 && printable >= 0.85 * total && wordCount(text, 3) >= 3;
}

const utf8 = new TextDecoder('utf-8');

/** `[A-Za-z0-9+/_-]`: base64 and base64url. */
const isBase64Char = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || // A-Z
  (c >= 0x61 && c <= 0x7a) || // a-z
  (c >= 0x30 && c <= 0x39) || // 0-9
  c === 0x2b || // +
  c === 0x2f || // /
  c === 0x5f || // _
  c === 0x2d; // -

/**
 * The maximal runs of characters that are `member`s and at least `min` long, as start, end, start, end… in
 * order. Only every `min`-th character is read until one is a member, since any such run covers one of them:
 * prose costs a fraction of one pass, where a regex for the runs read every word (or, for `[…]{24,}`, every
 * word once per letter). Each run found is read once.
 */
function longRuns(text: string, member: (c: number) => boolean, min: number): number[] {
  const runs: number[] = [];
  for (let probe = min - 1; probe < text.length; ) {
    if (!member(text.charCodeAt(probe))) {
      probe += min;
      continue;
    }
    let start = probe;
    while (start > 0 && member(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && member(text.charCodeAt(end))) end++;
    if (end - start >= min) runs.push(start, end);
    probe = end + min;
  }
  return runs;
}

/**
 * What `/[A-Za-z0-9+/_-]{24,}={0,2}(?:\r?\n[A-Za-z0-9+/_-]+={0,2})*\/g` matches: base64, maybe wrapped over
 * lines. Every match starts a run of 24 or more base64 characters (a later start in the same run sees fewer),
 * and every such run starts a match unless an earlier match took it as a wrapped line.
 */
export function base64Matches(text: string): string[] {
  const matches: string[] = [];
  const runs = longRuns(text, isBase64Char, MIN_BASE64_CHARS);
  let end = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k] ?? 0;
    if (start < end) continue; // a wrapped line of the previous match
    end = runs[k + 1] ?? 0;
    for (;;) {
      // `={0,2}`, then maybe a wrapped line: `\r?\n` and at least one base64 character.
      if (text.charCodeAt(end) === 0x3d) end += text.charCodeAt(end + 1) === 0x3d ? 2 : 1;
      const lineStart = (text.charCodeAt(end) === 0x0d ? end + 1 : end) + 1;
      if (text.charCodeAt(lineStart - 1) !== 0x0a || !isBase64Char(text.charCodeAt(lineStart))) break;
      end = lineStart;
      while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
    }
    matches.push(text.slice(start, end));
  }
  return matches;
}

/** A character of `P.hex`'s matches: hex digits, the separators of pairs, and the `\x` of escapes. */
const isHexRunChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x61 && c <= 0x66) ||
  (c >= 0x41 && c <= 0x46) ||
  c === 0x20 || // space
  c === 0x3a || // :
  c === 0x5c || // \
  c === 0x78; // x

/**
 * `P.hex`'s matches of at least 16 pairs (and some shorter ones). Those are made of {@link isHexRunChar}s and
 * at least 32 long, so the regex only needs to read such runs; a match cannot reach outside its run, so the
 * run alone gives the same matches.
 */
export function longHexMatches(text: string): string[] {
  const matches: string[] = [];
  const runs = longRuns(text, isHexRunChar, MIN_HEX_PAIRS * 2);
  for (let k = 0; k < runs.length; k += 2) {
    for (const [match] of text.slice(runs[k], runs[k + 1]).matchAll(P.hex)) matches.push(match);
  }
  return matches;
}

/** Base64 and hex runs, decoded; a decoded view is scanned once more (base64 inside base64). */
function decodeRuns(text: string, views: Views, depth = 1): void {
  // Both lists are made before any view is decoded (and scanned in turn).
  const base64: string[] = [];
  for (const match of base64Matches(text)) {
    const run = match.replace(P.whitespace, '');
    if (run.length >= MIN_BASE64_CHARS) base64.push(run.slice(0, (MAX_DECODED_BYTES / 3) * 4));
  }
  const hex: string[] = [];
  for (const match of longHexMatches(text)) {
    const digits = match.replace(P.notHex, '');
    if (digits.length >= MIN_HEX_PAIRS * 2) hex.push(digits.slice(0, MAX_DECODED_BYTES * 2));
  }
  for (const run of base64) if (!decodeRun('base64', run, views, depth)) return;
  for (const run of hex) if (!decodeRun('hex', run, views, depth)) return;
}

/** Adds the text `run` decodes to as a view, and scans that too; false once the views are full. */
function decodeRun(kind: 'base64' | 'hex', run: string, views: Views, depth: number): boolean {
  if (views.full) return false;
  const decoded = utf8.decode(Buffer.from(run, kind));
  if (isText(decoded) && views.add(kind, decoded, 3) && depth < MAX_DEPTH)
    decodeRuns(decoded, views, depth + 1);
  return true;
}

/** Binary octets and Morse code (token smuggling), each decoded into a view. */
function decodeSpelledOut(text: string, views: Views): void {
  const decoded = [
    ...(P.binaryHint.test(text) ? decodeBinary(text).map((view) => ['binary', view] as const) : []),
    ...(P.morseHint.test(text) ? decodeMorse(text).map((view) => ['morse', view] as const) : []),
  ];
  for (const [kind, view] of decoded) if (isText(view)) views.add(kind, view, 3);
}

/** HTML comments, closed or not. */
function extractComments(text: string, views: Views): void {
  // indexOf, not a lazy regex: `<!--` repeated would make `<!--[\s\S]*?-->` quadratic.
  for (let at = text.indexOf('<!--'); at !== -1 && !views.full; at = text.indexOf('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    views.add('html_comment', text.slice(at + 4, end === -1 ? at + 4 + MAX_VIEW_CHARS : end));
    if (end === -1) break;
    at = end + 3;
  }
}

/** Alt and title attributes, and the content of tags styled or marked hidden. */
function extractTags(text: string, views: Views): void {
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
}

/** A reference definition is never rendered: `[//]: # (note)` is the usual Markdown comment. */
function extractDefinitions(text: string, views: Views): void {
  for (const m of text.matchAll(P.mdDefinition)) {
    const [url = '', ...title] = (m[2] ?? '').trim().split(P.whitespace);
    const dummy = url === '' || url === '#' || url === '<>' || url === '//';
    views.add(
      'markdown_hidden',
      `${dummy ? (m[1] ?? '') : ''} ${title.join(' ').replace(P.mdTitleQuotes, '')}`,
    );
  }
}

/** HTML comments, alt/title attributes, markdown image alt text, and zero-size or hidden HTML. */
function extractMarkup(text: string, views: Views): void {
  extractComments(text, views);
  // Each search needs a character or pair that most text lacks; `includes` rules it out far faster than the
  // regex scan would.
  if (text.includes('<')) extractTags(text, views);
  if (text.includes('![')) for (const m of text.matchAll(P.mdImage)) views.add('alt_text', m[1] ?? '');
  if (text.includes(']:')) extractDefinitions(text, views);
}

const reverse = (text: string) => Array.from(text).reverse().join('');

/**
 * ROT13 and reversed text are only worth a view when they read as English and the original does not:
 * each sentence is transformed, and kept when it gains at least 3 known words and twice as many as it had.
 */
function transformViews(text: string, views: Views): void {
  const rotated: string[] = [];
  const reversed: string[] = [];
  // Each sentence is judged where it stands and copied out only when it is kept.
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    P.sentenceEnd.lastIndex = start;
    end = P.sentenceEnd.test(text) ? P.sentenceEnd.lastIndex - 1 : text.length;
    if (end - start < 8) continue; // three words cannot fit
    // Only the start of a long sentence is read: its view is cut to this length anyway.
    const stop = end - start <= MAX_VIEW_CHARS ? end : cutEnd(text, start, end, MAX_VIEW_CHARS);
    const hits = knownWordCounts(text, start, stop);
    if (hits.rot13 >= 3 && hits.rot13 >= 2 * hits.plain) rotated.push(rot13(text.slice(start, stop)));
    if (hits.reversed >= 3 && hits.reversed >= 2 * hits.plain)
      reversed.push(reverse(text.slice(start, stop)));
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
  decodeSpelledOut(visible, views);
  const text = foldVisible(visible, views.note);
  transformViews(text, views);
  return { text, views: views.list, found: [...views.found] };
}
