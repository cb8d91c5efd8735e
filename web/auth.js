// Who is logged in: loading /api/auth/me (and the CSRF token with it), sending the user to the login page
// and back, logging out, and the user bar (name, role, page links, Log out) every signed-in page shows.

import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api.js';
import { byId, clearStatus, el, errorText, setStatus } from './ui.js';

export const LOGIN_PATH = '/login.html';
const AUTH_PAGES = new Set([LOGIN_PATH, '/setup.html']);

/** Set once the page is navigating away to log in or out, so nothing else starts or redirects. */
let leaving = false;

export function isLeaving() {
  return leaving;
}

/** A backslash or control character, which URL parsing would turn into "/" or drop. */
function hasUnsafeCharacter(raw) {
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/**
 * `raw` as a same-origin path ("/", "/account.html#keys"), or "/" if it is anything else: an absolute or
 * protocol-relative URL, a backslash or control character trick, or one of the login/setup pages.
 */
export function safeNextPath(raw) {
  if (typeof raw !== 'string' || raw === '' || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || hasUnsafeCharacter(raw)) return '/';
  let url;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return '/';
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  const sameOrigin = url.origin === window.location.origin && !path.startsWith('//');
  return sameOrigin && !AUTH_PAGES.has(url.pathname) ? path : '/';
}

/** The login page's URL, returning to `next` (a same-origin path) afterwards. */
export function loginUrl(next) {
  const path = safeNextPath(next);
  if (path === '/' && next === undefined) return LOGIN_PATH;
  // "/" is allowed unencoded in a query, and keeps the URL readable.
  return `${LOGIN_PATH}?next=${encodeURIComponent(path).replace(/%2F/g, '/')}`;
}

/** Navigates to a validated same-origin path. */
export function goTo(path) {
  leaving = true;
  window.location.replace(new URL(safeNextPath(path), window.location.origin).href);
}

/** Sends the user to the login page, to come back to this page afterwards. */
export function goToLogin() {
  if (leaving) return;
  leaving = true;
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  window.location.replace(loginUrl(here));
}

/** The user as /api/auth/me describes them: { user: {id, username, role}, permissions: string[] }. */
function normalizeMe(data) {
  const user = data && typeof data.user === 'object' && data.user !== null ? data.user : {};
  return {
    user: {
      id: user.id,
      username: typeof user.username === 'string' ? user.username : '',
      role: typeof user.role === 'string' ? user.role : '',
    },
    permissions: Array.isArray(data?.permissions)
      ? data.permissions.filter((p) => typeof p === 'string')
      : [],
  };
}

/**
 * For pages that need a login: from now on any 401 sends the user to the login page. Resolves the user,
 * or null when not logged in (the browser is already on its way to the login page).
 */
export async function requireLogin() {
  setUnauthorizedHandler(goToLogin);
  try {
    const data = await api('/api/auth/me');
    setCsrfToken(data.csrf_token);
    return normalizeMe(data);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function hasPermission(me, permission) {
  return Boolean(me) && me.permissions.includes(permission);
}

export function canAdmin(me) {
  return hasPermission(me, 'users:manage') || hasPermission(me, 'security:read');
}

/** Ends this session (or, with `everywhere`, all of mine) and goes to the login page. */
export async function logout({ everywhere = false, beforeLeave } = {}) {
  try {
    await api(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', { method: 'POST' });
  } catch (error) {
    // Already logged out is as good as logged out.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  leaving = true;
  setCsrfToken(null);
  beforeLeave?.();
  window.location.replace(LOGIN_PATH);
}

const PAGES = [
  { path: '/', label: 'Chat', show: () => true },
  { path: '/account.html', label: 'Account', show: () => true },
  { path: '/admin.html', label: 'Admin', show: canAdmin },
];

/**
 * Fills `container` (the page's user bar) with who is logged in, links to the other pages and a Log out
 * button. `current` is this page's path; `beforeLeave` runs just before leaving after logging out.
 */
export function renderUserBar(container, me, { current, beforeLeave } = {}) {
  const who = el('p', 'user-bar__who');
  who.append(el('span', 'user-bar__name', me.user.username));
  who.append(document.createTextNode(' '));
  who.append(el('span', 'badge', me.user.role));

  const nav = el('nav', 'user-bar__nav');
  nav.setAttribute('aria-label', 'Pages');
  for (const page of PAGES) {
    if (page.path === current || !page.show(me)) continue;
    const link = el('a', 'user-bar__link', page.label);
    link.href = page.path;
    nav.append(link);
  }

  const status = el('p', 'user-bar__error');
  status.setAttribute('role', 'alert');
  status.hidden = true;
  const logoutButton = el('button', 'button user-bar__logout', 'Log out');
  logoutButton.type = 'button';
  logoutButton.addEventListener('click', async () => {
    logoutButton.disabled = true;
    clearStatus(status);
    try {
      await logout({ beforeLeave });
    } catch (error) {
      setStatus(status, errorText(error), 'error');
      logoutButton.disabled = false;
    }
  });

  container.replaceChildren(who, nav, logoutButton, status);
  container.hidden = false;
}

/** Boot for the account and admin pages: the login check, then the user bar in #user-bar. */
export async function startSignedInPage(current) {
  const me = await requireLogin();
  if (me === null) return null;
  renderUserBar(byId('user-bar'), me, { current });
  return me;
}
