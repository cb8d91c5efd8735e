// The account page: change my password, see and end my sessions, and (with `keys:own`) my API keys.

import { initKeys } from './account-keys.js';
import { ApiError, api, setCsrfToken } from './api.js';
import { logout, startSignedInPage } from './auth.js';
import { clearInvalid, fieldValue, handleSubmit, passwordProblem, setFormBusy, setInvalid } from './forms.js';
import {
  button,
  byId,
  clearStatus,
  el,
  errorText,
  setStatus,
  showErrorIn,
  table,
  text,
  timeCell,
} from './ui.js';

const passwordForm = byId('password-form');
const passwordStatus = byId('password-status');
const sessionsStatus = byId('sessions-status');
const sessionsList = byId('sessions-list');

// ---------------------------------------------------------------------------------------------------------
// Password

handleSubmit(passwordForm, async () => {
  clearStatus(passwordStatus);
  clearInvalid(passwordForm);
  const current = fieldValue(passwordForm, 'current');
  const next = fieldValue(passwordForm, 'new');
  const confirm = fieldValue(passwordForm, 'confirm');
  let problem = null;
  let field = null;
  if (current === '') {
    problem = 'Enter your current password.';
    field = byId('current-password');
  } else {
    problem = passwordProblem(next, confirm);
    field = passwordProblem(next) === null ? byId('confirm-password') : byId('new-password');
  }
  if (problem !== null) {
    setInvalid(field, true);
    setStatus(passwordStatus, problem, 'error');
    field.focus();
    return;
  }

  setFormBusy(passwordForm, true);
  try {
    const data = await api('/api/auth/password', {
      method: 'POST',
      body: { current_password: current, new_password: next },
    });
    // Every session was revoked and this one replaced: the old CSRF token is dead.
    setCsrfToken(data.csrf_token);
    passwordForm.reset();
    setStatus(passwordStatus, 'Password changed. Your other sessions were logged out.', 'success');
    void loadSessions();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_credentials') {
      setStatus(passwordStatus, 'The current password is not correct.', 'error');
      setInvalid(byId('current-password'), true);
      byId('current-password').focus();
    } else {
      showErrorIn(passwordStatus, error);
    }
  } finally {
    setFormBusy(passwordForm, false);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Sessions

function describeSession(session) {
  const agent = typeof session.user_agent === 'string' && session.user_agent !== '' ? session.user_agent : '';
  return agent === '' ? 'Unknown device' : agent;
}

async function endSession(session, trigger) {
  trigger.disabled = true;
  clearStatus(sessionsStatus);
  try {
    await api(`/api/auth/sessions/${encodeURIComponent(String(session.id))}`, { method: 'DELETE' });
    setStatus(sessionsStatus, 'Session logged out.', 'success');
  } catch (error) {
    showErrorIn(sessionsStatus, error);
  }
  await loadSessions();
}

function renderSessions(sessions) {
  if (sessions.length === 0) {
    sessionsList.replaceChildren(el('p', 'muted', 'No sessions.'));
    return;
  }
  const rows = sessions.map((session) => {
    const device = el('span', 'cell-wrap', describeSession(session));
    let action;
    if (session.current === true) {
      action = el('span', 'badge badge--accent', 'This session');
    } else {
      action = button('Log out', (event) => void endSession(session, event.currentTarget));
      action.setAttribute(
        'aria-label',
        `Log out the session on ${describeSession(session)}, ${text(session.ip)}`,
      );
    }
    return [
      device,
      text(session.ip),
      timeCell(session.created_at),
      timeCell(session.last_activity_at),
      timeCell(session.expires_at),
      action,
    ];
  });
  sessionsList.replaceChildren(
    table('Your sessions', ['Device', 'IP address', 'Logged in', 'Last active', 'Expires', ''], rows),
  );
}

async function loadSessions() {
  try {
    const data = await api('/api/auth/sessions');
    const sessions = Array.isArray(data.sessions)
      ? data.sessions.filter((s) => s && (typeof s.id === 'string' || typeof s.id === 'number'))
      : [];
    // This session first, then the most recently active.
    sessions.sort(
      (a, b) =>
        Number(b.current === true) - Number(a.current === true) ||
        String(b.last_activity_at ?? '').localeCompare(String(a.last_activity_at ?? '')),
    );
    renderSessions(sessions);
  } catch (error) {
    showErrorIn(sessionsStatus, error);
  }
}

byId('logout-all').addEventListener('click', async (event) => {
  const trigger = event.currentTarget;
  if (!window.confirm('Log out of every session, including this one?')) return;
  trigger.disabled = true;
  clearStatus(sessionsStatus);
  try {
    await logout({ everywhere: true });
  } catch (error) {
    showErrorIn(sessionsStatus, error);
    trigger.disabled = false;
  }
});

// ---------------------------------------------------------------------------------------------------------
// Start

async function start() {
  let me;
  try {
    me = await startSignedInPage('/account.html');
  } catch (error) {
    setStatus(byId('page-error'), errorText(error), 'error');
    return;
  }
  if (me === null) return;
  void loadSessions();
  void initKeys(me);
}

void start();
