// Rampart web chat: a plain browser ES module (no framework, no build step).
//
// Security: the page runs under a strict CSP (no inline script or style), and every piece of server or user
// data is rendered with textContent / createTextNode, never parsed as HTML.

/** How long to wait for a streamed reply before giving up on it. */
const REPLY_TIMEOUT_MS = 120_000;
const RECONNECT_BASE_MS = 500;
const RECONNECT_MAX_MS = 30_000;
const NARROW_QUERY = '(max-width: 760px)';

/** Looks up a required element by id. */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element;
}

const els = {
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

const state = {
  /** The session shown in the log, or null for a chat not yet created on the server. */
  sessionId: null,
  /** Bumped whenever the log switches to another chat, so late responses for the old one are ignored. */
  view: 0,
  /** Sessions as last listed by the server, newest first. */
  sessions: [],
  /** The reply being waited for: { view, sessionId, bubble, text, via, timer } or null. */
  pending: null,
};

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** An error whose message is safe to show (the server's `message`, or one written here). */
class ApiError extends Error {
  constructor(message, code, requestId) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
  }
}

/** The browser's IANA time zone, so "tomorrow at 2 PM" means the user's local time. */
function browserTimeZone() {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}

/** Calls the JSON API; throws an ApiError carrying the server's safe message on failure. */
async function api(path, { method = 'GET', body } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.', 'network_error');
  }
  let data = null;
  try {
    const text = await response.text();
    data = text === '' ? null : JSON.parse(text);
  } catch {
    data = null;
  }
  const isObject = data !== null && typeof data === 'object';
  if (!response.ok || (isObject && data.status === 'error')) {
    const message =
      isObject && typeof data.message === 'string' && data.message !== ''
        ? data.message
        : `The request failed (HTTP ${response.status}).`;
    throw new ApiError(message, isObject ? data.error : undefined, isObject ? data.request_id : undefined);
  }
  if (!isObject) throw new ApiError('The server sent a response that could not be read.', 'invalid_response');
  return data;
}

/** Parses an ISO string or epoch number into a Date, or null. */
function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

function isSameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Creates an element with a class and optional text (always set as text, never HTML). */
function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}

function timeElement(date, className) {
  const time = el(
    'time',
    className,
    isSameDay(date, new Date()) ? timeFormat.format(date) : dateFormat.format(date),
  );
  time.dateTime = date.toISOString();
  time.title = fullFormat.format(date);
  return time;
}

// ---------------------------------------------------------------------------------------------------------
// Error line

function showError(error) {
  let message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  if (error instanceof ApiError && error.requestId) message += ` (request ${error.requestId})`;
  els.error.textContent = message;
  els.error.hidden = false;
}

function hideError() {
  els.error.hidden = true;
  els.error.textContent = '';
}

// ---------------------------------------------------------------------------------------------------------
// Message log

function isNearBottom() {
  const { scrollTop, scrollHeight, clientHeight } = els.scroll;
  return scrollHeight - scrollTop - clientHeight < 80;
}

function scrollToEnd() {
  els.scroll.scrollTop = els.scroll.scrollHeight;
}

function updateEmptyState() {
  els.emptyState.hidden = els.log.childElementCount > 0;
}

/** Sets the agent attribution label of an assistant bubble. */
function setAgent(bubble, agentType) {
  if (typeof agentType !== 'string' || agentType === '') return;
  bubble.dataset.agent = agentType;
  const label = bubble.querySelector('.message__agent');
  if (label) {
    label.textContent = agentType;
    label.hidden = false;
  }
}

/** Builds one message bubble. `text` is rendered as text; newlines are kept by CSS (pre-wrap). */
function createMessage(role, text, { agentType = null, createdAt = null, pending = false } = {}) {
  const bubble = el('article', `message message--${role}`);
  bubble.dataset.role = role;
  bubble.dataset.state = pending ? 'pending' : 'done';

  const meta = el('header', 'message__meta');
  meta.append(el('span', 'message__author', role === 'user' ? 'You' : 'Assistant'));
  if (role === 'assistant') {
    const agent = el('span', 'message__agent');
    agent.hidden = true;
    meta.append(agent);
  }
  const date = toDate(createdAt);
  if (date) meta.append(timeElement(date, 'message__time'));
  bubble.append(meta);

  const body = el('div', 'message__body', text);
  bubble.append(body);

  if (pending) {
    bubble.setAttribute('aria-busy', 'true');
    const indicator = el('p', 'message__status', 'Working on it…');
    bubble.append(indicator);
  }
  if (role === 'assistant') setAgent(bubble, agentType);
  return bubble;
}

function appendMessage(bubble) {
  const stick = isNearBottom();
  els.log.append(bubble);
  updateEmptyState();
  if (stick || bubble.dataset.role === 'user') scrollToEnd();
}

/** Replaces the text of a bubble, keeping the log pinned to the bottom if it was. */
function setBubbleText(bubble, text) {
  const stick = isNearBottom();
  const body = bubble.querySelector('.message__body');
  if (body) body.textContent = text;
  if (stick) scrollToEnd();
}

function setBubbleStatus(bubble, text) {
  const status = bubble.querySelector('.message__status');
  if (status) status.textContent = text;
}

function renderSources(bubble, metadata) {
  const sources = metadata && Array.isArray(metadata.sources) ? metadata.sources : [];
  const names = sources
    .map((source) => {
      if (typeof source === 'string') return source;
      if (source && typeof source === 'object') {
        for (const key of ['title', 'name', 'type', 'id']) {
          if (typeof source[key] === 'string' && source[key] !== '') return source[key];
        }
      }
      return null;
    })
    .filter((name) => name !== null);
  if (names.length === 0) return;
  bubble.append(el('p', 'message__sources', `Sources: ${names.join(', ')}`));
}

function clearLog() {
  els.log.replaceChildren();
  updateEmptyState();
}

// ---------------------------------------------------------------------------------------------------------
// Sessions

function currentSession() {
  return state.sessions.find((session) => session.id === state.sessionId) ?? null;
}

function sessionTitle(session) {
  return session && typeof session.title === 'string' && session.title.trim() !== ''
    ? session.title
    : 'Untitled chat';
}

function renderHeader() {
  const title = state.sessionId === null ? 'New chat' : sessionTitle(currentSession());
  els.chatTitle.textContent = title;
  document.title = `${title} · Rampart`;
  els.clear.disabled = state.sessionId === null;
}

function renderSessions() {
  const items = state.sessions.map((session) => {
    const item = el('li', 'session-list__item');
    const button = el('button', 'session');
    button.type = 'button';
    button.dataset.sessionId = session.id;
    if (session.id === state.sessionId) button.setAttribute('aria-current', 'true');
    button.append(el('span', 'session__title', sessionTitle(session)));

    const meta = el('span', 'session__meta');
    const count = Number(session.message_count) || 0;
    meta.append(document.createTextNode(`${count} ${count === 1 ? 'message' : 'messages'}`));
    const updated = toDate(session.updated_at ?? session.created_at);
    if (updated) {
      meta.append(document.createTextNode(' · '));
      meta.append(timeElement(updated));
    }
    button.append(meta);
    item.append(button);
    return item;
  });
  els.sessionList.replaceChildren(...items);
  els.sessionsEmpty.hidden = state.sessions.length > 0;
  els.sidebarToggle.textContent = state.sessions.length > 0 ? `Chats (${state.sessions.length})` : 'Chats';
  renderHeader();
}

async function refreshSessions() {
  try {
    const data = await api('/api/chat/sessions');
    state.sessions = Array.isArray(data.sessions)
      ? data.sessions.filter((session) => session && typeof session.id === 'string')
      : [];
    renderSessions();
  } catch (error) {
    showError(error);
  }
}

function writeSessionToUrl() {
  const hash = state.sessionId === null ? '' : `#session=${encodeURIComponent(state.sessionId)}`;
  if (window.location.hash !== hash) {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }
}

function readSessionFromUrl() {
  const match = /^#session=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Switches the log to an unsaved new chat. */
function startNewChat() {
  state.view += 1;
  state.sessionId = null;
  hideError();
  clearLog();
  writeSessionToUrl();
  renderSessions();
  collapseSidebarOnNarrow();
  els.input.focus();
}

/** Shows a stored session and loads its history. */
async function openSession(id) {
  state.view += 1;
  const view = state.view;
  state.sessionId = id;
  hideError();
  clearLog();
  writeSessionToUrl();
  renderSessions();
  els.log.setAttribute('aria-busy', 'true');
  try {
    const data = await api(`/api/chat/sessions/${encodeURIComponent(id)}/messages`);
    if (view !== state.view) return;
    const messages = Array.isArray(data.messages) ? data.messages : [];
    const bubbles = messages
      .filter((message) => message && (message.role === 'user' || message.role === 'assistant'))
      .map((message) =>
        createMessage(message.role, typeof message.content === 'string' ? message.content : '', {
          agentType: message.agent_type,
          createdAt: message.created_at,
        }),
      );
    els.log.replaceChildren(...bubbles);
    updateEmptyState();
    scrollToEnd();
  } catch (error) {
    if (view !== state.view) return;
    showError(error);
    if (error instanceof ApiError && error.code === 'not_found') {
      state.sessionId = null;
      writeSessionToUrl();
      void refreshSessions();
    }
  } finally {
    if (view === state.view) els.log.removeAttribute('aria-busy');
  }
}

async function clearCurrentSession() {
  const id = state.sessionId;
  if (id === null) return;
  if (!window.confirm('Clear the history of this chat? This cannot be undone.')) return;
  const view = state.view;
  hideError();
  els.clear.disabled = true;
  try {
    await api(`/api/clear?session_id=${encodeURIComponent(id)}`, { method: 'DELETE' });
    if (view === state.view) clearLog();
  } catch (error) {
    showError(error);
  } finally {
    renderHeader();
    void refreshSessions();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Agents

async function loadAgents() {
  try {
    const data = await api('/api/agents');
    const agents = Array.isArray(data.agents)
      ? data.agents.filter((a) => a && typeof a.type === 'string')
      : [];
    const selected = els.agentPreference.value;
    const options = [el('option', '', 'Automatic')];
    options[0].value = '';
    const items = [];
    for (const agent of agents) {
      const option = el('option', '', agent.name || agent.type);
      option.value = agent.type;
      options.push(option);

      const item = el('li', 'agent');
      item.dataset.status = typeof agent.status === 'string' ? agent.status : 'unknown';
      const heading = el('span', 'agent__name', agent.name || agent.type);
      const status = el('span', 'agent__status', typeof agent.status === 'string' ? agent.status : '');
      heading.append(document.createTextNode(' '), status);
      item.append(heading);
      if (typeof agent.description === 'string' && agent.description !== '') {
        item.append(el('span', 'agent__description', agent.description));
      }
      items.push(item);
    }
    els.agentPreference.replaceChildren(...options);
    els.agentPreference.value = agents.some((a) => a.type === selected) ? selected : '';
    els.agentList.replaceChildren(...items);
  } catch {
    els.agentList.replaceChildren(el('li', 'sidebar__note', 'Agents are unavailable right now.'));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sending and receiving

function setBusy(busy) {
  els.send.disabled = busy;
  els.composer.setAttribute('aria-busy', busy ? 'true' : 'false');
}

/** Adopts the session id the server assigned to a reply (a new chat gets its id here). */
function adoptSession(pending, sessionId) {
  if (typeof sessionId !== 'string' || sessionId === '' || pending.sessionId !== null) return;
  pending.sessionId = sessionId;
  if (pending.view === state.view && state.sessionId === null) {
    state.sessionId = sessionId;
    writeSessionToUrl();
    renderHeader();
  }
}

function settle(pending) {
  clearTimeout(pending.timer);
  pending.bubble.removeAttribute('aria-busy');
  pending.bubble.querySelector('.message__status')?.remove();
  if (state.pending === pending) state.pending = null;
  setBusy(false);
}

function finishReply(pending, text, agentType, metadata) {
  const full = typeof text === 'string' && text !== '' ? text : pending.text;
  setAgent(pending.bubble, agentType);
  setBubbleText(pending.bubble, full);
  pending.bubble.dataset.state = 'done';
  if (metadata && typeof metadata.processing_time === 'number') {
    // processing_time is in seconds.
    pending.bubble.title = `Answered in ${metadata.processing_time.toFixed(1)} s`;
  }
  renderSources(pending.bubble, metadata);
  settle(pending);
  void refreshSessions();
}

function failReply(pending, error, originalText) {
  if (pending.text === '') {
    pending.bubble.remove();
    updateEmptyState();
  } else {
    pending.bubble.dataset.state = 'failed';
    pending.bubble.append(el('p', 'message__status message__status--failed', 'This reply is incomplete.'));
  }
  settle(pending);
  if (pending.view === state.view) {
    showError(error);
    if (els.input.value === '' && typeof originalText === 'string') els.input.value = originalText;
  }
  void refreshSessions();
}

function handleSocketEvent(event) {
  const pending = state.pending;
  if (pending?.via !== 'ws') return;
  const data = event.data && typeof event.data === 'object' ? event.data : {};
  adoptSession(pending, data.session_id);

  if (event.type === 'status') {
    setAgent(pending.bubble, data.agent_type);
    const who = typeof data.agent_type === 'string' && data.agent_type !== '' ? data.agent_type : 'Assistant';
    setBubbleStatus(pending.bubble, `${who} is working on it…`);
  } else if (event.type === 'message') {
    const text = typeof data.message === 'string' ? data.message : '';
    if (data.delta === true && data.done !== true) {
      setAgent(pending.bubble, data.agent_type);
      pending.text += text;
      setBubbleText(pending.bubble, pending.text);
    } else {
      finishReply(pending, text, data.agent_type, data.metadata);
    }
  } else if (event.type === 'error') {
    const message =
      typeof data.message === 'string' && data.message !== '' ? data.message : 'The reply failed.';
    failReply(pending, new ApiError(message, data.error), pending.message);
  }
}

async function sendOverHttp(pending, body) {
  try {
    const data = await api('/api/chat', { method: 'POST', body });
    adoptSession(pending, data.session_id);
    finishReply(pending, data.response, data.agent_type, data.metadata);
  } catch (error) {
    failReply(pending, error, pending.message);
  }
}

function sendMessage(text) {
  if (state.pending) return;
  hideError();

  appendMessage(createMessage('user', text, { createdAt: new Date().toISOString() }));
  const bubble = createMessage('assistant', '', { pending: true });
  appendMessage(bubble);

  const pending = {
    view: state.view,
    sessionId: state.sessionId,
    bubble,
    text: '',
    message: text,
    via: 'http',
    timer: undefined,
  };
  state.pending = pending;
  setBusy(true);

  const timezone = browserTimeZone();
  const preference = els.agentPreference.value;
  if (socket.isOpen()) {
    const data = { message: text };
    if (state.sessionId !== null) data.session_id = state.sessionId;
    if (preference !== '') data.agent_preference = preference;
    if (timezone) data.timezone = timezone;
    try {
      socket.send({ type: 'message', data });
      pending.via = 'ws';
      pending.timer = setTimeout(() => {
        if (state.pending === pending) {
          failReply(pending, new ApiError('No reply arrived in time. Please try again.', 'timeout'), text);
        }
      }, REPLY_TIMEOUT_MS);
      return;
    } catch {
      // Fall through to HTTP.
    }
  }
  const context = {};
  if (state.sessionId !== null) context.session_id = state.sessionId;
  if (preference !== '') context.agent_preference = preference;
  if (timezone) context.timezone = timezone;
  void sendOverHttp(pending, { message: text, context });
}

// ---------------------------------------------------------------------------------------------------------
// WebSocket with reconnect

function createSocket({ onEvent, onState, onDrop }) {
  let ws = null;
  let attempts = 0;
  let timer = null;

  const url = () =>
    `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/ws/chat`;

  function schedule() {
    if (timer !== null) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    onState('reconnecting');
    timer = setTimeout(() => {
      timer = null;
      connect();
    }, delay);
  }

  function connect() {
    if (ws !== null) return;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    let socket;
    try {
      socket = new WebSocket(url());
    } catch {
      schedule();
      return;
    }
    ws = socket;
    onState('connecting');
    socket.addEventListener('open', () => {
      if (ws !== socket) return;
      attempts = 0;
      onState('open');
    });
    socket.addEventListener('message', (message) => {
      if (ws !== socket || typeof message.data !== 'string') return;
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (event && typeof event === 'object' && typeof event.type === 'string') onEvent(event);
    });
    // An 'error' event is always followed by 'close'; reconnecting is handled there.
    socket.addEventListener('close', () => {
      if (ws !== socket) return;
      ws = null;
      onDrop();
      schedule();
    });
  }

  return {
    connect,
    isOpen: () => ws !== null && ws.readyState === WebSocket.OPEN,
    send(event) {
      if (ws === null || ws.readyState !== WebSocket.OPEN) throw new Error('WebSocket is not open');
      ws.send(JSON.stringify(event));
    },
    /** Skips the backoff wait (used when the browser comes back online or the tab becomes visible). */
    reconnectNow() {
      if (ws !== null) return;
      attempts = 0;
      connect();
    },
  };
}

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
    const pending = state.pending;
    if (pending && pending.via === 'ws') {
      failReply(
        pending,
        new ApiError('The connection dropped before the reply finished. Reopen the chat to check for it.'),
        pending.message,
      );
    }
  },
});

// ---------------------------------------------------------------------------------------------------------
// Sidebar (collapses above the chat on narrow screens)

const narrow = window.matchMedia(NARROW_QUERY);

function setSidebarExpanded(expanded) {
  els.sidebarToggle.setAttribute('aria-expanded', expanded ? 'true' : 'false');
  if (expanded) els.sidebar.dataset.expanded = '';
  else delete els.sidebar.dataset.expanded;
}

function collapseSidebarOnNarrow() {
  if (narrow.matches) setSidebarExpanded(false);
}

// ---------------------------------------------------------------------------------------------------------
// Wiring

function submitComposer() {
  const text = els.input.value;
  if (text.trim() === '' || state.pending) return;
  els.input.value = '';
  sendMessage(text);
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

window.addEventListener('online', () => socket.reconnectNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') socket.reconnectNow();
});

// ---------------------------------------------------------------------------------------------------------
// Start

updateEmptyState();
renderHeader();
socket.connect();
void loadAgents();
const initialSession = readSessionFromUrl();
if (initialSession !== null) void openSession(initialSession);
void refreshSessions();
