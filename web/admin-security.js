// The admin page's API keys and sessions sections (security:read): every API key and every session;
// with security:write, either can be revoked.

import { fillUserSelect, noteUser, onUsersChanged, userCell, usersNoted } from './admin-directory.js';
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

let canWrite = false;

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
    usersNoted();
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
    usersNoted();
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

/** Shows the API keys and sessions sections. */
export async function initSecurity(settings) {
  canWrite = settings.canWrite === true;
  const refresh = (id, load, statusLine) =>
    byId(id).addEventListener('click', () => {
      clearStatus(statusLine);
      void load();
    });
  refresh('api-keys-refresh', loadKeys, keysStatus);
  refresh('sessions-refresh', reloadSessions, sessionsStatus);
  userFilter.addEventListener('change', () => void reloadSessions());
  fillUserSelect(userFilter, 'All users');
  onUsersChanged(() => fillUserSelect(userFilter, 'All users'));
  await Promise.all([loadKeys(), reloadSessions()]);
}
