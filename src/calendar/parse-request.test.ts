import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendarRequest } from './parse-request.js';
import { localDateTime } from './time-zone.js';
import type { CalendarIntent, CalendarReference } from './types.js';

// Wednesday 25 November 2026: 10:30 in New York, 21:00 in Kolkata.
const NOW = new Date('2026-11-25T15:30:00Z');
const ZONES = ['America/New_York', 'Asia/Kolkata'] as const;
const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const refIn = (timeZone: string, now = NOW): CalendarReference => ({ now, timeZone });
const local = (zone: string, month: number, day: number, hour = 0, minute = 0): string =>
  localDateTime(2026, month, day, hour, minute, zone).toISOString();

function summary(intent: CalendarIntent): Record<string, unknown> {
  const out: Record<string, unknown> = { ...intent };
  for (const key of ['startsAt', 'endsAt', 'from', 'to'] as const) {
    const value = out[key];
    if (value instanceof Date) out[key] = value.toISOString();
  }
  return out;
}

type Local = readonly [month: number, day: number, hour: number, minute: number];

describe.each(ZONES)('parseCalendarRequest in %s', (zone) => {
  const ref = refIn(zone);

  it.each<[string, string, Local, number]>([
    ['Schedule a meeting with the team tomorrow at 2 PM', 'Meeting with the team', [11, 26, 14, 0], 60],
    ['Add dentist appointment on Friday from 3pm to 4:30pm', 'Dentist appointment', [11, 27, 15, 0], 90],
    ['Book lunch with Sam next Monday at noon for 90 minutes', 'Lunch with Sam', [11, 30, 12, 0], 90],
    ['Create an event called Budget review on 2026-12-03 at 10:00', 'Budget review', [12, 3, 10, 0], 60],
    ['Book gym for 2 hours tomorrow at 7am', 'Gym', [11, 26, 7, 0], 120],
    ['Set up a sync on Dec 3 at 3pm for 45 min', 'Sync', [12, 3, 15, 0], 45],
    [
      'Please add lunch with Sam to my calendar for next Friday at noon.',
      'Lunch with Sam',
      [12, 4, 12, 0],
      60,
    ],
    ['Schedule lunch at noon with Sam on Friday', 'Lunch with Sam', [11, 27, 12, 0], 60],
    ['Schedule a meeting called "Q4 planning" tomorrow at 9:30am', 'Q4 planning', [11, 26, 9, 30], 60],
    ['Could you put a 2-hour workshop on my calendar on Monday at 10am', 'Workshop', [11, 30, 10, 0], 120],
    ['Plan a call tomorrow at 8pm for half an hour', 'Call', [11, 26, 20, 0], 30],
    ['Book a review tomorrow at 9am for 1 hour 30 minutes', 'Review', [11, 26, 9, 0], 90],
    ['Schedule tomorrow at 2pm', 'Event', [11, 26, 14, 0], 60],
    ['Schedule a call at 11pm', 'Call', [11, 25, 23, 0], 60],
    ['Schedule a call at 9am', 'Call', [11, 26, 9, 0], 60],
    ['Schedule a call on Wednesday at 9am', 'Call', [12, 2, 9, 0], 60],
    ['Schedule a call on Wednesday at 11pm', 'Call', [11, 25, 23, 0], 60],
    ['Schedule a call next Wednesday at 11pm', 'Call', [12, 2, 23, 0], 60],
  ])('reads "%s" as a create of “%s”', (text, title, [month, day, hour, minute], minutes) => {
    const startsAt = local(zone, month, day, hour, minute);
    const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
    expect(summary(parseCalendarRequest(text, ref))).toEqual({ kind: 'create', title, startsAt, endsAt });
  });

  it.each([
    ['Schedule standup tomorrow'],
    ['Add dentist appointment on Friday'],
    ['Schedule a meeting with the team'],
    ['Book lunch with Sam for 90 minutes'],
  ])('asks for a time when "%s" gives no time', (text) => {
    expect(parseCalendarRequest(text, ref)).toEqual({ kind: 'unclear', reason: 'no_time' });
  });

  it.each<[string, Local, Local, string]>([
    ["What's on my schedule tomorrow?", [11, 26, 0, 0], [11, 27, 0, 0], 'tomorrow (Thursday 26 November)'],
    ['What do I have today', [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)'],
    ['Show my calendar for next week', [11, 30, 0, 0], [12, 7, 0, 0], 'next week'],
    ['my events this week', [11, 23, 0, 0], [11, 30, 0, 0], 'this week'],
    ["What's on Friday?", [11, 27, 0, 0], [11, 28, 0, 0], 'on Friday 27 November'],
    ["What's on Wednesday?", [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)'],
    ['What do I have on Nov 25', [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)'],
    ['What did I have last Monday', [11, 23, 0, 0], [11, 24, 0, 0], 'on Monday 23 November'],
    ['Show me my calendar', [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)'],
    [
      'what do I have from Monday to Wednesday',
      [11, 30, 0, 0],
      [12, 3, 0, 0],
      'from Monday 30 November to Wednesday 2 December',
    ],
  ])('reads "%s" as a list', (text, from, to, label) => {
    expect(summary(parseCalendarRequest(text, ref))).toEqual({
      kind: 'list',
      from: local(zone, ...from),
      to: local(zone, ...to),
      label,
    });
  });

  it.each<[string, Local, Local, string, number]>([
    ['When am I free tomorrow?', [11, 26, 0, 0], [11, 27, 0, 0], 'tomorrow (Thursday 26 November)', 30],
    ['Find a free slot on Friday for 2 hours', [11, 27, 0, 0], [11, 28, 0, 0], 'on Friday 27 November', 120],
    [
      'find time for a 30 minute call tomorrow',
      [11, 26, 0, 0],
      [11, 27, 0, 0],
      'tomorrow (Thursday 26 November)',
      30,
    ],
    ['Am I available next week for an hour?', [11, 30, 0, 0], [12, 7, 0, 0], 'next week', 60],
    ['any free time today', [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)', 30],
    [
      'find a free slot tomorrow for 2 minutes',
      [11, 26, 0, 0],
      [11, 27, 0, 0],
      'tomorrow (Thursday 26 November)',
      5,
    ],
  ])('reads "%s" as a free-time search', (text, from, to, label, durationMinutes) => {
    expect(summary(parseCalendarRequest(text, ref))).toEqual({
      kind: 'free',
      from: local(zone, ...from),
      to: local(zone, ...to),
      label,
      durationMinutes,
    });
  });

  it.each<[string, string | null, Local, Local, string]>([
    [
      'Cancel the meeting with the team tomorrow',
      'meeting with the team',
      [11, 26, 0, 0],
      [11, 27, 0, 0],
      'tomorrow (Thursday 26 November)',
    ],
    [
      'Delete my dentist appointment on Friday',
      'dentist appointment',
      [11, 27, 0, 0],
      [11, 28, 0, 0],
      'on Friday 27 November',
    ],
    ['remove all events today', null, [11, 25, 0, 0], [11, 26, 0, 0], 'today (Wednesday 25 November)'],
    ['Please cancel everything next week', null, [11, 30, 0, 0], [12, 7, 0, 0], 'next week'],
    [
      'Remove lunch with Sam from my calendar on Monday',
      'lunch with Sam',
      [11, 30, 0, 0],
      [12, 1, 0, 0],
      'on Monday 30 November',
    ],
  ])('reads "%s" as a delete', (text, titleQuery, from, to, label) => {
    expect(summary(parseCalendarRequest(text, ref))).toEqual({
      kind: 'delete',
      titleQuery,
      from: local(zone, ...from),
      to: local(zone, ...to),
      label,
    });
  });
});

describe('parseCalendarRequest', () => {
  const ref = refIn('America/New_York');

  it('looks 30 days ahead from now when a delete names no date', () => {
    expect(summary(parseCalendarRequest('cancel dentist', ref))).toEqual({
      kind: 'delete',
      titleQuery: 'dentist',
      from: NOW.toISOString(),
      to: '2026-12-25T15:30:00.000Z',
      label: 'in the next 30 days',
    });
  });

  it.each([['hello there'], [''], ['Tell a joke about cats'], ['The weather is nice'], ['thanks!']])(
    'reports "%s" as not a calendar request',
    (text) => {
      expect(parseCalendarRequest(text, ref)).toEqual({ kind: 'unclear', reason: 'no_request' });
    },
  );

  it('uses the local date of the user, not of UTC, just after local midnight', () => {
    // 00:30 on Thursday 26 November in Kolkata, still Wednesday in UTC.
    const late = refIn('Asia/Kolkata', new Date('2026-11-25T19:00:00Z'));
    const intent = summary(parseCalendarRequest('Schedule a call tomorrow at 9am', late));
    expect(intent.startsAt).toBe('2026-11-27T03:30:00.000Z');
  });

  it('applies the offset in force on the event day across a daylight-saving change', () => {
    // Saturday 7 March 2026 in New York (EST); clocks go forward overnight.
    const beforeDst = refIn('America/New_York', new Date('2026-03-07T17:00:00Z'));
    const intent = summary(parseCalendarRequest('Schedule a meeting tomorrow at 2 PM', beforeDst));
    expect(intent).toMatchObject({
      startsAt: '2026-03-08T18:00:00.000Z',
      endsAt: '2026-03-08T19:00:00.000Z',
    });
    const list = summary(parseCalendarRequest("What's on tomorrow?", beforeDst));
    expect(list).toMatchObject({ from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' });
  });

  it('honours an explicit zone abbreviation in the request', () => {
    const intent = summary(
      parseCalendarRequest('Schedule a meeting tomorrow at 3pm UTC', refIn('Asia/Kolkata')),
    );
    expect(intent.startsAt).toBe('2026-11-26T15:00:00.000Z');
  });

  it('moves an end time before the start to the next day', () => {
    const intent = summary(parseCalendarRequest('Book a night shift on Friday from 10pm to 2am', ref));
    expect(intent).toMatchObject({
      startsAt: '2026-11-28T03:00:00.000Z',
      endsAt: '2026-11-28T07:00:00.000Z',
    });
  });

  it('caps an overlong title at 200 characters', () => {
    const intent = parseCalendarRequest(`Schedule ${'very long title '.repeat(40)}tomorrow at 2pm`, ref);
    expect(intent.kind === 'create' && intent.title.length).toBeLessThanOrEqual(200);
  });

  it('gives the same answers whatever process.env.TZ is', () => {
    const texts = [
      'Schedule a meeting with the team tomorrow at 2 PM',
      'my events this week',
      'When am I free tomorrow?',
    ];
    const run = () =>
      ZONES.flatMap((zone) => texts.map((text) => summary(parseCalendarRequest(text, refIn(zone)))));
    process.env.TZ = 'UTC';
    const inUtc = run();
    for (const processZone of ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
      process.env.TZ = processZone;
      expect(run()).toEqual(inUtc);
    }
  });

  it.each([
    ['repeated words', 'schedule '.repeat(1200)],
    ['repeated politeness', `${'please '.repeat(1400)}cancel it`],
    ['repeated articles', `Add ${'a '.repeat(4990)}`],
    ['repeated durations', `Find a free slot ${'for 2 hours '.repeat(800)}`],
    ['repeated prepositions', `Schedule ${'on at for in '.repeat(800)}tomorrow at 2pm`],
    ['repeated times', 'What do I have at 3 '.repeat(500)],
    ['digits', `Book ${'1'.repeat(9990)}`],
    ['punctuation', `Cancel ${'.,;:!'.repeat(1990)}`],
  ])('handles a 10,000-character request of %s quickly', (_name, text) => {
    const started = performance.now();
    parseCalendarRequest(text, ref);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
