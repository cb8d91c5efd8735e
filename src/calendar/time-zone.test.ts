import { afterEach, describe, expect, it } from 'vitest';
import {
  addLocalDays,
  formatDay,
  formatTime,
  isSameLocalDay,
  localDateTime,
  localParts,
  startOfDay,
  zoneOffsetMinutes,
} from './time-zone.js';

const d = (iso: string): Date => new Date(iso);
const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['UTC', '2026-01-15T12:00:00Z', 0],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 330],
    ['Asia/Kathmandu', '2026-07-15T12:00:00Z', 345],
    ['America/New_York', '2026-01-15T12:00:00Z', -300],
    ['America/New_York', '2026-07-15T12:00:00Z', -240],
    ['Europe/London', '2026-07-15T12:00:00Z', 60],
    ['Australia/Lord_Howe', '2026-01-15T12:00:00Z', 660],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 630],
  ])('gives the offset of %s at %s as %i minutes', (zone, iso, expected) => {
    expect(zoneOffsetMinutes(zone, d(iso))).toBe(expected);
  });

  it('switches exactly at the New York spring-forward instant', () => {
    expect(zoneOffsetMinutes('America/New_York', d('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', d('2026-03-08T07:00:00Z'))).toBe(-240);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => zoneOffsetMinutes('Mars/Olympus_Mons', d('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('localDateTime', () => {
  it.each([
    ['America/New_York', [2026, 11, 26, 14, 0], '2026-11-26T19:00:00.000Z'],
    ['America/New_York', [2026, 7, 1, 9, 30], '2026-07-01T13:30:00.000Z'],
    ['Asia/Kolkata', [2026, 11, 26, 14, 0], '2026-11-26T08:30:00.000Z'],
    ['Asia/Kolkata', [2026, 1, 1, 0, 0], '2025-12-31T18:30:00.000Z'],
    ['UTC', [2026, 2, 29, 10, 0], '2026-03-01T10:00:00.000Z'],
  ] as const)(
    'places a local time in %s at the right instant (%j)',
    (zone, [y, mo, day, h, mi], expected) => {
      expect(localDateTime(y, mo, day, h, mi, zone).toISOString()).toBe(expected);
    },
  );

  it('moves a time skipped by spring-forward forward by the gap', () => {
    expect(localDateTime(2026, 3, 8, 2, 30, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('resolves a repeated fall-back time to the earlier instant', () => {
    expect(localDateTime(2026, 11, 1, 1, 30, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });
});

describe('startOfDay', () => {
  it.each([
    ['America/New_York', '2026-11-25T15:30:00Z', '2026-11-25T05:00:00.000Z'],
    ['America/New_York', '2026-11-26T03:00:00Z', '2026-11-25T05:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-25T20:00:00Z', '2026-11-25T18:30:00.000Z'],
    ['America/New_York', '2026-03-08T15:00:00Z', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-11-01T15:00:00Z', '2026-11-01T04:00:00.000Z'],
  ])('finds local midnight in %s for %s', (zone, iso, expected) => {
    expect(startOfDay(d(iso), zone).toISOString()).toBe(expected);
  });

  it('uses the first existing minute when midnight itself is skipped', () => {
    // Chile springs forward from 00:00 to 01:00 on 6 September 2026.
    const start = startOfDay(d('2026-09-06T15:00:00Z'), 'America/Santiago');
    expect(formatTime(start, 'America/Santiago')).toBe('01:00');
    expect(localParts(start, 'America/Santiago').day).toBe(6);
  });
});

describe('addLocalDays', () => {
  it.each([
    ['keeps 14:00 across spring-forward', '2026-03-07T19:00:00Z', 1, '2026-03-08T18:00:00.000Z'],
    ['keeps 14:00 across fall-back', '2026-10-31T18:00:00Z', 1, '2026-11-01T19:00:00.000Z'],
    ['goes backwards for negative days', '2026-03-08T18:00:00Z', -1, '2026-03-07T19:00:00.000Z'],
    ['crosses a month end', '2026-11-30T19:00:00Z', 2, '2026-12-02T19:00:00.000Z'],
  ])('%s in New York', (_name, iso, days, expected) => {
    expect(addLocalDays(d(iso), days, 'America/New_York').toISOString()).toBe(expected);
  });

  it('is exactly 23 hours on the New York spring-forward day', () => {
    const midnight = startOfDay(d('2026-03-08T12:00:00Z'), 'America/New_York');
    const next = addLocalDays(midnight, 1, 'America/New_York');
    expect(next.getTime() - midnight.getTime()).toBe(23 * 3_600_000);
  });
});

describe('formatDay and formatTime', () => {
  it.each([
    ['America/New_York', '2026-11-26T19:00:00Z', 'Thursday 26 November', '14:00'],
    ['Asia/Kolkata', '2026-11-26T19:00:00Z', 'Friday 27 November', '00:30'],
    ['UTC', '2026-11-26T00:05:00Z', 'Thursday 26 November', '00:05'],
  ])('renders the instant in %s at %s as %s %s', (zone, iso, day, time) => {
    expect(formatDay(d(iso), zone)).toBe(day);
    expect(formatTime(d(iso), zone)).toBe(time);
  });

  it('tells whether two instants share a local day', () => {
    expect(isSameLocalDay(d('2026-11-26T04:00:00Z'), d('2026-11-25T06:00:00Z'), 'America/New_York')).toBe(
      true,
    );
    expect(isSameLocalDay(d('2026-11-26T04:00:00Z'), d('2026-11-26T06:00:00Z'), 'America/New_York')).toBe(
      false,
    );
  });
});

describe('process time zone independence', () => {
  it('gives the same answers whatever process.env.TZ is', () => {
    const compute = () => [
      startOfDay(d('2026-03-08T15:00:00Z'), 'America/New_York').toISOString(),
      addLocalDays(d('2026-10-31T18:00:00Z'), 1, 'America/New_York').toISOString(),
      localDateTime(2026, 11, 26, 14, 0, 'Asia/Kolkata').toISOString(),
      formatDay(d('2026-11-26T19:00:00Z'), 'Asia/Kolkata'),
      formatTime(d('2026-11-26T19:00:00Z'), 'America/New_York'),
    ];
    process.env.TZ = 'UTC';
    const inUtc = compute();
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
      process.env.TZ = zone;
      expect(compute()).toEqual(inUtc);
    }
  });
});
