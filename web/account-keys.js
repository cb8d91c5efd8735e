// The account page's API keys: list, create (the key is shown once), rotate and revoke. Needs the
// `keys:own` permission; without it (403 from the server) the section stays hidden.

import { ApiError, api } from './api.js';
import { clearInvalid, fieldValue, handleSubmit, setFormBusy, setInvalid } from './forms.js';
import {
  button,
  byId,
  clearStatus,
  copyText,
  el,
  openDialog,
  setStatus,
  showErrorIn,
  table,
  text,
  timeCell,
  toDate,
} from './ui.js';

/** The longest key lifetime the server accepts. */
const MAX_EXPIRY_DAYS = 366;

const section = byId('keys-section');
const form = byId('key-form');
const formStatus = byId('key-form-status');
const listStatus = byId('keys-status');
const list = byId('keys-list');
const reveal = byId('new-key');
const revealValue = byId('new-key-value');
const copyStatus = byId('copy-status');
const rotateDialog = byId('rotate-dialog');

/** A key's state now: 'active', 'grace' (rotated, still working for a while), 'revoked' or 'expired'. */
function keyState(key, now = Date.now()) {
  const grace = toDate(key.grace_until);
  if (grace && grace.getTime() > now) return 'grace';
  if (key.revoked_at) return 'revoked';
  const expires = toDate(key.expires_at);
  if (expires && expires.getTime() <= now) return 'expired';
  return 'active';
}

function stateCell(key, state) {
  if (state === 'grace') {
    const cell = el('span', 'badge badge--warning', 'Replaced, works until ');
    cell.append(timeCell(key.grace_until));
    return cell;
  }
  const labels = { active: 'Active', revoked: 'Revoked', expired: 'Expired' };
  return el('span', state === 'active' ? 'badge badge--success' : 'badge', labels[state]);
}

function lastUsedCell(key) {
  if (!key.last_used_at) return el('span', 'muted', 'Never');
  const cell = el('span');
  cell.append(timeCell(key.last_used_at));
  if (key.last_used_ip) cell.append(el('span', 'muted', ` from ${key.last_used_ip}`));
  return cell;
}

function scopesText(scopes) {
  return Array.isArray(scopes) && scopes.length > 0 ? scopes.join(', ') : 'All my permissions';
}

/** Shows a newly created key, once; it is cleared from the page with "I have copied it". */
function showNewKey(secret, name) {
  revealValue.value = secret;
  byId('new-key-heading').textContent = `Your new API key: ${name}`;
  copyStatus.textContent = '';
  reveal.hidden = false;
  revealValue.focus();
  revealValue.select();
}

function hideNewKey() {
  revealValue.value = '';
  copyStatus.textContent = '';
  reveal.hidden = true;
  byId('key-name').focus();
}

async function revokeKey(key, trigger) {
  if (!window.confirm(`Revoke the API key "${text(key.name)}"? Programs using it stop working at once.`))
    return;
  trigger.disabled = true;
  clearStatus(listStatus);
  try {
    await api(`/api/auth/keys/${encodeURIComponent(String(key.id))}`, { method: 'DELETE' });
    setStatus(listStatus, `Revoked "${text(key.name)}".`, 'success');
  } catch (error) {
    showErrorIn(listStatus, error);
  }
  await loadKeys();
}

async function rotateKey(key, trigger) {
  byId('rotate-text').textContent =
    `A new key replaces "${text(key.name)}". The old key keeps working for the hours you choose, so programs can switch over.`;
  byId('grace-hours').value = '24';
  if (!(await openDialog(rotateDialog))) {
    trigger.focus();
    return;
  }
  const hours = Number(fieldValue(rotateDialog.querySelector('form'), 'grace'));
  clearStatus(listStatus);
  trigger.disabled = true;
  try {
    const body = Number.isInteger(hours) && hours >= 0 && hours <= 720 ? { grace_hours: hours } : {};
    const data = await api(`/api/auth/keys/${encodeURIComponent(String(key.id))}/rotate`, {
      method: 'POST',
      body,
    });
    await loadKeys();
    showNewKey(data.key, text(data.api_key?.name ?? key.name));
  } catch (error) {
    showErrorIn(listStatus, error);
    trigger.disabled = false;
  }
}

function renderKeys(keys) {
  if (keys.length === 0) {
    list.replaceChildren(el('p', 'muted', 'No API keys yet.'));
    return;
  }
  const now = Date.now();
  const rows = keys.map((key) => {
    const state = keyState(key, now);
    const actions = el('span', 'actions');
    if (state === 'active') {
      const rotate = button('Rotate', (event) => void rotateKey(key, event.currentTarget));
      rotate.setAttribute('aria-label', `Rotate ${text(key.name)}`);
      actions.append(rotate);
    }
    if (state === 'active' || state === 'grace') {
      const revoke = button(
        'Revoke',
        (event) => void revokeKey(key, event.currentTarget),
        'button button--danger',
      );
      revoke.setAttribute('aria-label', `Revoke ${text(key.name)}`);
      actions.append(revoke);
    }
    return [
      el('span', 'cell-strong', text(key.name)),
      el('span', 'cell-wrap', scopesText(key.scopes)),
      timeCell(key.created_at),
      key.expires_at ? timeCell(key.expires_at) : el('span', 'muted', 'Never'),
      lastUsedCell(key),
      stateCell(key, state),
      actions,
    ];
  });
  list.replaceChildren(
    table('Your API keys', ['Name', 'Permissions', 'Created', 'Expires', 'Last used', 'Status', ''], rows),
  );
}

/** Loads the keys; resolves false when this user may not have keys (the section stays hidden). */
async function loadKeys() {
  try {
    const data = await api('/api/auth/keys');
    const keys = Array.isArray(data.keys) ? data.keys.filter((k) => k && k.id !== undefined) : [];
    renderKeys(keys);
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.code === 'forbidden')) {
      section.hidden = true;
      return false;
    }
    showErrorIn(listStatus, error);
    return true;
  }
}

function renderScopeChoices(permissions) {
  const items = permissions.map((permission) => {
    const label = el('label', 'check');
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'scope';
    box.value = permission;
    label.append(box, el('span', 'check__text', permission));
    return label;
  });
  byId('scope-list').replaceChildren(...items);
}

handleSubmit(form, async () => {
  clearStatus(formStatus);
  clearInvalid(form);
  const name = fieldValue(form, 'name').trim();
  const expiresRaw = fieldValue(form, 'expires').trim();
  const days = Number(expiresRaw);
  if (name === '') {
    setInvalid(byId('key-name'), true);
    setStatus(formStatus, 'Give the key a name, so you can tell it apart later.', 'error');
    byId('key-name').focus();
    return;
  }
  if (expiresRaw !== '' && !(Number.isInteger(days) && days >= 1 && days <= MAX_EXPIRY_DAYS)) {
    setInvalid(byId('key-expiry'), true);
    setStatus(
      formStatus,
      `Enter a whole number of days from 1 to ${MAX_EXPIRY_DAYS}, or leave it empty.`,
      'error',
    );
    byId('key-expiry').focus();
    return;
  }
  const scopes = [...form.querySelectorAll('input[name="scope"]:checked')].map((box) => box.value);
  const body = { name };
  if (scopes.length > 0) body.scopes = scopes;
  if (expiresRaw !== '') body.expires_in_days = days;

  setFormBusy(form, true);
  try {
    const data = await api('/api/auth/keys', { method: 'POST', body });
    form.reset();
    await loadKeys();
    showNewKey(data.key, name);
  } catch (error) {
    showErrorIn(formStatus, error);
  } finally {
    setFormBusy(form, false);
  }
});

byId('copy-key').addEventListener('click', async () => {
  const copied = await copyText(revealValue.value, revealValue);
  copyStatus.textContent = copied
    ? 'Copied to the clipboard.'
    : 'Could not copy: select the key and copy it.';
});

byId('new-key-done').addEventListener('click', hideNewKey);

/** Shows the section for a user who may have API keys. */
export async function initKeys(me) {
  if (!me.permissions.includes('keys:own')) return;
  renderScopeChoices(me.permissions);
  if (await loadKeys()) section.hidden = false;
}
