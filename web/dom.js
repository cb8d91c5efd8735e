// The page's fixed elements, and the one helper every module uses to build new ones.
//
// Security: text is always set with textContent, never parsed as HTML.

/** Looks up a required element by id. */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element;
}

export const els = {
  sidebar: byId('sidebar'),
  sidebarToggle: byId('sidebar-toggle'),
  newChat: byId('new-chat'),
  sessionList: byId('session-list'),
  sessionsEmpty: byId('sessions-empty'),
  agentPreference: byId('agent-preference'),
  agentList: byId('agent-list'),
  chatTitle: byId('chat-title'),
  connection: byId('connection-status'),
  clear: byId('clear-chat'),
  scroll: byId('chat-scroll'),
  emptyState: byId('empty-state'),
  log: byId('message-log'),
  error: byId('error-line'),
  composer: byId('composer'),
  input: byId('message-input'),
  send: byId('send-button'),
};

/** Creates an element with a class and optional text (always set as text, never HTML). */
export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}
