import { describe, expect, it } from 'vitest';
import { ceilToQuarterHour, findConflicts, findFreeSlots } from './slots.js';
import { localDateTime } from './time-zone.js';
import type { CalendarEvent, TimeSlot } from './types.js';

const NY = 'America/New_York';
const at = (day: number, hour: number, minute = 0, zone = NY): Date =>
  localDateTime(2026, 11, day, hour, minute, zone);

function event(id: string, start: Date, end: Date): CalendarEvent {
  return { id, title: id, description: null, startsAt: start, endsAt: end };
}

const show = (slots: readonly TimeSlot[]): string[] =>
  slots.map((slot) => `${slot.startsAt.toISOString()}/${slot.endsAt.toISOString()}`);

describe('findConflicts', () => {
  const events = [
    event('late', at(26, 16), at(26, 17)),
    event('early', at(26, 13), at(26, 14)),
    event('long', at(26, 13, 30), at(26, 15, 30)),
  ];

  it.each([
    ['an event ending exactly when the candidate starts does not conflict', 14, 0, 15, 0, ['long']],
    ['an event starting exactly when the candidate ends does not conflict', 15, 30, 16, 0, []],
    [
      'a candidate spanning several events conflicts with each, earliest first',
      12,
      0,
      18,
      0,
      ['early', 'long', 'late'],
    ],
    ['a candidate inside an event conflicts with it', 14, 15, 14, 45, ['long']],
    ['a candidate in a quiet hour conflicts with nothing', 9, 0, 10, 0, []],
  ])('%s', (_name, sh, sm, eh, em, expected) => {
    const conflicts = findConflicts(events, { startsAt: at(26, sh, sm), endsAt: at(26, eh, em) });
    expect(conflicts.map((e) => e.id)).toEqual(expected);
  });
});

describe('ceilToQuarterHour', () => {
  it.each([
    ['2026-11-26T14:00:00.000Z', '2026-11-26T14:00:00.000Z'],
    ['2026-11-26T14:00:00.001Z', '2026-11-26T14:15:00.000Z'],
    ['2026-11-26T14:31:10.000Z', '2026-11-26T14:45:00.000Z'],
    ['2026-11-26T14:50:00.000Z', '2026-11-26T15:00:00.000Z'],
  ])('rounds %s up to %s', (input, expected) => {
    expect(ceilToQuarterHour(new Date(input)).toISOString()).toBe(expected);
  });
});

describe('findFreeSlots', () => {
  const busyDay = [
    event('a', at(26, 10), at(26, 11)),
    event('b', at(26, 10, 30), at(26, 12)),
    event('c', at(26, 14), at(26, 14, 30)),
    event('d', at(26, 16, 45), at(26, 18)),
  ];
  const day = { from: at(26, 0), to: at(27, 0), timeZone: NY };

  it('returns the maximal gaps in working hours, merging overlapping events', () => {
    const slots = findFreeSlots(busyDay, { ...day, durationMinutes: 30 });
    expect(show(slots)).toEqual(
      show([
        { startsAt: at(26, 9), endsAt: at(26, 10) },
        { startsAt: at(26, 12), endsAt: at(26, 14) },
        { startsAt: at(26, 14, 30), endsAt: at(26, 16, 45) },
      ]),
    );
  });

  it.each([
    [60, 3],
    [61, 2],
    [120, 2],
    [135, 1],
    [136, 0],
  ])('keeps only gaps of at least %i minutes, leaving %i of them', (durationMinutes, count) => {
    expect(findFreeSlots(busyDay, { ...day, durationMinutes })).toHaveLength(count);
  });

  it('returns the whole working day when nothing is booked', () => {
    expect(show(findFreeSlots([], { ...day, durationMinutes: 30 }))).toEqual(
      show([{ startsAt: at(26, 9), endsAt: at(26, 17) }]),
    );
  });

  it('clips to now rounded up to the next quarter hour', () => {
    const slots = findFreeSlots(busyDay, { ...day, durationMinutes: 30, now: at(26, 12, 7) });
    expect(show(slots)).toEqual(
      show([
        { startsAt: at(26, 12, 15), endsAt: at(26, 14) },
        { startsAt: at(26, 14, 30), endsAt: at(26, 16, 45) },
      ]),
    );
  });

  it('returns nothing when the range is entirely in the past', () => {
    expect(findFreeSlots([], { ...day, durationMinutes: 30, now: at(28, 9) })).toEqual([]);
  });

  it('honours custom working hours and splits a multi-day range per local day', () => {
    const slots = findFreeSlots([event('x', at(27, 8), at(27, 20))], {
      from: at(26, 0),
      to: at(29, 0),
      timeZone: NY,
      durationMinutes: 60,
      workdayStartHour: 8,
      workdayEndHour: 20,
    });
    expect(show(slots)).toEqual(
      show([
        { startsAt: at(26, 8), endsAt: at(26, 20) },
        { startsAt: at(28, 8), endsAt: at(28, 20) },
      ]),
    );
  });

  it('respects a range that starts or ends mid-day', () => {
    const slots = findFreeSlots([], { from: at(26, 13), to: at(26, 15), timeZone: NY, durationMinutes: 30 });
    expect(show(slots)).toEqual(show([{ startsAt: at(26, 13), endsAt: at(26, 15) }]));
  });

  it('uses local working hours in a half-hour-offset zone', () => {
    const zone = 'Asia/Kolkata';
    const slots = findFreeSlots([], {
      from: at(26, 0, 0, zone),
      to: at(27, 0, 0, zone),
      timeZone: zone,
      durationMinutes: 30,
    });
    expect(show(slots)).toEqual(['2026-11-26T03:30:00.000Z/2026-11-26T11:30:00.000Z']);
  });

  it('keeps local working hours on a daylight-saving change day', () => {
    const from = localDateTime(2026, 3, 8, 0, 0, NY);
    const to = localDateTime(2026, 3, 9, 0, 0, NY);
    const slots = findFreeSlots([], { from, to, timeZone: NY, durationMinutes: 30 });
    expect(show(slots)).toEqual(['2026-03-08T13:00:00.000Z/2026-03-08T21:00:00.000Z']);
  });

  it('supports a working day that ends at midnight', () => {
    const slots = findFreeSlots([], {
      ...day,
      durationMinutes: 30,
      workdayStartHour: 20,
      workdayEndHour: 24,
    });
    expect(show(slots)).toEqual(show([{ startsAt: at(26, 20), endsAt: at(27, 0) }]));
  });

  it.each([
    ['a zero duration', { durationMinutes: 0 }],
    ['a negative duration', { durationMinutes: -5 }],
    [
      'working hours that end before they start',
      { durationMinutes: 30, workdayStartHour: 17, workdayEndHour: 9 },
    ],
    ['working hours beyond midnight', { durationMinutes: 30, workdayEndHour: 25 }],
  ])('rejects %s', (_name, overrides) => {
    expect(() => findFreeSlots([], { ...day, ...overrides })).toThrow(RangeError);
  });
});
