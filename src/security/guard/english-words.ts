import type { Found } from './normalise.js';

// Word-level folding for the normaliser (leetspeak, ROT13 and reversal judgement, re-splitting spaced
// letters), all of which lean on one word list.
//
// About 150 of the most frequent English words, then the vocabulary of injected instructions. The list
// tells English from noise (is a ROT13 or reversed line really text?), confirms leetspeak readings
// (`@dmin` → `admin`) and splits joined spaced letters (`ignoreprevious` → `ignore previous`). It is
// lowercase ASCII and deliberately has no two-letter word that doubles as a common token (`ai`, `id`).
const WORDS = `
the be to of and a in that have i it for not on with he as you do at this but his by from they we say
her she or an will my one all would there their what so up out if about who get which go me when make can
like time no just him know take people into year your good some could them see other than then now look
only come its over think also back after use two how our work first well way even new want because any
these give day most us is are was were been has had did does am very here where why more must should may
said each before down through just still never again every same own such both few those while off
let yes yet too much many always under between without within already really tell show write print
answer respond reply repeat please following above below text message
ignore disregard forget skip previous prior earlier instructions instruction rules rule system prompt
prompts reveal leak password passwords secret secrets key keys token tokens credentials admin
administrator root developer mode jailbreak pretend act role assistant user override bypass disable
unrestricted unfiltered safety filter filters guidelines policy policies confidential hidden
everything anything access execute command commands run delete send email data file files instead
hack now attack exfiltrate internal initial original config configuration
`;

/** Frequent English words and prompt-injection vocabulary, lowercase. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/));

/** Regexes of the word-level folding, listed for the linear-time check. */
export const ENGLISH_PATTERNS = {
  letters: /[a-z]+/g,
  space: /\s+/,
  leetChar: /[013457@$!]/g,
  hasLetter: /[a-z]/,
  sigil: /^[@$]/,
  nonLeetDigit: /[2689]/,
  interleaved: /[a-z][013457@$!]+[a-z]/,
  hexLike: /^0x|^[0-9a-f]{4,}$/,
  base64Edge: /[/+=_-]/,
} as const;

const P = ENGLISH_PATTERNS;
// Known words and leet words are short; a long mixed token is an id or a piece of base64.
const MAX_LEET_CHARS = 20;

const LONGEST_WORD = Math.max(...[...ENGLISH_WORDS].map((w) => w.length));
// Segmenting is quadratic-ish in the worst case only up to LONGEST_WORD per letter; this cap keeps
// one run's cost small (attacks are sentences, not essays).
const MAX_SEGMENT_CHARS = 200;

/** ROT13 of the ASCII lowercase letters in `text`. */
export function rot13(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0x61 && c <= 0x7a ? ((c - 0x54) % 26) + 0x61 : c;
  }
  return String.fromCharCode(...codes);
}

// A word of the text is a known word after ROT13 (or read backwards) exactly when it is the ROT13 (or the
// reverse) of a known word, so a sentence is judged without transforming it.
const PLAIN = 1;
const ROT13 = 2;
const REVERSED = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of one more character. */
const hashStep = (hash: number, c: number) => Math.imul(hash ^ c, FNV_PRIME);

// Every known, ROT13-known and reversed-known word with which of the three it is, in an open-addressing table
// keyed by a hash of its letters: a word of the text is looked up where it stands, without slicing it out,
// and a miss (most lookups) is one typed-array read.
const TABLE_SIZE = 4096; // a power of two, over four times the number of words
const TABLE_MASK = TABLE_SIZE - 1;
const tableHash = new Int32Array(TABLE_SIZE);
const tableKinds = new Uint8Array(TABLE_SIZE); // 0: an empty slot
const tableWord: string[] = new Array<string>(TABLE_SIZE).fill('');

function insertWord(word: string, kind: number): void {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  for (let at = hash & TABLE_MASK; ; at = (at + 1) & TABLE_MASK) {
    if (tableKinds[at] === 0) {
      tableHash[at] = hash;
      tableWord[at] = word;
      tableKinds[at] = kind;
      return;
    }
    if (tableWord[at] === word) {
      tableKinds[at] = (tableKinds[at] ?? 0) | kind;
      return;
    }
  }
}

for (const known of ENGLISH_WORDS) {
  insertWord(known, PLAIN);
  insertWord(rot13(known), ROT13);
  insertWord([...known].reverse().join(''), REVERSED);
}

/** Which of PLAIN, ROT13, REVERSED the letters `text[start, end)` (whose hash is `hash`) are. */
function wordKinds(text: string, start: number, end: number, hash: number): number {
  if (end - start > LONGEST_WORD) return 0;
  for (let at = hash & TABLE_MASK; tableKinds[at] !== 0; at = (at + 1) & TABLE_MASK) {
    const word = tableWord[at] ?? '';
    if (tableHash[at] === hash && word.length === end - start && text.startsWith(word, start)) {
      return tableKinds[at] ?? 0;
    }
  }
  return 0;
}

/**
 * How many words (runs of `a-z`) of `text[start, end)` are known words as written, after ROT13, and when
 * read backwards. It runs on every sentence of every message, so it allocates nothing per word: each word
 * is hashed as it is scanned and compared where it stands.
 */
export function knownWordCounts(
  text: string,
  start = 0,
  end = text.length,
): { plain: number; rot13: number; reversed: number } {
  const hits = { plain: 0, rot13: 0, reversed: 0 };
  let wordStart = -1;
  let hash = FNV_OFFSET;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    if (c >= 0x61 && c <= 0x7a) {
      if (wordStart < 0) wordStart = i;
      hash = hashStep(hash, c);
      continue;
    }
    if (wordStart >= 0) {
      const kinds = wordKinds(text, wordStart, i, hash);
      if (kinds & PLAIN) hits.plain++;
      if (kinds & ROT13) hits.rot13++;
      if (kinds & REVERSED) hits.reversed++;
      wordStart = -1;
      hash = FNV_OFFSET;
    }
  }
  return hits;
}

/**
 * Splits joined letters into the fewest known words (`ignorepreviousinstructions` →
 * `ignore previous instructions`), or `undefined` when they are not wholly made of known words.
 */
export function segmentWords(letters: string): string | undefined {
  const n = letters.length;
  if (n === 0 || n > MAX_SEGMENT_CHARS) return undefined;
  // best[end]: fewest words covering letters[0, end); from[end]: where the last of them starts.
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const before = best[start];
      if (before === undefined || before < 0) continue;
      const current = best[end] ?? -1;
      if ((current < 0 || before + 1 < current) && ENGLISH_WORDS.has(letters.slice(start, end))) {
        best[end] = before + 1;
        from[end] = start;
      }
    }
    if (best[end] === undefined) best[end] = -1;
  }
  if ((best[n] ?? -1) < 0) return undefined;
  const words: string[] = [];
  for (let end = n; end > 0; ) {
    const start = from[end] ?? 0;
    words.push(letters.slice(start, end));
    end = start;
  }
  return words.reverse().join(' ');
}

const LEET: ReadonlyMap<string, string> = new Map(
  Object.entries({ 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', '@': 'a', $: 's', '!': 'i' }),
);

/** Whether `text[start, end)` has a letter `a-z`. */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

const isTokenChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || c === 0x21;

/** The reading of one `[a-z0-9@$!]+` token, or the token itself. */
function foldLeetToken(token: string, before: string, after: string): string {
  // `!` is punctuation at either end of a word, a leet `i` only inside one.
  let start = 0;
  let end = token.length;
  while (token.charAt(start) === '!') start++;
  while (end > start && token.charAt(end - 1) === '!') end--;
  const core = token.slice(start, end);
  // Known words and leet words are short; a long mixed token is an id or a piece of base64.
  if (core.length > MAX_LEET_CHARS) return token;
  let asI = '';
  let asL = '';
  let letters = 0;
  let leet = 0;
  for (const ch of core) {
    const plain = LEET.get(ch);
    if (plain === undefined) {
      asI += ch;
      asL += ch;
      if (ch >= 'a' && ch <= 'z') letters++;
    } else {
      leet++;
      asI += plain;
      asL += ch === '1' ? 'l' : plain;
    }
  }
  if (letters === 0 || leet === 0) return token;
  if (core.includes('@') && after.charAt(0) === '.' && P.hasLetter.test(after.charAt(1))) return token;
  const known = [asI, asL].find((word) => word.length >= 3 && ENGLISH_WORDS.has(word));
  const guessed =
    letters >= 3 &&
    !P.base64Edge.test(before + after.charAt(0)) &&
    !P.sigil.test(core) &&
    !P.nonLeetDigit.test(core) &&
    !P.hexLike.test(core) &&
    P.interleaved.test(core);
  const folded = known ?? (guessed ? asI : undefined);
  if (folded === undefined) return token;
  return `${token.slice(0, start)}${folded}${token.slice(end)}`;
}

/**
 * Step 7: `1gn0r3` reads as `ignore` to a model but not to a rule. Only tokens that mix letters with leet
 * characters are read, and only when the reading is a known word or the leet sits between letters:
 * versions, ids and units (`v20`, `k8s`, `a1`, `1st`, `sha1`), hex, base64, emails and `@handle`/`$var` stay.
 */
export function foldLeet(text: string, found: Found): string {
  // Tokens are found from their leet characters outwards, and a regex search finds those: prose without
  // digits or symbols costs one native scan.
  const parts: string[] = [];
  let copied = 0;
  const leet = P.leetChar;
  leet.lastIndex = 0;
  while (leet.test(text)) {
    let start = leet.lastIndex - 1;
    let end = leet.lastIndex;
    while (start > copied && isTokenChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
    leet.lastIndex = end;
    if (!hasLetter(text, start, end)) continue; // a number (`2024`, `0001`) has no other reading
    const token = text.slice(start, end);
    const folded = foldLeetToken(token, text.charAt(start - 1), text.slice(end, end + 2));
    if (folded === token) continue;
    found('leetspeak');
    parts.push(text.slice(copied, start), folded);
    copied = end;
  }
  return copied === 0 ? text : parts.join('') + text.slice(copied);
}
