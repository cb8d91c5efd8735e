/** A stored calendar event as the calendar engine sees it. Instants are UTC `Date`s. */
export interface CalendarEvent {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** Where "today" is: the reference instant and the user's IANA time zone. */
export interface CalendarReference {
  readonly now: Date;
  readonly timeZone: string;
}

/** What a natural-language calendar request asks for. Ranges are half-open: [from, to). */
export type CalendarIntent =
  | { kind: 'create'; title: string; startsAt: Date; endsAt: Date }
  | { kind: 'list'; from: Date; to: Date; label: string }
  | { kind: 'free'; from: Date; to: Date; durationMinutes: number; label: string }
  | { kind: 'delete'; titleQuery: string | null; from: Date; to: Date; label: string }
  | { kind: 'unclear'; reason: 'no_time' | 'no_request' };

/** A gap in the calendar. */
export interface TimeSlot {
  readonly startsAt: Date;
  readonly endsAt: Date;
}
