/**
 * Text helpers for the rule-based request parser: durations, removing matched spans and tidying titles.
 * Every regex here is either anchored at the start or free of nested quantifiers, so work stays linear.
 */

/** A half-open [start, end) range of character indices in a request. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A duration found in a request, with where it was written. */
export interface DurationMatch extends TextSpan {
  readonly minutes: number;
}

const AMOUNT = String.raw`(\d{1,4}(?:\.\d{1,2})?|an?|one|two|three|four|five|six|half\s+an?)`;
const UNIT = '(hours?|hrs?|h|minutes?|mins?|m)';
const FOR_DURATION = new RegExp(
  String.raw`\bfor\s+(?:an?\s+)?${AMOUNT}\s?-?\s?${UNIT}\b(?:\s(?:and\s)?(?:(a\s+half)|(\d{1,3})\s?(?:minutes?|mins?|m)\b))?`,
  'i',
);
const ADJECTIVE_DURATION =
  /\b(?:an?\s+)?(\d{1,4}|half[\s-]an?|one|two|three)[\s-]?(minute|min|hour|hr)\b(?=\s+[a-z])/gi;
const WORD_AMOUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
const MAX_DURATION_MINUTES = 7 * 24 * 60;

function amountOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('half')) return 0.5;
  return WORD_AMOUNTS[lower] ?? Number(lower);
}

function toMinutes(
  amount: string,
  unit: string,
  extraHalf: boolean,
  extraMinutes: string | undefined,
): number {
  const perUnit = unit.toLowerCase().startsWith('h') ? 60 : 1;
  let minutes = amountOf(amount) * perUnit;
  if (extraHalf && perUnit === 60) minutes += 30;
  if (extraMinutes !== undefined) minutes += Number(extraMinutes);
  return Math.round(minutes);
}

/** Finds a meeting length such as "for 2 hours", "for half an hour" or "a 30-minute call" in `text`. */
export function findDuration(text: string): DurationMatch | null {
  const forMatch = FOR_DURATION.exec(text);
  if (forMatch?.[1] !== undefined && forMatch[2] !== undefined) {
    const minutes = toMinutes(forMatch[1], forMatch[2], forMatch[3] !== undefined, forMatch[4]);
    if (minutes > 0 && minutes <= MAX_DURATION_MINUTES) {
      return { start: forMatch.index, end: forMatch.index + forMatch[0].length, minutes };
    }
  }
  for (const match of text.matchAll(ADJECTIVE_DURATION)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index).toLowerCase();
    if (/\bin\s$/.test(before) || match[1] === undefined || match[2] === undefined) continue;
    const minutes = toMinutes(match[1], match[2], false, undefined);
    if (minutes > 0 && minutes <= MAX_DURATION_MINUTES) {
      return { start: match.index, end: match.index + match[0].length, minutes };
    }
  }
  return null;
}

/** A private-use character, not expected in typed text, standing in for removed spans. */
const GAP = '\uE000';
const PREPOSITION_BEFORE_GAP = /\b(?:on|at|from|for|by|in|during|starting|until|till|this|next)\s*\uE000/gi;
const DANGLING_WORDS = new Set([
  'on',
  'at',
  'from',
  'for',
  'by',
  'in',
  'during',
  'starting',
  'to',
  'and',
  'until',
]);

/** Replaces the given spans of `text` with gap markers, dropping a preposition that introduced each span. */
export function removeSpans(text: string, spans: readonly TextSpan[]): string {
  let result = text.replaceAll(GAP, ' ');
  const merged: TextSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else merged.push(span);
  }
  for (const span of merged.reverse())
    result = `${result.slice(0, span.start)} ${GAP} ${result.slice(span.end)}`;
  return result.replace(PREPOSITION_BEFORE_GAP, ' ').replaceAll(GAP, ' ').replace(/\s+/g, ' ').trim();
}

const LEAD_WORDS =
  /^(?:hey|hi|hello|ok|okay|so|please|pls|kindly|can you|could you|would you|will you|i want to|i wanna|i'd like to|i would like to|i need to|i have to|i must|help me|let's|lets|go ahead and|just|also)\b[\s,]*/i;

/** Strips leading politeness such as "please", "can you" or "I'd like to" from `text`. */
export function stripLeadWords(text: string): string {
  let rest = text.trimStart();
  for (
    let match = LEAD_WORDS.exec(rest);
    match !== null && match[0].length > 0;
    match = LEAD_WORDS.exec(rest)
  ) {
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** Removes `pattern` (which must be anchored at the start) repeatedly from the beginning of `text`. */
export function stripLeading(text: string, pattern: RegExp): string {
  let rest = text;
  for (let match = pattern.exec(rest); match !== null && match[0].length > 0; match = pattern.exec(rest)) {
    rest = rest.slice(match[0].length).trimStart();
  }
  return rest;
}

const TRAILING_PUNCTUATION = new Set(['.', '!', '?', ',', ';', ':', '-', '–']);

function trimTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(word.charAt(end - 1))) end -= 1;
  return word.slice(0, end);
}

/** Drops trailing punctuation, dangling prepositions ("…appointment on") and quotes around the phrase. */
export function tidyPhrase(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  for (let last = words.at(-1); last !== undefined; last = words.at(-1)) {
    const trimmed = trimTrailingPunctuation(last);
    if (trimmed !== '' && !DANGLING_WORDS.has(trimmed.toLowerCase())) {
      words[words.length - 1] = trimmed;
      break;
    }
    words.pop();
  }
  const phrase = words.join(' ');
  const quoted = /^["“'‘]([^"“”]+)["”'’]$/.exec(phrase);
  return (quoted?.[1] ?? phrase).trim();
}

/** Upper-cases the first character of `text`. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
