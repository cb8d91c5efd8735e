import type { Found } from './normalise.js';

// Character-level folding for the normaliser: invisible characters (step 3) and lookalike letters (step 4).
//
// Letters from other scripts that render like a Latin letter, as "lookalike Latin" pairs. NFKC already
// folds fullwidth and mathematical alphanumerics, so only letters it leaves alone are listed: Cyrillic,
// Greek, and a few IPA letters. Capitals are listed where their lowercase looks different (Greek Η, Ν, Υ).
const PAIRS = [
  // Cyrillic lowercase
  'аa вb еe ёe һh іi їi јj кk мm нh оo рp сc тt уy хx ѕs ԁd ӏl ԛq ԝw ѵv үy',
  // Cyrillic capitals
  'АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT ХX ҮY ӀI ԚQ ԜW',
  // Greek lowercase and capitals
  'οo αa εe ιi κk νv ρp τt υu χx βb γy ηn ωw ϳj',
  'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX',
  // IPA letters (Latin script, but not ASCII, and not used by any living orthography's words)
  'ɡg ɑa ɩi ʏy',
].join(' ');

/** Lookalike letter → the ASCII letter it imitates. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair): [string, string] => [pair.charAt(0), pair.charAt(1)]),
);

/** Regexes for invisible characters and lookalikes, listed for the linear-time check. */
export const CONFUSABLE_PATTERNS = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: C0/C1 controls are invisible word splitters.
  invisible: /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u180e\u200b-\u200f\u2060-\u2064\ufeff]|\u034f/g,
  bidi: /[\u061c\u202a-\u202e\u2066-\u2069]/g,
  tagRun: /[\u{e0000}-\u{e007f}]+/gu,
  // Any character the three above can match (\udb40 begins every tag character): most text has none, and one
  // test is cheaper than three replacements with nothing to replace.
  strippable:
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the C0/C1 controls of `invisible`.
    /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\udb40]|\u034f/,
  // Letters, marks (incl. the emoji variation selector), pictographs, and skin-tone modifiers.
  joinable: /[\p{L}\p{M}\p{Extended_Pictographic}]|[\u{1f3fb}-\u{1f3ff}]/u,
  nonAsciiRun: /[^\0-\x7f]+/g,
  nonAscii: /[^\0-\x7f]/,
  // Letters, marks and digits make a word (`іgn0rе` is one), and so do ZWJ/ZWNJ, which are kept between
  // non-ASCII letters and would otherwise split a lookalike word in two.
  wordChar: /[\p{L}\p{M}\p{N}\u200c\u200d]/u,
  asciiLetter: /[a-z]/i,
  mark: /\p{M}/u,
} as const;

const P = CONFUSABLE_PATTERNS;

// Decoded tag text kept per input: the size of one view.
const MAX_SMUGGLED_CHARS = 4_000;

function codePointBefore(text: string, index: number): number | undefined {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const paired = low >= 0xdc00 && low < 0xe000 && high >= 0xd800 && high < 0xdc00;
  return text.codePointAt(index - (paired ? 2 : 1));
}

const isJoinable = (point: number | undefined) =>
  point !== undefined && point > 0x7f && P.joinable.test(String.fromCodePoint(point));

// A subdivision flag (🏴, 2–7 tag letters/digits, cancel tag: England) is the one benign use of tags.
function isFlagTag(run: string, before: number | undefined): boolean {
  const body = Array.from(run, (c) => c.codePointAt(0) ?? 0);
  const cancel = body.pop();
  const tagAlnum = (p: number) => (p >= 0xe0030 && p <= 0xe0039) || (p >= 0xe0061 && p <= 0xe007a);
  return (
    before === 0x1f3f4 && cancel === 0xe007f && body.length >= 2 && body.length <= 7 && body.every(tagAlnum)
  );
}

/**
 * Step 3: zero-width characters split keywords without showing; bidi controls reorder what is shown;
 * tag characters are invisible ASCII (U+E0041 is a hidden `A`), so runs of them are decoded first.
 * ZWJ/ZWNJ between two non-ASCII letters or emoji are real text (emoji sequences, Persian, Indic).
 */
export function stripInvisible(text: string, found: Found, smuggled?: (ascii: string) => void): string {
  if (!P.strippable.test(text)) return text;
  return text
    .replace(P.invisible, (ch, offset: number, whole: string) => {
      const joiner = ch === '\u200c' || ch === '\u200d';
      if (joiner && isJoinable(codePointBefore(whole, offset)) && isJoinable(whole.codePointAt(offset + 1)))
        return ch;
      found('invisible');
      return '';
    })
    .replace(P.bidi, () => {
      found('bidi');
      return '';
    })
    .replace(P.tagRun, (run, offset: number, whole: string) => {
      if (isFlagTag(run, codePointBefore(whole, offset))) return run;
      found('tag_chars');
      let ascii = '';
      for (const c of run) {
        if (ascii.length >= MAX_SMUGGLED_CHARS) break;
        const p = (c.codePointAt(0) ?? 0) - 0xe0000;
        if (p >= 0x20 && p < 0x7f) ascii += String.fromCharCode(p);
      }
      smuggled?.(ascii);
      return '';
    });
}

const isAsciiWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Index just past the word character at `i`, or `i` when there is none. */
function wordCharEnd(text: string, i: number): number {
  const c = text.codePointAt(i);
  if (c === undefined) return i;
  if (c < 0x80) return isAsciiWord(c) ? i + 1 : i;
  const ch = String.fromCodePoint(c);
  return P.wordChar.test(ch) ? i + ch.length : i;
}

function foldWord(word: string, found: Found): string {
  if (!P.asciiLetter.test(word)) return word;
  let out = '';
  let previousAscii = false;
  for (const ch of word) {
    if (ch === '\u200c' || ch === '\u200d') {
      found('invisible');
      continue;
    }
    const latin = CONFUSABLES.get(ch);
    if (latin !== undefined) {
      found('confusables');
      out += latin;
      previousAscii = true;
    } else if (previousAscii && P.mark.test(ch)) {
      found('confusables');
    } else {
      out += ch;
      previousAscii = ch < '\x80';
    }
  }
  return out;
}

/**
 * Folds lookalike letters to ASCII, but only inside words that mix ASCII letters with others, so that
 * Russian or Greek prose stays itself while `іgnоrе` (Cyrillic і, о, е among Latin g, n, r) becomes `ignore`.
 * In the same words it drops combining marks on ASCII letters (strike-through `i̶g̶n̶o̶r̶e̶`, "Zalgo") and
 * joiners; NFKC has already composed every letter+mark pair that has a precomposed form, so what is left
 * on an ASCII letter is decoration.
 */
export function foldConfusables(text: string, found: Found): string {
  // Words are found from their non-ASCII characters outwards, so ASCII text costs one regex test and
  // each character is visited a bounded number of times.
  if (!P.nonAscii.test(text)) return text;
  let out = '';
  let copied = 0;
  let scanned = 0;
  for (const run of text.matchAll(P.nonAsciiRun)) {
    const runEnd = run.index + run[0].length;
    for (let i = Math.max(run.index, scanned); i < runEnd; ) {
      let end = wordCharEnd(text, i);
      if (end === i) {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      let start = i;
      while (start > scanned && isAsciiWord(text.charCodeAt(start - 1))) start--;
      for (let next = wordCharEnd(text, end); next > end; next = wordCharEnd(text, end)) end = next;
      const word = text.slice(start, end);
      const folded = foldWord(word, found);
      if (folded !== word) {
        out += text.slice(copied, start) + folded;
        copied = end;
      }
      scanned = end;
      i = end;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
