// Chat sessions: listing them, switching the log between them, the URL hash, and clearing history.

import { ApiError, api } from './api.js';
import { els } from './dom.js';
import {
  clearLog,
  createMessage,
  hideError,
  renderChatHeader,
  renderSessionList,
  scrollToEnd,
  showError,
  updateEmptyState,
} from './render.js';
import { collapseSidebarOnNarrow } from './sidebar.js';
import { state } from './state.js';

function currentSession() {
  return state.sessions.find((session) => session.id === state.sessionId) ?? null;
}

export function renderHeader() {
  renderChatHeader(state.sessionId, currentSession());
}

function renderSessions() {
  renderSessionList(state.sessions, state.sessionId);
  renderHeader();
}

export async function refreshSessions() {
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

export function writeSessionToUrl() {
  const hash = state.sessionId === null ? '' : `#session=${encodeURIComponent(state.sessionId)}`;
  if (window.location.hash !== hash) {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }
}

export function readSessionFromUrl() {
  const match = /^#session=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Switches the log to an unsaved new chat. */
export function startNewChat() {
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
export async function openSession(id) {
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

export async function clearCurrentSession() {
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
