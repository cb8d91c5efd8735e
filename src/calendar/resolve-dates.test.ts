import { describe, expect, it } from 'vitest';
import {
  instantAt,
  parseDates,
  resolveDate,
  resolveEndDate,
  shiftDate,
  weekdayModifier,
  weekdayOffset,
} from './resolve-dates.js';
import type { CalendarReference } from './types.js';

// Wednesday 25 November 2026, 10:30 in New York.
const ref: CalendarReference = { now: new Date('2026-11-25T15:30:00Z'), timeZone: 'America/New_York' };

function firstResult(text: string, reference = ref) {
  const [result] = parseDates(text, reference);
  if (result === undefined) throw new Error(`chrono found no date in "${text}"`);
  return result;
}

describe('weekdayModifier', () => {
  it.each([
    ['on Friday', null],
    ['this Friday', 'this'],
    ['coming Friday', 'this'],
    ['next Friday', 'next'],
    ['last Friday', 'last'],
    ['the previous Friday', 'last'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(weekdayModifier(text)).toBe(expected);
  });
});

describe('weekdayOffset', () => {
  it.each([
    ['Wednesday to Friday', 3, 5, null, 2],
    ['Wednesday to Wednesday', 3, 3, null, 0],
    ['Wednesday to Monday', 3, 1, null, 5],
    ['Wednesday to next Monday', 3, 1, 'next', 5],
    ['Wednesday to next Friday', 3, 5, 'next', 9],
    ['Wednesday to next Wednesday', 3, 3, 'next', 7],
    ['Sunday to next Monday', 0, 1, 'next', 1],
    ['Saturday to next Sunday', 6, 0, 'next', 8],
    ['Wednesday to last Monday', 3, 1, 'last', -2],
    ['Wednesday to last Wednesday', 3, 3, 'last', -7],
  ] as const)('counts %s', (_name, from, weekday, modifier, expected) => {
    expect(weekdayOffset(from, weekday, modifier)).toBe(expected);
  });
});

describe('shiftDate', () => {
  it.each([
    [{ year: 2026, month: 11, day: 30 }, 2, { year: 2026, month: 12, day: 2 }],
    [{ year: 2026, month: 12, day: 31 }, 1, { year: 2027, month: 1, day: 1 }],
    [{ year: 2028, month: 3, day: 1 }, -1, { year: 2028, month: 2, day: 29 }],
  ])('moves %j by %i days', (date, days, expected) => {
    expect(shiftDate(date, days)).toEqual(expected);
  });
});

describe('resolveDate', () => {
  it.each([
    ['tomorrow', { year: 2026, month: 11, day: 26 }],
    ['on Wednesday', { year: 2026, month: 11, day: 25 }],
    ['on Friday', { year: 2026, month: 11, day: 27 }],
    ['next Monday', { year: 2026, month: 11, day: 30 }],
    ['last Monday', { year: 2026, month: 11, day: 23 }],
    ['at 3pm', { year: 2026, month: 11, day: 25 }],
    ['on Nov 25', { year: 2026, month: 11, day: 25 }],
    ['on Nov 20', { year: 2027, month: 11, day: 20 }],
    ['on Jan 5', { year: 2027, month: 1, day: 5 }],
    ['on 2025-03-01', { year: 2025, month: 3, day: 1 }],
  ])('resolves "%s" to %j', (text, expected) => {
    const result = firstResult(text);
    expect(resolveDate(result.start, result.text, ref)).toEqual(expected);
  });

  it('uses the user’s date when it differs from the UTC date', () => {
    const kolkata: CalendarReference = { now: new Date('2026-11-25T19:00:00Z'), timeZone: 'Asia/Kolkata' };
    const result = firstResult('tomorrow', kolkata);
    expect(resolveDate(result.start, result.text, kolkata)).toEqual({ year: 2026, month: 11, day: 27 });
  });
});

describe('resolveEndDate', () => {
  it.each([
    ['from Monday to Wednesday', { year: 2026, month: 12, day: 2 }],
    ['from Friday to Monday', { year: 2026, month: 11, day: 30 }],
    ['from Dec 30 to Jan 2', { year: 2027, month: 1, day: 2 }],
    ['from 3pm to 4pm on Friday', { year: 2026, month: 11, day: 27 }],
  ])('keeps the end of "%s" on or after its start', (text, expected) => {
    const result = firstResult(text);
    const start = resolveDate(result.start, result.text, ref);
    expect(result.end).toBeDefined();
    if (result.end) expect(resolveEndDate(result.end, start)).toEqual(expected);
  });
});

describe('instantAt', () => {
  it('reads the time in the user’s zone', () => {
    const result = firstResult('at 2pm');
    const date = { year: 2026, month: 11, day: 26 };
    expect(instantAt(date, result.start, 'Asia/Kolkata').toISOString()).toBe('2026-11-26T08:30:00.000Z');
  });

  it('uses a zone named in the text instead', () => {
    const result = firstResult('at 2pm PST');
    const date = { year: 2026, month: 11, day: 26 };
    expect(instantAt(date, result.start, 'Asia/Kolkata').toISOString()).toBe('2026-11-26T22:00:00.000Z');
  });
});
