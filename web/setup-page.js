// The first-run setup page: creates the first (administrator) account with the one-time token from the
// setup link the server printed. The token is read from the URL fragment (#token=…), which browsers never
// send to a server, and is removed from the address bar at once; it is never read from the query string.

import { ApiError, api, setCsrfToken } from './api.js';
import { goTo } from './auth.js';
import { clearInvalid, fieldValue, handleSubmit, passwordProblem, setFormBusy, setInvalid } from './forms.js';
import { byId, clearStatus, errorText, setStatus } from './ui.js';

const main = document.querySelector('main');
const form = byId('setup-form');
const tokenField = byId('token-field');
const tokenInput = byId('token');
const status = byId('form-status');

/** Takes the token out of the fragment and the fragment out of the address bar (and history entry). */
function takeTokenFromHash() {
  const hash = window.location.hash;
  if (hash === '') return '';
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  // Parsed by hand: URLSearchParams would turn a "+" in the token into a space.
  const match = /(?:^#|&)token=([^&]*)/.exec(hash);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]).trim();
  } catch {
    return '';
  }
}

const token = takeTokenFromHash();
tokenInput.value = token;

function showDone() {
  form.hidden = true;
  byId('setup-done').hidden = false;
}

function showTokenField() {
  tokenField.hidden = false;
}

function failureText(error) {
  if (error instanceof ApiError && error.code === 'invalid_credentials') {
    return 'The setup token is invalid or has expired. Use the newest setup link the server printed.';
  }
  return errorText(error);
}

handleSubmit(form, async () => {
  clearStatus(status);
  clearInvalid(form);
  const setupToken = fieldValue(form, 'token').trim();
  const username = fieldValue(form, 'username').trim();
  const password = fieldValue(form, 'password');
  const confirm = fieldValue(form, 'confirm');

  let problem = null;
  let field = null;
  if (setupToken === '') {
    showTokenField();
    [problem, field] = ['Enter the setup token.', tokenInput];
  } else if (username === '') {
    [problem, field] = ['Choose a username.', byId('username')];
  } else {
    problem = passwordProblem(password, confirm);
    field = problem !== null && passwordProblem(password) === null ? byId('confirm') : byId('password');
  }
  if (problem !== null) {
    setInvalid(field, true);
    setStatus(status, problem, 'error');
    field.focus();
    return;
  }

  setFormBusy(form, true);
  try {
    const data = await api('/api/setup', { method: 'POST', body: { token: setupToken, username, password } });
    setCsrfToken(data.csrf_token);
    goTo('/');
    return;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') {
      showDone();
      return;
    }
    setStatus(status, failureText(error), 'error');
    if (error instanceof ApiError && error.code === 'invalid_credentials') {
      showTokenField();
      setInvalid(tokenInput, true);
      tokenInput.focus();
    }
  }
  setFormBusy(form, false);
});

async function start() {
  try {
    const data = await api('/api/setup');
    if (data.needed === true) {
      form.hidden = false;
      if (token === '') showTokenField();
      (token === '' ? tokenInput : byId('username')).focus();
    } else {
      showDone();
    }
  } catch (error) {
    const line = byId('setup-error');
    setStatus(line, errorText(error), 'error');
  } finally {
    byId('setup-checking').hidden = true;
    main?.removeAttribute('aria-busy');
  }
}

void start();
