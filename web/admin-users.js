// The admin page's users section (users:manage): list users, add one, change a role, disable or enable,
// set a password, and (with security:write) log a user out everywhere.

import { api } from './api.js';
import { clearInvalid, fieldValue, handleSubmit, passwordProblem, setFormBusy, setInvalid } from './forms.js';
import {
  button,
  byId,
  clearStatus,
  el,
  openDialog,
  setStatus,
  showErrorIn,
  table,
  text,
  timeCell,
} from './ui.js';

const ROLES = ['admin', 'operator', 'user', 'guest'];

const form = byId('user-form');
const formStatus = byId('user-form-status');
const status = byId('users-status');
const list = byId('users-list');
const passwordDialog = byId('password-dialog');
const passwordDialogForm = passwordDialog.querySelector('form');
const passwordDialogStatus = byId('password-dialog-status');

let options = { me: null, canRevokeSessions: false, onUsers: () => {}, onSessionsChanged: () => {} };

const userPath = (user) => `/api/admin/users/${encodeURIComponent(String(user.id))}`;
const isMe = (user) => options.me !== null && String(user.id) === String(options.me.user.id);

async function update(user, changes, done, control) {
  clearStatus(status);
  if (control) control.disabled = true;
  try {
    await api(userPath(user), { method: 'PATCH', body: changes });
    setStatus(status, done, 'success');
  } catch (error) {
    showErrorIn(status, error);
  }
  await loadUsers();
}

function roleSelect(user) {
  const select = el('select', 'select select--auto');
  select.setAttribute('aria-label', `Role of ${text(user.username)}`);
  for (const role of ROLES) {
    const option = el('option', '', role);
    option.value = role;
    select.append(option);
  }
  select.value = ROLES.includes(user.role) ? user.role : '';
  select.addEventListener('change', () => {
    const role = select.value;
    if (isMe(user) && !window.confirm(`Change your own role to ${role}? You may lose access to this page.`)) {
      select.value = user.role;
      return;
    }
    void update(user, { role }, `${text(user.username)} is now ${role}.`, select);
  });
  return select;
}

function toggleDisabled(user, trigger) {
  const name = text(user.username);
  if (!user.disabled) {
    const warning = isMe(user)
      ? 'Disable your own account? You will be locked out.'
      : `Disable ${name}? They can no longer log in.`;
    if (!window.confirm(warning)) return;
  }
  void update(
    user,
    { disabled: !user.disabled },
    `${name} is ${user.disabled ? 'enabled' : 'disabled'}.`,
    trigger,
  );
}

async function setPassword(user, trigger) {
  passwordDialogForm.reset();
  clearStatus(passwordDialogStatus);
  byId('password-dialog-heading').textContent = `Set the password of ${text(user.username)}`;
  const confirmed = await openDialog(passwordDialog);
  const password = fieldValue(passwordDialogForm, 'password');
  passwordDialogForm.reset();
  trigger.focus();
  if (!confirmed) return;
  clearStatus(status);
  try {
    await api(`${userPath(user)}/password`, { method: 'POST', body: { password } });
    setStatus(status, `Password of ${text(user.username)} changed.`, 'success');
  } catch (error) {
    showErrorIn(status, error);
  }
}

// The dialog closes on submit; keep it open (and say why) while the password breaks the rules.
passwordDialogForm.addEventListener('submit', (event) => {
  if (event.submitter?.value !== 'confirm') return;
  const problem = passwordProblem(fieldValue(passwordDialogForm, 'password'));
  if (problem !== null) {
    event.preventDefault();
    setStatus(passwordDialogStatus, problem, 'error');
    byId('reset-password').focus();
  }
});

async function logOutEverywhere(user, trigger) {
  if (!window.confirm(`Log ${text(user.username)} out of every session?`)) return;
  trigger.disabled = true;
  clearStatus(status);
  try {
    await api(`${userPath(user)}/sessions`, { method: 'DELETE' });
    setStatus(status, `${text(user.username)} was logged out everywhere.`, 'success');
    options.onSessionsChanged();
  } catch (error) {
    showErrorIn(status, error);
  }
  trigger.disabled = false;
}

function renderUsers(users) {
  if (users.length === 0) {
    list.replaceChildren(el('p', 'muted', 'No users.'));
    return;
  }
  const rows = users.map((user) => {
    const name = el('span', 'cell-strong', text(user.username));
    if (isMe(user)) name.append(el('span', 'muted', ' (you)'));
    const actions = el('span', 'actions');
    const label = text(user.username);
    const toggle = button(user.disabled ? 'Enable' : 'Disable', (e) => toggleDisabled(user, e.currentTarget));
    toggle.setAttribute('aria-label', `${user.disabled ? 'Enable' : 'Disable'} ${label}`);
    const password = button('Set password', (e) => void setPassword(user, e.currentTarget));
    password.setAttribute('aria-label', `Set the password of ${label}`);
    actions.append(toggle, password);
    if (options.canRevokeSessions) {
      const logout = button('Log out everywhere', (e) => void logOutEverywhere(user, e.currentTarget));
      logout.setAttribute('aria-label', `Log ${label} out everywhere`);
      actions.append(logout);
    }
    const state = user.disabled
      ? el('span', 'badge badge--danger', 'Disabled')
      : el('span', 'badge badge--success', 'Active');
    return [name, roleSelect(user), state, timeCell(user.created_at), actions];
  });
  list.replaceChildren(table('Users', ['Username', 'Role', 'Status', 'Created', ''], rows));
}

async function loadUsers() {
  try {
    const data = await api('/api/admin/users');
    const users = Array.isArray(data.users) ? data.users.filter((u) => u && u.id !== undefined) : [];
    users.sort((a, b) => String(a.username).localeCompare(String(b.username)));
    renderUsers(users);
    options.onUsers(users);
  } catch (error) {
    showErrorIn(status, error);
  }
}

handleSubmit(form, async () => {
  clearStatus(formStatus);
  clearInvalid(form);
  const username = fieldValue(form, 'username').trim();
  const password = fieldValue(form, 'password');
  const role = fieldValue(form, 'role');
  const problem = username === '' ? 'Enter a username.' : passwordProblem(password);
  if (problem !== null) {
    const field = username === '' ? byId('new-username') : byId('new-user-password');
    setInvalid(field, true);
    setStatus(formStatus, problem, 'error');
    field.focus();
    return;
  }
  setFormBusy(form, true);
  try {
    const data = await api('/api/admin/users', { method: 'POST', body: { username, password, role } });
    form.reset();
    setStatus(
      formStatus,
      `Added ${text(data.user?.username ?? username)} as ${text(data.user?.role ?? role)}.`,
    );
    await loadUsers();
  } catch (error) {
    showErrorIn(formStatus, error);
  } finally {
    setFormBusy(form, false);
  }
});

/** Shows the users section. */
export async function initUsers(settings) {
  options = { ...options, ...settings };
  await loadUsers();
}
