import { describe, expect, it } from 'vitest';
import {
  capitalise,
  findDuration,
  removeSpans,
  stripLeading,
  stripLeadWords,
  tidyPhrase,
} from './request-text.js';

describe('findDuration', () => {
  it.each([
    ['lunch for 90 minutes', 90, 'for 90 minutes'],
    ['gym for 2 hours tomorrow', 120, 'for 2 hours'],
    ['sync for 45 min', 45, 'for 45 min'],
    ['call for an hour', 60, 'for an hour'],
    ['call for half an hour', 30, 'for half an hour'],
    ['review for 1 hour 30 minutes', 90, 'for 1 hour 30 minutes'],
    ['review for 1 hour and a half', 90, 'for 1 hour and a half'],
    ['review for 1.5 hours', 90, 'for 1.5 hours'],
    ['deep work for 3h', 180, 'for 3h'],
    ['find time for a 30 minute call', 30, 'for a 30 minute'],
    ['book a 2-hour workshop', 120, 'a 2-hour'],
    ['a 45 min sync tomorrow', 45, 'a 45 min'],
  ])('finds the duration in "%s" as %i minutes', (text, minutes, matched) => {
    const found = findDuration(text);
    expect(found?.minutes).toBe(minutes);
    expect(found && text.slice(found.start, found.end)).toBe(matched);
  });

  it.each([
    ['lunch with Sam for a meeting'],
    ['call in 30 minutes'],
    ['meet for 3 months'],
    ['plan for the team'],
    ['for 0 minutes'],
  ])('finds no meeting length in "%s"', (text) => {
    expect(findDuration(text)).toBeNull();
  });
});

describe('removeSpans', () => {
  const spansOf = (text: string, parts: readonly string[]) =>
    parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));

  it.each([
    ['dentist appointment on Friday', ['Friday'], 'dentist appointment'],
    ['lunch at noon with Sam', ['noon'], 'lunch with Sam'],
    ['gym for 2 hours tomorrow at 7am', ['for 2 hours', 'tomorrow at 7am'], 'gym'],
    ['no spans here', [], 'no spans here'],
    ['lunch tomorrow at noon', ['tomorrow at', 'at noon'], 'lunch'],
  ])('removes the spans from "%s", with the preposition before them', (text, parts, expected) => {
    expect(removeSpans(text, spansOf(text, parts))).toBe(expected);
  });
});

describe('phrase helpers', () => {
  it.each([
    ['please schedule a call', 'schedule a call'],
    ['Can you, please, add lunch', 'add lunch'],
    ["I'd like to book a room", 'book a room'],
    ['schedule a call', 'schedule a call'],
  ])('strips the politeness from "%s"', (text, expected) => {
    expect(stripLeadWords(text)).toBe(expected);
  });

  it('strips a repeated start-anchored pattern', () => {
    expect(stripLeading('the a an dentist', /^(?:an?|the)\b\s*/i)).toBe('dentist');
  });

  it.each([
    ['dentist appointment on', 'dentist appointment'],
    ['lunch with Sam.', 'lunch with Sam'],
    ['“Q4 planning”', 'Q4 planning'],
    ['"Budget review" at', 'Budget review'],
    ['Budget review: Q4', 'Budget review: Q4'],
    ['on at for', ''],
  ])('tidies "%s" to "%s"', (text, expected) => {
    expect(tidyPhrase(text)).toBe(expected);
  });

  it('capitalises only the first letter', () => {
    expect(capitalise('meeting with the team')).toBe('Meeting with the team');
    expect(capitalise('')).toBe('');
  });
});
