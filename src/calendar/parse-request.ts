import type { ParsedResult } from 'chrono-node';
import {
  capitalise,
  type DurationMatch,
  findDuration,
  removeSpans,
  stripLeading,
  stripLeadWords,
  type TextSpan,
  tidyPhrase,
} from './request-text.js';
import {
  hasDate,
  instantAt,
  isWeekdayOnly,
  type LocalDate,
  parseDates,
  resolveDate,
  resolveEndDate,
  weekdayModifier,
} from './resolve-dates.js';
import { addLocalDays, formatDay, localDateTime, localParts, startOfDay } from './time-zone.js';
import type { CalendarIntent, CalendarReference } from './types.js';

/** Longest request text looked at; anything after it is ignored. */
export const MAX_REQUEST_LENGTH = 10_000;
/** Meeting length used when a create request names a start but no end or duration. */
export const DEFAULT_EVENT_MINUTES = 60;
/** Slot length used when a free-time request names no duration. */
export const DEFAULT_FREE_MINUTES = 30;
/** Longest title or title query produced; longer text is cut at a word boundary. */
export const MAX_TITLE_LENGTH = 200;
/** Bounds on the slot length of a free-time request, in minutes. */
export const FREE_MINUTES_RANGE = { min: 5, max: 24 * 60 } as const;
/** How far ahead a delete request with no date looks for matching events. */
export const DELETE_LOOKAHEAD_DAYS = 30;

const CREATE_VERB =
  /^(?:schedule|add|create|book|set\s+up|setup|put|plan|arrange|organi[sz]e|new)\b\s*(?:in\b\s*)?/i;
const DELETE_VERB = /^(?:cancel|delete|remove|clear|drop|erase|scrap|get\s+rid\s+of)\b\s*/i;
const FREE_WORDS =
  /\b(?:free|available|availability|openings?)\b|^(?:find|get|look\s+for|search\s+for)\s+(?:me\s+)?(?:a\s+|an\s+|some\s+)?(?:time|slots?|gaps?)\b/i;
const LIST_WORDS =
  /^(?:what|show|list|display|tell\s+me|give\s+me|view|see|check|read|anything|any|do\s+i\s+have|is\s+there|are\s+there|am\s+i\s+busy|how\s+(?:many|busy))\b|\b(?:my|the)\s+(?:events|schedule|calendar|agenda|appointments|meetings|day|week)\b/i;
const WEEK = /\b(this|next|coming|current)\s+week\b/i;
const CALENDAR_PHRASE =
  /\b(?:to|on|in|into|onto|from|off)\s+(?:my|the|our)\s+(?:calendar|schedule|agenda|diary)\b/gi;
const ARTICLES = /^(?:an?|the|my|our|me|us|new)\b\s*/i;
const CALLED =
  /^(?:(?:calendar\s+)?(?:event|meeting|appointment|entry|reminder)\s+)?(?:called|named|titled)\b\s*/i;
const ALL_EVENTS = /^(?:all|every|everything|anything)\b/i;
const GENERIC_EVENTS = new Set([
  '',
  'event',
  'events',
  'everything',
  'things',
  'meetings',
  'appointments',
  'plans',
]);

interface DayRange {
  readonly from: Date;
  readonly to: Date;
  readonly label: string;
}

function truncate(text: string): string {
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const cut = text.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
}

function midnight(date: LocalDate, timeZone: string): Date {
  return localDateTime(date.year, date.month, date.day, 0, 0, timeZone);
}

function dayLabel(day: Date, ref: CalendarReference): string {
  const today = startOfDay(ref.now, ref.timeZone).getTime();
  const named = formatDay(day, ref.timeZone);
  if (day.getTime() === today) return `today (${named})`;
  if (day.getTime() === startOfDay(addLocalDays(ref.now, 1, ref.timeZone), ref.timeZone).getTime()) {
    return `tomorrow (${named})`;
  }
  if (day.getTime() === startOfDay(addLocalDays(ref.now, -1, ref.timeZone), ref.timeZone).getTime()) {
    return `yesterday (${named})`;
  }
  return `on ${named}`;
}

function nextDay(day: Date, timeZone: string): Date {
  return startOfDay(addLocalDays(day, 1, timeZone), timeZone);
}

function weekRange(which: string, ref: CalendarReference): DayRange {
  const p = localParts(ref.now, ref.timeZone);
  const skip = which.toLowerCase() === 'next' ? 7 : 0;
  const monday = p.day - ((p.weekday + 6) % 7) + skip;
  const from = localDateTime(p.year, p.month, monday, 0, 0, ref.timeZone);
  const to = localDateTime(p.year, p.month, monday + 7, 0, 0, ref.timeZone);
  return { from, to, label: skip === 0 ? 'this week' : 'next week' };
}

function resultRange(result: ParsedResult, ref: CalendarReference): DayRange {
  const startDate = resolveDate(result.start, result.text, ref);
  const from = midnight(startDate, ref.timeZone);
  const last = result.end ? midnight(resolveEndDate(result.end, startDate), ref.timeZone) : from;
  if (last.getTime() <= from.getTime())
    return { from, to: nextDay(from, ref.timeZone), label: dayLabel(from, ref) };
  const label = `from ${formatDay(from, ref.timeZone)} to ${formatDay(last, ref.timeZone)}`;
  return { from, to: nextDay(last, ref.timeZone), label };
}

interface Scanned {
  readonly range: DayRange | null;
  readonly spans: TextSpan[];
}

/** Finds the day or week a list/free/delete request is about, and the text that said so. */
function scanRange(text: string, ref: CalendarReference, results: readonly ParsedResult[]): Scanned {
  const week = WEEK.exec(text);
  if (week?.[1] !== undefined) {
    const which = week[1].toLowerCase() === 'next' ? 'next' : 'this';
    return { range: weekRange(which, ref), spans: [{ start: week.index, end: week.index + week[0].length }] };
  }
  const first = results[0];
  if (first === undefined) return { range: null, spans: [] };
  return {
    range: resultRange(first, ref),
    spans: [{ start: first.index, end: first.index + first.text.length }],
  };
}

function spanOf(result: ParsedResult): TextSpan {
  return { start: result.index, end: result.index + result.text.length };
}

/** Replaces a span with spaces so chrono ignores it while indices stay aligned. */
function blank(text: string, span: TextSpan): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

function parseCreate(
  text: string,
  ref: CalendarReference,
  results: readonly ParsedResult[],
  duration: DurationMatch | null,
): CalendarIntent {
  const timed = results.find((r) => r.start.isCertain('hour'));
  if (timed === undefined) return { kind: 'unclear', reason: 'no_time' };
  const dated = hasDate(timed.start)
    ? timed
    : results.find((r) => r !== timed && hasDate(r.start) && !r.start.isCertain('hour'));
  const dateSource = dated ?? timed;
  const startDate = resolveDate(dateSource.start, dateSource.text, ref);
  let startsAt = instantAt(startDate, timed.start, ref.timeZone);
  let endsAt: Date;
  if (timed.end?.isCertain('hour')) {
    endsAt = instantAt(resolveEndDate(timed.end, startDate), timed.end, ref.timeZone);
    if (endsAt.getTime() <= startsAt.getTime()) endsAt = addLocalDays(endsAt, 1, ref.timeZone);
  } else {
    endsAt = new Date(startsAt.getTime() + (duration?.minutes ?? DEFAULT_EVENT_MINUTES) * 60_000);
  }
  // A bare time or weekday that has already passed means its next occurrence.
  const passedDays =
    dated === undefined ? 1 : isWeekdayOnly(dated.start) && weekdayModifier(dated.text) !== 'last' ? 7 : 0;
  if (passedDays > 0 && startsAt.getTime() < ref.now.getTime()) {
    startsAt = addLocalDays(startsAt, passedDays, ref.timeZone);
    endsAt = addLocalDays(endsAt, passedDays, ref.timeZone);
  }
  const spans: TextSpan[] = [spanOf(timed)];
  if (dated && dated !== timed) spans.push(spanOf(dated));
  if (duration) spans.push(duration);
  let title = stripLeadWords(removeSpans(text, spans).replace(CALENDAR_PHRASE, ' '));
  title = stripLeading(stripLeading(title, CREATE_VERB), ARTICLES);
  title = stripLeading(title, CALLED);
  return { kind: 'create', title: capitalise(truncate(tidyPhrase(title))) || 'Event', startsAt, endsAt };
}

function parseDelete(text: string, ref: CalendarReference, results: readonly ParsedResult[]): CalendarIntent {
  const scanned = scanRange(text, ref, results);
  let query = stripLeadWords(removeSpans(text, scanned.spans).replace(CALENDAR_PHRASE, ' '));
  query = stripLeading(stripLeading(query, DELETE_VERB), ARTICLES);
  const everything = ALL_EVENTS.test(query);
  query = tidyPhrase(stripLeading(query, /^(?:all|every|of|my|the|our)\b\s*/i));
  const titleQuery = everything || GENERIC_EVENTS.has(query.toLowerCase()) ? null : truncate(query);
  const range = scanned.range ?? {
    from: ref.now,
    to: new Date(ref.now.getTime() + DELETE_LOOKAHEAD_DAYS * 86_400_000),
    label: `in the next ${DELETE_LOOKAHEAD_DAYS} days`,
  };
  return { kind: 'delete', titleQuery, ...range };
}

function todayRange(ref: CalendarReference): DayRange {
  const from = startOfDay(ref.now, ref.timeZone);
  return { from, to: nextDay(from, ref.timeZone), label: dayLabel(from, ref) };
}

/** Turns a natural-language calendar request into a {@link CalendarIntent}, reading dates in `ref.timeZone`. */
export function parseCalendarRequest(text: string, ref: CalendarReference): CalendarIntent {
  const normalised = text
    .slice(0, MAX_REQUEST_LENGTH)
    .replace(/[’‘]/g, "'")
    .replace(/[\r\n\t]/g, ' ');
  const command = stripLeadWords(normalised);
  const isCreate = CREATE_VERB.test(command);
  const isDelete = !isCreate && DELETE_VERB.test(command);
  const isFree = !isCreate && !isDelete && FREE_WORDS.test(command);
  const isList = !isCreate && !isDelete && !isFree && LIST_WORDS.test(command);
  if (!isCreate && !isDelete && !isFree && !isList) return { kind: 'unclear', reason: 'no_request' };

  const duration = findDuration(normalised);
  const week = isCreate ? null : WEEK.exec(normalised);
  let blanked = duration ? blank(normalised, duration) : normalised;
  if (week) blanked = blank(blanked, { start: week.index, end: week.index + week[0].length });
  const results = parseDates(blanked, ref);

  if (isCreate) return parseCreate(normalised, ref, results, duration);
  if (isDelete) return parseDelete(normalised, ref, results);
  const range = scanRange(normalised, ref, results).range ?? todayRange(ref);
  if (isFree) {
    const minutes = duration?.minutes ?? DEFAULT_FREE_MINUTES;
    const durationMinutes = Math.min(FREE_MINUTES_RANGE.max, Math.max(FREE_MINUTES_RANGE.min, minutes));
    return { kind: 'free', ...range, durationMinutes };
  }
  return { kind: 'list', ...range };
}
