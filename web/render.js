// DOM building for the message log, the session list, the agent list and the error line.
//
// Security: every piece of server or user data is rendered with textContent / createTextNode, never parsed
// as HTML. Nothing here reads or changes app state; callers pass in what to show.

import { ApiError } from './api.js';
import { el, els } from './dom.js';

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

export function showError(error) {
  let message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  if (error instanceof ApiError && error.requestId) message += ` (request ${error.requestId})`;
  els.error.textContent = message;
  els.error.hidden = false;
}

export function hideError() {
  els.error.hidden = true;
  els.error.textContent = '';
}

// ---------------------------------------------------------------------------------------------------------
// Message log

function isNearBottom() {
  const { scrollTop, scrollHeight, clientHeight } = els.scroll;
  return scrollHeight - scrollTop - clientHeight < 80;
}

export function scrollToEnd() {
  els.scroll.scrollTop = els.scroll.scrollHeight;
}

export function updateEmptyState() {
  els.emptyState.hidden = els.log.childElementCount > 0;
}

/** Sets the agent attribution label of an assistant bubble. */
export function setAgent(bubble, agentType) {
  if (typeof agentType !== 'string' || agentType === '') return;
  bubble.dataset.agent = agentType;
  const label = bubble.querySelector('.message__agent');
  if (label) {
    label.textContent = agentType;
    label.hidden = false;
  }
}

/** Builds one message bubble. `text` is rendered as text; newlines are kept by CSS (pre-wrap). */
export function createMessage(role, text, { agentType = null, createdAt = null, pending = false } = {}) {
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

export function appendMessage(bubble) {
  const stick = isNearBottom();
  els.log.append(bubble);
  updateEmptyState();
  if (stick || bubble.dataset.role === 'user') scrollToEnd();
}

/** Replaces the text of a bubble, keeping the log pinned to the bottom if it was. */
export function setBubbleText(bubble, text) {
  const stick = isNearBottom();
  const body = bubble.querySelector('.message__body');
  if (body) body.textContent = text;
  if (stick) scrollToEnd();
}

export function setBubbleStatus(bubble, text) {
  const status = bubble.querySelector('.message__status');
  if (status) status.textContent = text;
}

/** Appends a failure note to a bubble whose reply stopped part-way. */
export function markBubbleFailed(bubble) {
  bubble.dataset.state = 'failed';
  bubble.append(el('p', 'message__status message__status--failed', 'This reply is incomplete.'));
}

/** A source link only for http(s) addresses: a `javascript:` URL from a search result never becomes a link. */
function webUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Appends the pages a reply rests on, as links that open apart from this page. */
export function renderSources(bubble, metadata) {
  const sources = metadata && Array.isArray(metadata.sources) ? metadata.sources : [];
  const links = [];
  for (const source of sources) {
    const url = webUrl(source?.url);
    if (!url) continue;
    const title = typeof source.title === 'string' && source.title !== '' ? source.title : url.hostname;
    const link = el('a', 'message__source', title);
    link.href = url.href;
    link.rel = 'noopener noreferrer nofollow';
    link.target = '_blank';
    links.push(link);
  }
  if (links.length === 0) return;
  const line = el('p', 'message__sources', 'Sources: ');
  links.forEach((link, i) => {
    if (i > 0) line.append(', ');
    line.append(link);
  });
  bubble.append(line);
}

export function clearLog() {
  els.log.replaceChildren();
  updateEmptyState();
}

// ---------------------------------------------------------------------------------------------------------
// Header and session list

function sessionTitle(session) {
  return session && typeof session.title === 'string' && session.title.trim() !== ''
    ? session.title
    : 'Untitled chat';
}

/** Shows the chat title (`session` is the listed session for `sessionId`, if any) and the Clear button. */
export function renderChatHeader(sessionId, session) {
  const title = sessionId === null ? 'New chat' : sessionTitle(session);
  els.chatTitle.textContent = title;
  document.title = `${title} · Rampart`;
  els.clear.disabled = sessionId === null;
}

/** Rebuilds the session list, marking `currentId` as the current chat. */
export function renderSessionList(sessions, currentId) {
  const items = sessions.map((session) => {
    const item = el('li', 'session-list__item');
    const button = el('button', 'session');
    button.type = 'button';
    button.dataset.sessionId = session.id;
    if (session.id === currentId) button.setAttribute('aria-current', 'true');
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
  els.sessionsEmpty.hidden = sessions.length > 0;
  els.sidebarToggle.textContent = sessions.length > 0 ? `Chats (${sessions.length})` : 'Chats';
}

// ---------------------------------------------------------------------------------------------------------
// Agents

/** Fills the agent preference select (keeping its choice if still offered) and the agent list. */
export function renderAgents(agents) {
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
}

export function renderAgentsUnavailable() {
  els.agentList.replaceChildren(el('li', 'sidebar__note', 'Agents are unavailable right now.'));
}
