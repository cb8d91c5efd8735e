import { parseCalendarRequest } from '../../calendar/parse-request.js';
import type { CalendarReference } from '../../calendar/types.js';
import type { LlmToolCall } from '../provider.js';

/** A tool call for a calendar request, or the question to ask back when it is unclear. */
export function calendarToolCall(
  text: string,
  reference: CalendarReference,
  id: string,
): LlmToolCall | string {
  const intent = parseCalendarRequest(text, reference);
  switch (intent.kind) {
    case 'create':
      return {
        id,
        name: 'create_event',
        input: {
          title: intent.title,
          starts_at: intent.startsAt.toISOString(),
          ends_at: intent.endsAt.toISOString(),
        },
      };
    case 'list':
      return { id, name: 'list_events', input: range(intent) };
    case 'free':
      return {
        id,
        name: 'find_free_slots',
        input: { ...range(intent), duration_minutes: intent.durationMinutes },
      };
    case 'delete':
      return {
        id,
        name: 'delete_events',
        input: { ...range(intent), ...(intent.titleQuery ? { title_query: intent.titleQuery } : {}) },
      };
    case 'unclear':
      return intent.reason === 'no_time'
        ? 'When should it be? Please give a day and a time, for example "tomorrow at 2 PM".'
        : 'I can create events, list your schedule, find free time and cancel events. ' +
            'For example: "Schedule a meeting with the team tomorrow at 2 PM" or "What\'s on my schedule tomorrow?"';
  }
}

function range(intent: { from: Date; to: Date; label: string }) {
  return { from: intent.from.toISOString(), to: intent.to.toISOString(), label: intent.label };
}
