// The admin page's security sections (security:read): every API key, every session and the security
// event log; with security:write, keys and sessions can be revoked.

import { api } from './api.js';
import {
  button,
  byId,
  clearStatus,
  el,
  setStatus,
  showErrorIn,
  table,
  text,
  timeCell,
  toDate,
} from './ui.js';

const keysStatus = byId('api-keys-status');
const keysList = byId('api-keys-list');
const sessionsStatus = byId('sessions-status');
const sessionsList = byId('sessions-list');
const userFilter = byId('sessions-user');
const eventsStatus = byId('events-status');
const eventsList = byId('events-list');
const eventsLimit = byId('events-limit');

let canWrite = false;
/** The events last loaded, re-rendered when more usernames become known. */
let lastEvents = null;
/** Usernames by user id, from the users list and from every key and session row seen. */
const knownUsers = new Map();

function noteUser(id, username) {
  if (id === null || id === undefined || typeof username !== 'string' || username === '') return;
  knownUsers.set(String(id), username);
}

/** Rebuilds the sessions filter from the known users, keeping its choice. */
function renderUserFilter() {
  const selected = userFilter.value;
  const all = el('option', '', 'All users');
  all.value = '';
  const entries = [...knownUsers.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const choices = entries.map(([id, username]) => {
    const option = el('option', '', username);
    option.value = id;
    return option;
  });
  userFilter.replaceChildren(all, ...choices);
  userFilter.value = knownUsers.has(selected) ? selected : '';
}

/** Takes the users section's list, so the filter and event log can show names. */
export function noteUsers(users) {
  for (const user of users) noteUser(user.id, user.username);
  renderUserFilter();
  if (lastEvents !== null) renderEvents(lastEvents);
}

function userCell(row) {
  const name = typeof row.username === 'string' && row.username !== '' ? row.username : null;
  const id = row.user_id === null || row.user_id === undefined ? null : String(row.user_id);
  return text(name ?? (id !== null ? (knownUsers.get(id) ?? `#${id}`) : null));
}

async function revoke(path, what, trigger, statusLine, reload) {
  if (!window.confirm(`Revoke ${what}? This takes effect at once.`)) return;
  trigger.disabled = true;
  clearStatus(statusLine);
  try {
    await api(path, { method: 'DELETE' });
    setStatus(statusLine, `Revoked ${what}.`, 'success');
  } catch (error) {
    showErrorIn(statusLine, error);
  }
  await reload();
}

// ---------------------------------------------------------------------------------------------------------
// API keys

function keyStatus(key, now) {
  const grace = toDate(key.grace_until);
  if (grace && grace.getTime() > now) return 'Rotated (grace period)';
  if (key.revoked_at) return 'Revoked';
  const expires = toDate(key.expires_at);
  if (expires && expires.getTime() <= now) return 'Expired';
  return 'Active';
}

async function loadKeys() {
  try {
    const data = await api('/api/admin/api-keys');
    const keys = Array.isArray(data.keys) ? data.keys.filter((k) => k && k.id !== undefined) : [];
    for (const key of keys) noteUser(key.user_id, key.username);
    renderUserFilter();
    const now = Date.now();
    const rows = keys.map((key) => {
      const state = keyStatus(key, now);
      const scopes = Array.isArray(key.scopes) && key.scopes.length > 0 ? key.scopes.join(', ') : 'All';
      let action = el('span');
      if (canWrite && (state === 'Active' || state.startsWith('Rotated'))) {
        const what = `the API key "${text(key.name)}" of ${userCell(key)}`;
        const path = `/api/admin/api-keys/${encodeURIComponent(String(key.id))}`;
        action = button('Revoke', (e) => void revoke(path, what, e.currentTarget, keysStatus, loadKeys));
        action.className = 'button button--danger';
        action.setAttribute('aria-label', `Revoke ${what}`);
      }
      return [
        userCell(key),
        el('span', 'cell-strong', text(key.name)),
        el('span', 'cell-wrap', scopes),
        timeCell(key.created_at),
        key.expires_at ? timeCell(key.expires_at) : 'Never',
        key.last_used_at ? timeCell(key.last_used_at) : 'Never',
        text(key.last_used_ip),
        state,
        action,
      ];
    });
    const columns = [
      'User',
      'Name',
      'Permissions',
      'Created',
      'Expires',
      'Last used',
      'Last IP',
      'Status',
      '',
    ];
    keysList.replaceChildren(
      rows.length === 0 ? el('p', 'muted', 'No API keys.') : table('All API keys', columns, rows),
    );
  } catch (error) {
    showErrorIn(keysStatus, error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sessions

/** Reloads the sessions list (for the selected user, if any). */
export async function reloadSessions() {
  const userId = userFilter.value;
  const query = userId === '' ? '' : `?user_id=${encodeURIComponent(userId)}`;
  try {
    const data = await api(`/api/admin/sessions${query}`);
    const sessions = Array.isArray(data.sessions) ? data.sessions.filter((s) => s && s.id !== undefined) : [];
    for (const session of sessions) noteUser(session.user_id, session.username);
    renderUserFilter();
    const rows = sessions.map((session) => {
      const device = text(session.user_agent);
      let action = session.current === true ? el('span', 'badge badge--accent', 'This session') : el('span');
      if (canWrite && session.current !== true) {
        const what = `the session of ${userCell(session)} (${text(session.ip)})`;
        const path = `/api/admin/sessions/${encodeURIComponent(String(session.id))}`;
        action = button(
          'Revoke',
          (e) => void revoke(path, what, e.currentTarget, sessionsStatus, reloadSessions),
        );
        action.className = 'button button--danger';
        action.setAttribute('aria-label', `Revoke ${what}`);
      }
      return [
        userCell(session),
        el('span', 'cell-wrap', device),
        text(session.ip),
        timeCell(session.created_at),
        timeCell(session.last_activity_at),
        timeCell(session.expires_at),
        action,
      ];
    });
    const columns = ['User', 'Device', 'IP address', 'Logged in', 'Last active', 'Expires', ''];
    sessionsList.replaceChildren(
      rows.length === 0 ? el('p', 'muted', 'No sessions.') : table('Sessions', columns, rows),
    );
  } catch (error) {
    showErrorIn(sessionsStatus, error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Security events

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
      timeCell(event.occurred_at),
      el('span', 'cell-strong', text(event.type)),
      severity,
      userCell(event),
      text(event.ip),
      el('span', 'cell-mono', text(event.request_id)),
      detailCell(event.detail),
    ];
  });
  const columns = ['Time', 'Type', 'Severity', 'User', 'IP address', 'Request', 'Detail'];
  eventsList.replaceChildren(
    rows.length === 0 ? el('p', 'muted', 'No security events.') : table('Security events', columns, rows),
  );
}

async function loadEvents() {
  const limit = Number(eventsLimit.value) || 100;
  try {
    const data = await api(`/api/admin/security-events?limit=${limit}`);
    lastEvents = Array.isArray(data.events) ? data.events.filter((e) => e && typeof e === 'object') : [];
    renderEvents(lastEvents);
  } catch (error) {
    showErrorIn(eventsStatus, error);
  }
}

/** Shows the security sections. */
export async function initSecurity(settings) {
  canWrite = settings.canWrite === true;
  const refresh = (id, load, statusLine) =>
    byId(id).addEventListener('click', () => {
      clearStatus(statusLine);
      void load();
    });
  refresh('api-keys-refresh', loadKeys, keysStatus);
  refresh('sessions-refresh', reloadSessions, sessionsStatus);
  refresh('events-refresh', loadEvents, eventsStatus);
  userFilter.addEventListener('change', () => void reloadSessions());
  eventsLimit.addEventListener('change', () => void loadEvents());
  await Promise.all([loadKeys(), reloadSessions(), loadEvents()]);
}
