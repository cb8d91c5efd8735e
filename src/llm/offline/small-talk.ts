/** What the offline coordinator says itself when no agent fits; never pretends to be a full model. */
export function smallTalk(text: string, now: Date, timeZone: string): string {
  const t = text.trim();
  if (/^(hi|hello|hey|good (morning|afternoon|evening)|greetings)\b/i.test(t)) {
    return `Hello! ${CAPABILITIES}`;
  }
  if (/\b(thank(s| you)|cheers)\b/i.test(t)) return "You're welcome.";
  if (/\b(what|which) (time|day|date)\b|\btoday'?s date\b/i.test(t)) {
    const formatted = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    }).format(now);
    return `It is ${formatted} (${timeZone}).`;
  }
  if (/\b(help|what can you do|who are you|capabilities)\b/i.test(t)) return CAPABILITIES;
  return (
    'This server runs without a language model, so I can only handle the tasks listed here. ' +
    `${CAPABILITIES} An administrator can configure an LLM provider for open conversation.`
  );
}

const CAPABILITIES =
  'I can manage your calendar ("Schedule a meeting with the team tomorrow at 2 PM", "What\'s on my schedule ' +
  'tomorrow?", "When am I free on Friday?"), keep your journal ("Add to my journal: ...", "Show my journal") ' +
  'and tell you the date and time.';
