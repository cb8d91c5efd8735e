import type { RedactionKind } from './query-policy.js';

/** Redaction counts by kind, filled in as the rules run. */
export type RedactionCounts = Partial<Record<RedactionKind, number>>;

// Square brackets survive quote stripping, and no later rule matches a placeholder.
const PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  private_key: '[private-key]',
  api_key: '[key]',
  email: '[email]',
  iban: '[iban]',
  payment_card: '[card]',
  phone: '[phone]',
  high_entropy: '[redacted]',
};

// A pattern that opens with a repeated class first consumes one character outside it (or the start of the
// text), so only the start of a run is ever tried and no run is rescanned from each of its positions; every
// repeat is bounded. Boundaries on the right are checked in code, which keeps lookaround out of the patterns.
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = /-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;
const BEARER = /(^|[^A-Za-z0-9_-])(bearer) ([A-Za-z0-9._~+/=-]{12,4096})/gi;
const ASSIGNMENT =
  /(^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{0,30}?(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|authorization))( ?[:=] ?)((?:bearer|basic|token) )?("[^"]{1,256}"|'[^']{1,256}'|“[^”]{1,256}”|‘[^’]{1,256}’|["'“‘]?[^ "'“”‘’]{1,256})/gi;
const KEY_SHAPES =
  /(^|[^A-Za-z0-9_-])(sk-[A-Za-z0-9_-]{20,256}|rmp_[0-9A-Za-z]{50}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[0-9A-Za-z]{30,255}|github_pat_[0-9A-Za-z_]{20,255}|xox[abprs]-[0-9A-Za-z-]{10,255}|AIza[0-9A-Za-z_-]{35}|[rsp]k_(?:live|test)_[0-9A-Za-z]{10,255}|eyJ[0-9A-Za-z_-]{4,4096}\.[0-9A-Za-z_-]{4,4096}\.[0-9A-Za-z_-]{0,4096})/g;
// "@" or an obfuscated "[at]"/"(at)"/"{at}"/"<at>", and likewise for the dots of the domain.
const EMAIL =
  /(^|[^\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64}(?:@| ?[[({<] ?(?:at|@) ?[\])}>] ?)[\p{L}\p{N}-]{1,63}(?:(?:\.| ?[[({<] ?(?:dot|\.) ?[\])}>] ?)[\p{L}\p{N}-]{1,63}){0,10}(?:\.| ?[[({<] ?(?:dot|\.) ?[\])}>] ?)\p{L}{2,24})/giu;
const IBAN = /(^|[^A-Za-z0-9])([A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?)/g;
// Runs of at least 13 digits in groups joined by single spaces or dashes; shorter runs never match.
const DIGIT_GROUPS = /(^|[^0-9])([0-9](?:[ -]?[0-9]){12,450})/g;
const PHONE_INTERNATIONAL = /(^|[^0-9A-Za-z+])(\+ ?[0-9](?:[ .()-]{0,2}[0-9]){6,14})/g;
// North American shapes, then trunk-prefixed national numbers ("030 1234 5678", "06 12 34 56 78").
const PHONE_NATIONAL =
  /(^|[^0-9])(\([0-9]{3}\) ?[0-9]{3}[ .-][0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}|[0-9]{3}\.[0-9]{3}\.[0-9]{4}|[0-9]{3} [0-9]{3} [0-9]{4}|(?:\(0[0-9]{1,4}\) ?|0[0-9]{1,4}[ /-]?)[0-9]{2,8}(?:[ -][0-9]{2,5}){0,3})/g;

/** The redaction patterns, for the regex-safety test. */
export const REDACTION_PATTERNS: Readonly<Record<string, RegExp>> = {
  PEM_BEGIN,
  PEM_END,
  BEARER,
  ASSIGNMENT,
  KEY_SHAPES,
  EMAIL,
  IBAN,
  DIGIT_GROUPS,
  PHONE_INTERNATIONAL,
  PHONE_NATIONAL,
};

type Replacer = (match: string, pre: string, body: string, offset: number, whole: string) => string;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const hasDigitAndLetter = (s: string): boolean => /[0-9]/.test(s) && /[A-Za-z]/.test(s);

/** Counts one redaction of `kind` and returns its placeholder. */
export function mark(counts: RedactionCounts, kind: RedactionKind): string {
  counts[kind] = (counts[kind] ?? 0) + 1;
  return PLACEHOLDERS[kind];
}

/** Replaces each PEM private-key block, to its END line or, when that is missing, to the end of the text. */
function redactPrivateKeys(text: string, counts: RedactionCounts): string {
  let out = '';
  let from = 0;
  for (;;) {
    PEM_BEGIN.lastIndex = from;
    const begin = PEM_BEGIN.exec(text);
    if (!begin) break;
    PEM_END.lastIndex = begin.index + begin[0].length;
    const end = PEM_END.exec(text);
    out += text.slice(from, begin.index) + mark(counts, 'private_key');
    from = end ? end.index + end[0].length : text.length;
  }
  return out + text.slice(from);
}

/** Luhn check over the digits of `text` from `start` to `end`, skipping separators. */
function luhn(text: string, start: number, end: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = end - 1; i >= start; i--) {
    let d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Remainder mod 97 after appending an upper-case IBAN character (a letter counts as two digits, A = 10). */
function mod97Step(rem: number, code: number): number {
  return code <= 57 ? (rem * 10 + code - 48) % 97 : (rem * 100 + code - 55) % 97;
}

/**
 * Longest prefix of a spaced or unspaced IBAN candidate that ends at a group boundary and passes mod-97.
 * Remainders are kept per prefix, so every candidate length costs one step, not a fresh pass.
 */
const redactIban =
  (counts: RedactionCounts): Replacer =>
  (match, pre, body, offset, whole) => {
    const compact = body.replaceAll(' ', '').toUpperCase();
    const endOf: number[] = []; // body index just after the n-th compact character
    for (let i = 0; i < body.length; i++) if (body[i] !== ' ') endOf.push(i + 1);
    // The check moves the first four characters to the end: value = rest · 10^(digits of head) + head.
    let head = 0;
    let scale = 1;
    for (let i = 0; i < 4; i++) {
      const code = compact.charCodeAt(i);
      head = mod97Step(head, code);
      scale = (scale * (code <= 57 ? 10 : 100)) % 97;
    }
    let best = 0;
    let rest = 0;
    for (let len = 5; len <= Math.min(34, compact.length); len++) {
      rest = mod97Step(rest, compact.charCodeAt(len - 1));
      if (len < 15 || (rest * scale + head) % 97 !== 1) continue;
      const end = endOf[len - 1] ?? 0;
      const after = end === body.length ? whole[offset + match.length] : body[end];
      if (after === undefined || !/[A-Za-z0-9]/.test(after)) best = end;
    }
    return best === 0 ? match : `${pre}${mark(counts, 'iban')}${body.slice(best)}`;
  };

// Groupings card numbers are printed in: one block, 4-4-…-(1 to 4), Amex 4-6-5 and Diners 4-6-4.
function cardLike(lengths: readonly number[], i: number, j: number): boolean {
  const last = lengths[j] ?? 0;
  if (i === j) return true;
  if (j - i === 2 && lengths[i] === 4 && lengths[i + 1] === 6 && (last === 4 || last === 5)) return true;
  for (let k = i; k < j; k++) if (lengths[k] !== 4) return false;
  return last <= 4;
}

/**
 * In a run of digit groups: the whole run when it is 13–19 digits in groups of three or more that pass Luhn;
 * else each card-shaped window of groups that does (so "2026-11-26 4111 1111 1111 1111" keeps its date).
 */
const redactCards =
  (counts: RedactionCounts): Replacer =>
  (match, pre, body, offset, whole) => {
    if (pre === '+') return match; // an international phone number, left to the phone rule
    const lengths: number[] = [];
    let run = 0;
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (code >= 48 && code <= 57) run++;
      else {
        lengths.push(run);
        run = 0;
      }
    }
    lengths.push(run);
    const cut = isDigit(whole[offset + match.length]);
    if (cut) lengths.pop(); // cut mid-group by the repeat bound
    const total = body.length - (lengths.length - 1);
    if (!cut && total >= 13 && total <= 19 && lengths.every((l) => l >= 3) && luhn(body, 0, body.length)) {
      return `${pre}${mark(counts, 'payment_card')}`;
    }
    let out = pre;
    let from = 0;
    for (let i = 0, start = 0; i < lengths.length; start += (lengths[i] ?? 0) + 1, i++) {
      if (lengths[i] !== 4 && (lengths[i] ?? 0) < 13) continue; // no card grouping starts here
      let end = -1;
      let best = -1;
      for (let j = i, digits = 0, stop = start - 1; j < lengths.length && j <= i + 4; j++) {
        digits += lengths[j] ?? 0;
        stop += (lengths[j] ?? 0) + 1;
        if (digits > 19) break;
        if (digits >= 13 && cardLike(lengths, i, j) && luhn(body, start, stop)) [best, end] = [j, stop];
      }
      if (best < 0) continue;
      out += body.slice(from, start) + mark(counts, 'payment_card');
      from = end;
      for (; i < best; i++) start += (lengths[i] ?? 0) + 1;
    }
    return from === 0 ? match : out + body.slice(from);
  };

/** Redacts the longest prefix of a phone candidate ending at a digit group with `min`–`max` digits in all. */
const redactPhone =
  (counts: RedactionCounts, min: number, max: number): Replacer =>
  (match, pre, body, offset, whole) => {
    let digits = 0;
    let best = 0;
    for (let i = 0; i < body.length; i++) {
      if (!isDigit(body[i])) continue;
      digits++;
      const next = i + 1 === body.length ? whole[offset + match.length] : body[i + 1];
      if (!isDigit(next) && digits >= min && digits <= max) best = i + 1;
    }
    return best === 0 ? match : `${pre}${mark(counts, 'phone')}${body.slice(best)}`;
  };

/** Replaces secrets and personal data of known shapes in normalised text with counted placeholders. */
export function redactSecrets(text: string, counts: RedactionCounts): string {
  let out = redactCredentials(text, counts);
  out = out.replace(EMAIL, (_match, pre: string) => `${pre}${mark(counts, 'email')}`);
  out = out.replace(IBAN, redactIban(counts));
  out = out.replace(DIGIT_GROUPS, redactCards(counts));
  out = out.replace(PHONE_INTERNATIONAL, redactPhone(counts, 7, 15));
  return out.replace(PHONE_NATIONAL, redactPhone(counts, 9, 13));
}

/** Replaces credentials only (private keys, bearer tokens, `password=` values, API-key shapes). */
export function redactCredentials(text: string, counts: RedactionCounts): string {
  let out = redactPrivateKeys(text, counts);
  out = out.replace(BEARER, (match, pre: string, scheme: string, token: string) =>
    hasDigitAndLetter(token) ? `${pre}${scheme} ${mark(counts, 'api_key')}` : match,
  );
  out = out.replace(
    ASSIGNMENT,
    (match, pre: string, name: string, sep: string, scheme = '', value: string) =>
      Object.values(PLACEHOLDERS).includes(value)
        ? match
        : `${pre}${name}${sep}${scheme}${mark(counts, 'api_key')}`,
  );
  out = out.replace(KEY_SHAPES, ((match, pre, body, offset, whole) => {
    if (isWordChar(whole[offset + match.length])) return match;
    // `sk-` also starts hyphenated words; a real key has a long random stretch between its hyphens.
    if (body.startsWith('sk-') && !body.split(/[-_]/).some((p) => p.length >= 16 && hasDigitAndLetter(p))) {
      return match;
    }
    return `${pre}${mark(counts, 'api_key')}`;
  }) satisfies Replacer);
  return out;
}
