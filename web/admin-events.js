// The admin page's security event log (security:read): the newest events, filtered by type, address,
// user and start time, with an optional auto-refresh every 5 seconds while the page is visible.

import { fillUserSelect, noteUser, onUsersChanged, userCell, usersNoted } from './admin-directory.js';
import { api } from './api.js';
import { fieldValue, handleSubmit } from './forms.js';
import { byId, clearStatus, el, showErrorIn, table, text, timeCell } from './ui.js';

const AUTO_REFRESH_MS = 5000;

/** The event types the server records (see src/security/events.ts); types seen in the log are added. */
const EVENT_TYPES = [
  'login_succeeded',
  'login_failed',
  'login_locked_out',
  'logout',
  'session_rejected',
  'session_revoked',
  'api_key_created',
  'api_key_revoked',
  'api_key_rotated',
  'api_key_rejected',
  'authentication_required',
  'permission_denied',
  'csrf_failed',
  'user_created',
  'user_changed',
  'password_changed',
  'privilege_escalation_denied',
  'setup_completed',
  'setup_rejected',
  'input_rejected',
  'request_filtered',
  'rate_limited',
  'state_store_unavailable',
  'attack_detected',
  'ban_skipped',
  'ip_banned',
  'ip_unbanned',
  'user_banned',
  'user_unbanned',
  'banned_request',
];

const filterForm = byId('events-filter');
const typeSelect = byId('events-type');
const userSelect = byId('events-user');
const limitSelect = byId('events-limit');
const autoToggle = byId('events-auto');
const status = byId('events-status');
const updated = byId('events-updated');
const list = byId('events-list');

const knownTypes = new Set(EVENT_TYPES);
/** The events last shown, and a key telling whether a reload changed them. */
let lastEvents = null;
let lastKey = '';
/** Each load's number: a response older than the newest request is dropped. */
let loadCount = 0;
let loading = false;
let timer = null;

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

function renderTypeSelect() {
  const selected = typeSelect.value;
  const all = el('option', '', 'All types');
  all.value = '';
  const choices = [...knownTypes].sort().map((type) => {
    const option = el('option', '', type);
    option.value = type;
    return option;
  });
  typeSelect.replaceChildren(all, ...choices);
  typeSelect.value = knownTypes.has(selected) ? selected : '';
}

function detailCell(detail) {
  if (detail === null || detail === undefined) return el('span', 'muted', '—');
  let json;
  try {
    json = JSON.stringify(detail);
  } catch {
    json = String(detail);
  }
  return el('code', 'detail', json);
}

function renderEvents(events) {
  const rows = events.map((event) => {
    const severity = el('span', 'badge', text(event.severity));
    if (typeof event.severity === 'string') severity.dataset.severity = event.severity;
    return [
      el('span', 'cell-mono', text(event.seq)),
      timeCell(event.occurred_at),
      el('span', 'cell-strong', text(event.type)),
      severity,
      userCell(event),
      text(event.ip),
      el('span', 'cell-mono', text(event.request_id)),
      detailCell(event.detail),
    ];
  });
  const columns = ['Seq', 'Time', 'Type', 'Severity', 'User', 'IP address', 'Request', 'Detail'];
  // A refresh must not throw away the keyboard focus or the sideways scroll of the table.
  const oldWrap = list.querySelector('.table-wrap');
  const hadFocus = oldWrap?.contains(document.activeElement) === true;
  const scrollLeft = oldWrap?.scrollLeft ?? 0;
  const content =
    rows.length === 0
      ? el('p', 'muted', 'No matching security events.')
      : table('Security events', columns, rows);
  list.replaceChildren(content);
  if (content.classList.contains('table-wrap')) {
    content.scrollLeft = scrollLeft;
    if (hadFocus) content.focus({ preventScroll: true });
  }
}

/** The query string for the current filters. */
function eventsQuery() {
  const query = new URLSearchParams({ limit: String(Number(limitSelect.value) || 100) });
  const type = typeSelect.value;
  const ip = fieldValue(filterForm, 'ip').trim();
  const userId = userSelect.value;
  const since = fieldValue(filterForm, 'since');
  if (type !== '') query.set('type', type);
  if (ip !== '') query.set('ip', ip);
  if (userId !== '') query.set('user_id', userId);
  if (since !== '') {
    // datetime-local is the browser's local time without a zone; the API wants an ISO date-time.
    const date = new Date(since);
    if (!Number.isNaN(date.getTime())) query.set('since', date.toISOString());
  }
  return query.toString();
}

/** Loads the events for the current filters; `tick` marks an auto-refresh, skipped while one is running. */
async function loadEvents({ tick = false } = {}) {
  if (tick && loading) return;
  const query = eventsQuery();
  loadCount += 1;
  const mine = loadCount;
  loading = true;
  try {
    const data = await api(`/api/admin/security-events?${query}`);
    if (mine !== loadCount) return;
    const events = Array.isArray(data.events) ? data.events.filter((e) => e && typeof e === 'object') : [];
    let newType = false;
    for (const event of events) {
      noteUser(event.user_id, event.username);
      if (typeof event.type === 'string' && !knownTypes.has(event.type)) {
        knownTypes.add(event.type);
        newType = true;
      }
    }
    if (newType) renderTypeSelect();
    clearStatus(status);
    updated.textContent = `Updated at ${timeFormat.format(new Date())}.`;
    const key = `${query}|${events.map((e) => `${text(e.seq)}:${text(e.id)}`).join(',')}`;
    lastEvents = events;
    if (key !== lastKey) {
      lastKey = key;
      renderEvents(events);
    }
    usersNoted();
  } catch (error) {
    if (mine !== loadCount) return;
    showErrorIn(status, error);
    // Admin requests share a small per-minute limit, and every refusal counts towards a ban of this
    // address: stop polling at the first one rather than keep knocking.
    if (error.status === 429 && autoToggle.checked) {
      autoToggle.checked = false;
      syncAutoRefresh();
      status.textContent += ' Auto-refresh was switched off.';
    }
  } finally {
    if (mine === loadCount) loading = false;
  }
}

/** Runs the auto-refresh timer only while it is switched on and the page can be seen. */
function syncAutoRefresh() {
  const wanted = autoToggle.checked && document.visibilityState === 'visible';
  if (wanted && timer === null) {
    timer = setInterval(() => void loadEvents({ tick: true }), AUTO_REFRESH_MS);
  } else if (!wanted && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

/** Shows the security events section. */
export async function initEvents() {
  renderTypeSelect();
  fillUserSelect(userSelect, 'All users');
  onUsersChanged(() => {
    fillUserSelect(userSelect, 'All users');
    if (lastEvents !== null) renderEvents(lastEvents);
  });
  handleSubmit(filterForm, () => loadEvents());
  for (const select of [typeSelect, userSelect, limitSelect]) {
    select.addEventListener('change', () => void loadEvents());
  }
  byId('events-clear').addEventListener('click', () => {
    filterForm.reset();
    void loadEvents();
  });
  byId('events-refresh').addEventListener('click', () => void loadEvents());
  autoToggle.checked = false;
  autoToggle.addEventListener('change', () => {
    syncAutoRefresh();
    if (autoToggle.checked) void loadEvents();
  });
  document.addEventListener('visibilitychange', () => {
    const resuming = timer === null && autoToggle.checked && document.visibilityState === 'visible';
    syncAutoRefresh();
    if (resuming) void loadEvents();
  });
  await loadEvents();
}
