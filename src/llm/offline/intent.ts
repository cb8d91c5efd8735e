/** Where the offline coordinator sends a request. */
export interface Intent {
  readonly target: 'calendar_agent' | 'search_agent' | 'code_assistant' | null;
  readonly confidence: number;
}

type Target = NonNullable<Intent['target']>;

// Word-bounded alternations only: linear-time on any input.
const DAY =
  '(today|tomorrow|tonight|next week|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

const SIGNALS: readonly { target: Target; weight: number; pattern: RegExp }[] = [
  {
    target: 'calendar_agent',
    weight: 3,
    pattern: /\b(schedule|calendar|agenda|appointments?|meetings?|events?)\b/i,
  },
  {
    target: 'calendar_agent',
    weight: 2,
    pattern: /\b(reschedule|book|cancel|free (time|slots?)|am i (free|busy)|busy)\b/i,
  },
  {
    target: 'calendar_agent',
    weight: 2,
    pattern: /\b(what do i have|find (some )?time|remind me|plans? for)\b/i,
  },
  { target: 'calendar_agent', weight: 2, pattern: new RegExp(String.raw`\bwhat(?:'s| is) on ${DAY}\b`, 'i') },
  { target: 'calendar_agent', weight: 1, pattern: new RegExp(String.raw`\b${DAY}\b`, 'i') },
  {
    target: 'calendar_agent',
    weight: 1,
    pattern: /\b(at \d{1,2}(:\d{2})? ?(am|pm)?|\d{1,2}(:\d{2})? ?(am|pm))\b/i,
  },
  { target: 'code_assistant', weight: 3, pattern: /\b(journal|diary)\b/i },
  {
    target: 'code_assistant',
    weight: 3,
    pattern:
      /```|\b(python|javascript|typescript|code|script|function|program|compile|debug|bug|stack trace)\b/i,
  },
  {
    target: 'code_assistant',
    weight: 2,
    pattern: /\b(run|execute) (this|the|my|a|some)\b|\b(command|terminal|shell|workspace|files?)\b/i,
  },
  {
    target: 'search_agent',
    weight: 3,
    pattern: /\b(search|google|look up|lookup|browse|web|internet|online)\b/i,
  },
  { target: 'search_agent', weight: 2, pattern: /\b(latest|news|current|recent|weather|price of|stock)\b/i },
  {
    target: 'search_agent',
    weight: 2,
    pattern: /\b(who (is|was|are|won)|what happened|find (information|out|articles?)|tell me about)\b/i,
  },
];

const MIN_SCORE = 2;

/** Scores a request against each agent's signals; below the threshold the coordinator answers itself. */
export function classifyIntent(text: string): Intent {
  const scores = new Map<Target, number>();
  for (const { target, weight, pattern } of SIGNALS) {
    if (pattern.test(text)) scores.set(target, (scores.get(target) ?? 0) + weight);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return { target: null, confidence: 0.6 };
  const margin = best[1] - (second?.[1] ?? 0);
  return { target: best[0], confidence: Math.min(0.99, 0.55 + 0.1 * best[1] + 0.05 * margin) };
}
