import { describe, expect, it } from 'vitest';
import {
  describeDuration,
  formatCreated,
  formatDeleted,
  formatEventList,
  formatFreeSlots,
} from './format.js';
import { localDateTime } from './time-zone.js';
import type { CalendarEvent } from './types.js';

const NY = 'America/New_York';
const at = (day: number, hour: number, minute = 0): Date => localDateTime(2026, 11, day, hour, minute, NY);
const TOMORROW = 'tomorrow (Thursday 26 November)';

function event(id: string, title: string, startsAt: Date, endsAt: Date): CalendarEvent {
  return { id, title, description: null, startsAt, endsAt };
}

const team = event('1', 'Meeting with the team', at(26, 14), at(26, 15));
const dentist = event('2', 'Dentist appointment', at(26, 9, 30), at(26, 10));
const friday = event('3', 'Budget review', at(27, 10), at(27, 11));

describe('describeDuration', () => {
  it.each([
    [30, '30 minutes'],
    [1, '1 minute'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [120, '2 hours'],
    [0, '0 minutes'],
  ])('describes %i minutes as "%s"', (minutes, expected) => {
    expect(describeDuration(minutes)).toBe(expected);
  });
});

describe('formatEventList', () => {
  it('lists a single day’s events in time order without day headings', () => {
    expect(formatEventList([team, dentist], TOMORROW, NY)).toBe(
      [
        'You have 2 events tomorrow (Thursday 26 November):',
        '- 09:30–10:00 Dentist appointment',
        '- 14:00–15:00 Meeting with the team',
      ].join('\n'),
    );
  });

  it('uses the singular for one event', () => {
    expect(formatEventList([team], TOMORROW, NY)).toBe(
      'You have 1 event tomorrow (Thursday 26 November):\n- 14:00–15:00 Meeting with the team',
    );
  });

  it('says nothing is scheduled for an empty period', () => {
    expect(formatEventList([], TOMORROW, NY)).toBe('Nothing is scheduled tomorrow (Thursday 26 November).');
  });

  it('groups a multi-day range by day', () => {
    expect(formatEventList([friday, team, dentist], 'this week', NY)).toBe(
      [
        'You have 3 events this week:',
        'Thursday 26 November:',
        '- 09:30–10:00 Dentist appointment',
        '- 14:00–15:00 Meeting with the team',
        'Friday 27 November:',
        '- 10:00–11:00 Budget review',
      ].join('\n'),
    );
  });

  it('names the day even when a week has events on only one day', () => {
    expect(formatEventList([friday], 'next week', NY)).toBe(
      'You have 1 event next week:\nFriday 27 November:\n- 10:00–11:00 Budget review',
    );
  });

  it.each([
    ['an event ending at midnight', at(26, 22), at(27, 0), '- 22:00–00:00 Late'],
    ['an event running past midnight', at(26, 22), at(27, 2), '- 22:00–Friday 27 November 02:00 Late'],
  ])('renders %s', (_name, start, end, line) => {
    expect(formatEventList([event('9', 'Late', start, end)], TOMORROW, NY).split('\n')[1]).toBe(line);
  });

  it('keeps each event on one line even if its title has line breaks', () => {
    const sneaky = event('9', 'Lunch\n- 09:00–10:00 Fake', at(26, 12), at(26, 13));
    expect(formatEventList([sneaky], TOMORROW, NY).split('\n')).toHaveLength(2);
  });

  it('renders times in the given zone', () => {
    expect(formatEventList([team], 'today', 'Asia/Kolkata')).toBe(
      'You have 1 event today:\nFriday 27 November:\n- 00:30–01:30 Meeting with the team',
    );
  });
});

describe('formatCreated', () => {
  it('confirms the event with its day and times', () => {
    expect(formatCreated(team, [], NY)).toBe(
      'Scheduled “Meeting with the team” for Thursday 26 November, 14:00–15:00.',
    );
  });

  it('warns about overlapping events, ignoring the new event itself', () => {
    const standup = event('4', 'Standup', at(26, 14, 30), at(26, 14, 45));
    const review = event('5', 'Review', at(26, 13, 30), at(26, 14, 30));
    expect(formatCreated(team, [team, standup, review], NY)).toBe(
      [
        'Scheduled “Meeting with the team” for Thursday 26 November, 14:00–15:00.',
        'Heads-up: it overlaps with “Review” (13:30–14:30) and “Standup” (14:30–14:45).',
      ].join('\n'),
    );
  });

  it('describes an event that ends on a later day', () => {
    const overnight = event('6', 'Night shift', at(26, 22), at(27, 6));
    expect(formatCreated(overnight, [], NY)).toBe(
      'Scheduled “Night shift” for Thursday 26 November, 22:00 to Friday 27 November, 06:00.',
    );
  });
});

describe('formatFreeSlots', () => {
  const slots = [
    { startsAt: at(26, 9), endsAt: at(26, 10) },
    { startsAt: at(26, 12), endsAt: at(26, 17) },
  ];

  it('lists the free slots of a day', () => {
    expect(formatFreeSlots(slots, TOMORROW, 30, NY)).toBe(
      'Free slots of at least 30 minutes tomorrow (Thursday 26 November):\n- 09:00–10:00\n- 12:00–17:00',
    );
  });

  it('groups slots over several days by day', () => {
    const more = [...slots, { startsAt: at(27, 9), endsAt: at(27, 17) }];
    expect(formatFreeSlots(more, 'this week', 60, NY)).toBe(
      [
        'Free slots of at least 1 hour this week:',
        'Thursday 26 November:',
        '- 09:00–10:00',
        '- 12:00–17:00',
        'Friday 27 November:',
        '- 09:00–17:00',
      ].join('\n'),
    );
  });

  it('says when no slot is long enough', () => {
    expect(formatFreeSlots([], TOMORROW, 120, NY)).toBe(
      "I couldn't find a free slot of at least 2 hours tomorrow (Thursday 26 November) within working hours.",
    );
  });
});

describe('formatDeleted', () => {
  it('lists what was deleted', () => {
    expect(formatDeleted([dentist], TOMORROW, NY)).toBe(
      'Deleted 1 event tomorrow (Thursday 26 November):\n- 09:30–10:00 Dentist appointment',
    );
  });

  it('names the days when deleting across a range', () => {
    expect(formatDeleted([friday, team], 'in the next 30 days', NY)).toBe(
      [
        'Deleted 2 events in the next 30 days:',
        'Thursday 26 November:',
        '- 14:00–15:00 Meeting with the team',
        'Friday 27 November:',
        '- 10:00–11:00 Budget review',
      ].join('\n'),
    );
  });

  it('says when nothing matched', () => {
    expect(formatDeleted([], TOMORROW, NY)).toBe(
      'No matching events tomorrow (Thursday 26 November), so nothing was deleted.',
    );
  });
});
