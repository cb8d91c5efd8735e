// The chat page's shared, mutable state.

export const state = {
  /** The session shown in the log, or null for a chat not yet created on the server. */
  sessionId: null,
  /** Bumped whenever the log switches to another chat, so late responses for the old one are ignored. */
  view: 0,
  /** Sessions as last listed by the server, newest first. */
  sessions: [],
  /** The reply being waited for: { view, sessionId, bubble, text, message, via, timer } or null. */
  pending: null,
};
