// Rampart web chat: plain browser ES modules (no framework, no build step). This entry module checks the
// login (sending the user to the login page without one), connects the WebSocket, wires the page's controls
// to the other modules and loads the initial data.
//
// Security: the page runs under a strict CSP (no inline script or style), and every piece of server or user
// data is rendered with textContent / createTextNode, never parsed as HTML.

import { api } from './api.js';
import { isLeaving, renderUserBar, requireLogin } from './auth.js';
import { handleSocketDrop, handleSocketEvent, sendMessage } from './chat.js';
import { els } from './dom.js';
import { renderAgents, renderAgentsUnavailable, showError, updateEmptyState } from './render.js';
import {
  clearCurrentSession,
  openSession,
  readSessionFromUrl,
  refreshSessions,
  renderHeader,
  startNewChat,
} from './sessions.js';
import { collapseSidebarOnNarrow, setSidebarExpanded } from './sidebar.js';
import { createSocket } from './socket.js';
import { state } from './state.js';

const CONNECTION_LABELS = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
};

const socket = createSocket({
  onEvent: handleSocketEvent,
  onState(connectionState) {
    els.connection.dataset.state = connectionState;
    els.connection.textContent = CONNECTION_LABELS[connectionState] ?? '';
  },
  onDrop() {
    handleSocketDrop();
    void checkLogin();
  },
});

/** After the socket drops, checks the login is still there (a 401 sends the user to the login page). */
async function checkLogin() {
  if (isLeaving()) return;
  try {
    await api('/api/auth/me');
  } catch {
    // A 401 is handled by requireLogin's handler; anything else is a network problem the socket retries.
  }
}

async function loadAgents() {
  try {
    const data = await api('/api/agents');
    const agents = Array.isArray(data.agents)
      ? data.agents.filter((a) => a && typeof a.type === 'string')
      : [];
    renderAgents(agents);
  } catch {
    renderAgentsUnavailable();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Wiring

function submitComposer() {
  const text = els.input.value;
  if (text.trim() === '' || state.pending) return;
  els.input.value = '';
  sendMessage(text, socket);
}

els.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  submitComposer();
});

els.input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    submitComposer();
  }
});

els.newChat.addEventListener('click', () => startNewChat());
els.clear.addEventListener('click', () => void clearCurrentSession());

els.sessionList.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button[data-session-id]') : null;
  if (!target) return;
  const id = target.dataset.sessionId;
  if (id) {
    collapseSidebarOnNarrow();
    void openSession(id);
  }
});

els.sidebarToggle.addEventListener('click', () => {
  setSidebarExpanded(els.sidebarToggle.getAttribute('aria-expanded') !== 'true');
});

window.addEventListener('hashchange', () => {
  const id = readSessionFromUrl();
  if (id !== null && id !== state.sessionId) void openSession(id);
  else if (id === null && state.sessionId !== null) startNewChat();
});

/** Set once the login is confirmed and the socket first connects; nothing reconnects before that. */
let started = false;

window.addEventListener('online', () => {
  if (started) socket.reconnectNow();
});
document.addEventListener('visibilitychange', () => {
  if (started && document.visibilityState === 'visible') socket.reconnectNow();
});

// ---------------------------------------------------------------------------------------------------------
// Start

async function start() {
  updateEmptyState();
  renderHeader();
  let me;
  try {
    me = await requireLogin();
  } catch (error) {
    showError(error);
    return;
  }
  if (me === null) return;
  renderUserBar(els.userBar, me, { current: '/', beforeLeave: () => socket.disconnect() });
  started = true;
  socket.connect();
  void loadAgents();
  const initialSession = readSessionFromUrl();
  if (initialSession !== null) void openSession(initialSession);
  void refreshSessions();
}

void start();
