// The login page: posts the username and password, then goes to `next` (a same-origin path, "/" by
// default). Links to the setup page while the server has no accounts yet.

import { ApiError, api, setCsrfToken } from './api.js';
import { goTo, safeNextPath } from './auth.js';
import { clearInvalid, fieldValue, handleSubmit, setFormBusy, setInvalid } from './forms.js';
import { byId, clearStatus, errorText, setStatus } from './ui.js';

const form = byId('login-form');
const usernameInput = byId('username');
const passwordInput = byId('password');
const status = byId('form-status');
const next = safeNextPath(new URLSearchParams(window.location.search).get('next') ?? '/');

/** Longest wait the page will count down for; a longer Retry-After is still shown in full. */
const MAX_LOCK_SECONDS = 3600;
let lockTimer = null;

function lockForm(seconds) {
  setFormBusy(form, true);
  clearTimeout(lockTimer);
  lockTimer = setTimeout(() => setFormBusy(form, false), Math.min(seconds, MAX_LOCK_SECONDS) * 1000);
}

function failureText(error) {
  if (error instanceof ApiError) {
    if (error.code === 'invalid_credentials') return 'Incorrect username or password.';
    if (error.code === 'rate_limited' || error.status === 429) {
      const seconds = error.retryAfter;
      if (typeof seconds === 'number' && seconds > 0) {
        return `Too many attempts, try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
      }
      return 'Too many attempts, try again later.';
    }
  }
  return errorText(error);
}

handleSubmit(form, async () => {
  clearStatus(status);
  clearInvalid(form);
  const username = fieldValue(form, 'username').trim();
  const password = fieldValue(form, 'password');
  if (username === '' || password === '') {
    const missing = username === '' ? usernameInput : passwordInput;
    setInvalid(missing, true);
    setStatus(status, 'Enter your username and password.', 'error');
    missing.focus();
    return;
  }

  setFormBusy(form, true);
  let locked = false;
  try {
    const data = await api('/api/auth/login', { method: 'POST', body: { username, password } });
    setCsrfToken(data.csrf_token);
    goTo(next);
    return;
  } catch (error) {
    setStatus(status, failureText(error), 'error');
    if (error instanceof ApiError && error.code === 'invalid_credentials') {
      setInvalid(passwordInput, true);
      passwordInput.value = '';
      passwordInput.focus();
    }
    if (error instanceof ApiError && error.status === 429 && typeof error.retryAfter === 'number') {
      locked = error.retryAfter > 0;
      if (locked) lockForm(error.retryAfter);
    }
  }
  if (!locked) setFormBusy(form, false);
});

async function checkSetup() {
  try {
    const data = await api('/api/setup');
    byId('setup-notice').hidden = data.needed !== true;
  } catch {
    // The notice is only a hint; logging in still works (or shows its own error).
  }
}

void checkSetup();
usernameInput.focus();
