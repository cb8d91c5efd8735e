import { NAMED_ENTITIES } from './entities.js';

/** Regexes the decoders use, exported so the ReDoS test checks them with the rules. */
export const DECODER_PATTERNS = {
  htmlEntity: /&(?:#(?:x([0-9a-f]{1,8})|([0-9]{1,10}))|([a-z][a-z0-9]{1,31}));?/gi,
  // JS `\xHH`, `\uHHHH`, `\u{H…}`, and CSS escapes of ASCII written with leading zeros (`\0075`).
  jsEscape:
    /\\(?:x([0-9a-f]{2})|u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|0{2,4}([2-7][0-9a-f])\s?|([0-3][0-7]{2}))/gi,
} as const;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

function hexAt(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = hexValue(s.charCodeAt(i));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function fromCodePointSafe(cp: number): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/**
 * Decodes a run of percent-encoded bytes as lenient UTF-8, the way old IIS and Tomcat did: overlong
 * forms (`%c0%ae`, `%e0%80%ae`, `%f8%80%80%80%ae`) and "bogus" ones whose continuation bytes are not
 * 10xxxxxx (`%c0%2e`, `%c1%1c`) decode to the ASCII character they smuggle, because that is exactly
 * what the attacker hopes the back end does. Anything else undecodable stays as its Latin-1 character.
 */
function decodeBytes(bytes: number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const need =
      lead >= 0xfc ? 5 : lead >= 0xf8 ? 4 : lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
    if (need === 0 || lead >= 0xfe || i + need >= bytes.length) {
      out += String.fromCharCode(lead);
      i++;
      continue;
    }
    let cp = lead & (0x7f >> (need + 1));
    let valid = true;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) valid = false;
      cp = cp * 64 + (b & 0x3f);
    }
    if (valid || cp < 0x80) {
      out += fromCodePointSafe(cp);
      i += need + 1;
    } else {
      out += String.fromCharCode(lead);
      i++;
    }
  }
  return out;
}

/**
 * One pass of URL decoding: `%XX` byte runs (lenient UTF-8, see {@link decodeBytes}), IIS `%uXXXX`,
 * and, for query strings only, `+` as space. Invalid sequences (`%zz`, a trailing `%`) are kept literally.
 */
export function urlDecodeOnce(s: string, plusAsSpace = false): string {
  if (s.indexOf('%') === -1 && !(plusAsSpace && s.indexOf('+') !== -1)) return s;
  let out = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) {
      out += decodeBytes(bytes);
      bytes = [];
    }
  };
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === '%') {
      const byte = hexAt(s, i + 1, 2);
      if (byte >= 0) {
        bytes.push(byte);
        i += 3;
        continue;
      }
      if (s.charAt(i + 1) === 'u' || s.charAt(i + 1) === 'U') {
        const unit = hexAt(s, i + 2, 4);
        if (unit >= 0) {
          flush();
          out += String.fromCharCode(unit);
          i += 6;
          continue;
        }
      }
    }
    flush();
    out += plusAsSpace && c === '+' ? ' ' : c;
    i++;
  }
  flush();
  return out;
}

/** Decodes HTML character references: named (from a table of the ones that matter), decimal and hex, `;` optional. */
export function htmlDecodeOnce(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(DECODER_PATTERNS.htmlEntity, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined || dec !== undefined) {
      const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec as string, 10);
      return cp > 0x10ffff ? whole : fromCodePointSafe(cp);
    }
    // Browsers decode a known entity name that prefixes a longer word (`&ltimg` is `<img`).
    const word = (name as string).toLowerCase();
    for (let len = word.length; len >= 2; len--) {
      const value = NAMED_ENTITIES.get(word.slice(0, len));
      if (value === undefined) continue;
      return len === word.length ? value : value + whole.slice(len + 1);
    }
    return whole;
  });
}

/** Decodes JavaScript string escapes `\xHH`, `\uHHHH`, `\u{H…}` and octal `\OOO`, and zero-padded CSS escapes. */
export function jsDecodeOnce(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  return s.replace(
    DECODER_PATTERNS.jsEscape,
    (_whole, x?: string, braced?: string, u?: string, css?: string, octal?: string) =>
      octal !== undefined
        ? String.fromCharCode(Number.parseInt(octal, 8))
        : fromCodePointSafe(Number.parseInt((x ?? braced ?? u ?? css) as string, 16)),
  );
}

/** Result of {@link decodeRepeatedly}. */
export interface Decoded {
  readonly text: string;
  /** Rounds that changed the text (0 = nothing was encoded). */
  readonly rounds: number;
  /** Whether a CR or LF appeared only through decoding (an encoded line break). */
  readonly encodedNewline: boolean;
}

const NEWLINE = /[\r\n]/;

/**
 * URL, HTML-entity and JS-escape decoding, repeated until the text stops changing or `maxRounds`
 * rounds have run. Each round is linear in the text, so the whole is bounded by `maxRounds`.
 */
export function decodeRepeatedly(text: string, maxRounds: number, plusAsSpace = false): Decoded {
  let current = text;
  let rounds = 0;
  const hadNewline = NEWLINE.test(text);
  while (rounds < maxRounds) {
    const next = jsDecodeOnce(htmlDecodeOnce(urlDecodeOnce(current, plusAsSpace)));
    if (next === current) break;
    current = next;
    rounds++;
  }
  return { text: current, rounds, encodedNewline: !hadNewline && NEWLINE.test(current) };
}
