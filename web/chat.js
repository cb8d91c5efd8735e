// Sending a message and receiving its reply: streamed over the WebSocket when it is open, over HTTP if not.

import { ApiError, api, browserTimeZone } from './api.js';
import { els } from './dom.js';
import {
  appendMessage,
  createMessage,
  hideError,
  markBubbleFailed,
  renderSources,
  setAgent,
  setBubbleStatus,
  setBubbleText,
  showError,
  updateEmptyState,
} from './render.js';
import { refreshSessions, renderHeader, writeSessionToUrl } from './sessions.js';
import { state } from './state.js';

/** How long to wait for a streamed reply before giving up on it. */
const REPLY_TIMEOUT_MS = 120_000;

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
    markBubbleFailed(pending.bubble);
  }
  settle(pending);
  if (pending.view === state.view) {
    showError(error);
    if (els.input.value === '' && typeof originalText === 'string') els.input.value = originalText;
  }
  void refreshSessions();
}

/** Applies one WebSocket event to the reply being streamed. */
export function handleSocketEvent(event) {
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

/** Fails a reply that was streaming over the WebSocket when the connection dropped. */
export function handleSocketDrop() {
  const pending = state.pending;
  if (pending && pending.via === 'ws') {
    failReply(
      pending,
      new ApiError('The connection dropped before the reply finished. Reopen the chat to check for it.'),
      pending.message,
    );
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

/** Shows `text` as the user's message and sends it, over `socket` if it is open. */
export function sendMessage(text, socket) {
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
