import { decodeRepeatedly } from './decode.js';

/**
 * The normalised forms of one text that rules match against:
 * - `raw`: lower-cased input, undecoded (for rules about the encoding itself);
 * - `decoded`: decoded, NFKC, lower-cased, invisible characters removed, whitespace folded to one space;
 * - `sql`: `decoded` with SQL comments folded (`/*…*\/` to a space, MySQL `/*!…` opened, `--`/`#` to end of line)
 *   and `+` as a space (payloads use it for spaces whether or not they come from a query string);
 * - `path`: `decoded` with backslashes as slashes, and runs of slashes as one;
 * - `compact`: `decoded` without whitespace or backslashes (browsers drop tabs and newlines inside `javascript:`,
 *   and JS string escapes like `\j\a\v\a` are the letters themselves);
 * - `crlf`: the decoded text with its line breaks, but only when a line break came from decoding;
 * - `base64`: when the whole value is one base64 token that decodes to printable text, that text
 *   (URL-decoded, lower-cased, backslashes as slashes); otherwise empty;
 * - `signals`: space-separated markers the decoder found (`null`, `overlong`, `multi`, `unicode`).
 */
export interface Views {
  readonly raw: string;
  readonly decoded: string;
  readonly sql: string;
  readonly path: string;
  readonly compact: string;
  readonly crlf: string;
  readonly base64: string;
  readonly signals: string;
}

/** Names of {@link Views}. */
export type ViewName = keyof Views;

/** Limits for {@link normalise}. */
export interface NormaliseLimits {
  /** Characters of the input that are inspected; the rest is ignored. */
  readonly maxChars: number;
  /** Decoding rounds (URL, then HTML entities, then JS escapes) before giving up on "until stable". */
  readonly maxDecodeRounds: number;
  /** Decode `+` as a space (query strings); elsewhere `+` is a plus sign. */
  readonly plusAsSpace?: boolean;
}

/** Regexes the normaliser uses, exported so the ReDoS test checks them with the rules. */
export const NORMALISE_PATTERNS = {
  // Null and other C0 controls (not tab/CR/LF), DEL, soft hyphen, zero-width and BOM characters:
  // all invisible, all used to split keywords (`<scr\0ipt>`, `..%01/`).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  invisible: /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g,
  slashLike: /[\u2044\u2215\u29f8]/g,
  // Typographic quotes that "best-fit" charset conversion (and some databases) turn into ASCII quotes.
  singleQuoteLike: /[\u2018\u2019\u201a\u201b\u2032\u00b4]/g,
  doubleQuoteLike: /[\u201c\u201d\u201e\u201f\u2033]/g,
  backslashLike: /[\u2216\u29f5\u29f9]/g,
  whitespace: /\s+/g,
  mysqlVersionComment: /\/\*!\d{0,6}/g,
  blockComment: /\/\*[^*]*\*\//g,
  commentEnds: /\/\*|\*\//g,
  lineComment: /(?:--|#)[^\n]*/g,
  plus: /\+/g,
  backslashes: /\\+/g,
  backslash: /\\/g,
  // dotdotpwn-style hex notation of `.`, `/` and `\` (`..0x2f`, `0x2e0x2e/`), only for the path view.
  hexPathChar: /0x(?:2e|2f|5c)/g,
  slashes: /\/{2,}/g,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a literal NUL is what this looks for.
  nullByte: /\u0000|%(?:25)*00/,
  overlong: /%(?:25)*c[01]%|%(?:25)*e0%(?:25)*[489]|%(?:25)*f[08c]%(?:25)*80%/,
  iisUnicode: /%u[0-9a-f]{4}/,
  multiEncoded: /%25(?:25)*[0-9a-f]{2}/,
  base64Token: /^[a-z0-9+/]{8,}={0,2}$/i,
} as const;

const P = NORMALISE_PATTERNS;

const HEX_PATH_CHARS: Record<string, string> = { '0x2e': '.', '0x2f': '/', '0x5c': '/' };
const hexPathChar = (m: string) => HEX_PATH_CHARS[m] ?? m;

// Longest value tried as base64: payloads are short, and decoding a large blob would cost for nothing.
const MAX_BASE64_CHARS = 4096;

/** The printable text a lone base64 token decodes to, or `''`. */
function base64View(input: string, limits: NormaliseLimits): string {
  const token = input.trim();
  if (token.length > MAX_BASE64_CHARS || token.length % 4 !== 0 || !P.base64Token.test(token)) return '';
  const text = Buffer.from(token, 'base64').toString('latin1');
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code > 0x7e) return '';
  }
  return decodeRepeatedly(text, limits.maxDecodeRounds).text.toLowerCase().replace(P.backslash, '/');
}

/** Builds every {@link Views view} of `text`, looking at no more than `limits.maxChars` characters. */
export function normalise(text: string, limits: NormaliseLimits): Views {
  const input = text.length > limits.maxChars ? text.slice(0, limits.maxChars) : text;
  const raw = input.toLowerCase();
  const decoded = decodeRepeatedly(input, limits.maxDecodeRounds, limits.plusAsSpace === true);
  // NFKC can expand a character up to 18-fold (U+FDFA), so the limit applies again after it.
  const base = decoded.text
    .normalize('NFKC')
    .slice(0, limits.maxChars)
    .toLowerCase()
    .replace(P.slashLike, '/')
    .replace(P.backslashLike, '\\')
    .replace(P.singleQuoteLike, "'")
    .replace(P.doubleQuoteLike, '"')
    .replace(P.invisible, '');
  const folded = base.replace(P.whitespace, ' ');
  const sql = base
    .replace(P.mysqlVersionComment, ' ')
    .replace(P.blockComment, ' ')
    .replace(P.commentEnds, ' ')
    .replace(P.lineComment, ' -- ')
    .replace(P.plus, ' ')
    .replace(P.whitespace, ' ');
  const signals: string[] = [];
  if (P.nullByte.test(raw)) signals.push('null');
  if (P.overlong.test(raw)) signals.push('overlong');
  if (P.iisUnicode.test(raw)) signals.push('unicode');
  if (decoded.rounds >= 2 && P.multiEncoded.test(raw)) signals.push('multi');
  return {
    raw,
    decoded: folded,
    sql,
    path: folded.replace(P.hexPathChar, hexPathChar).replace(P.backslash, '/').replace(P.slashes, '/'),
    compact: folded.replace(P.whitespace, '').replace(P.backslashes, ''),
    crlf: decoded.encodedNewline ? base : '',
    base64: base64View(input, limits),
    signals: signals.join(' '),
  };
}
