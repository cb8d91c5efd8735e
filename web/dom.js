// The chat page's fixed elements, and the one helper every module uses to build new ones.
//
// Security: text is always set with textContent, never parsed as HTML.

import { byId } from './ui.js';

export { el } from './ui.js';

export const els = {
  sidebar: byId('sidebar'),
  sidebarToggle: byId('sidebar-toggle'),
  newChat: byId('new-chat'),
  sessionList: byId('session-list'),
  sessionsEmpty: byId('sessions-empty'),
  agentPreference: byId('agent-preference'),
  agentList: byId('agent-list'),
  userBar: byId('user-bar'),
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
