// The JSON API client: fetch plus the error handling every call shares, the CSRF token sent with every
// unsafe request, and the hook a page uses to react to a lost login (HTTP 401).

/** An error whose message is safe to show (the server's `message`, or one written here). */
export class ApiError extends Error {
  /** `status` is the HTTP status (0 if none); `retryAfter` the Retry-After header in seconds, or null. */
  constructor(message, code, requestId, { status = 0, retryAfter = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** The session's CSRF token; kept in memory only (never in storage), from the login or /api/auth/me. */
let csrfToken = null;
/** Called with the ApiError when a request fails because the login is gone (see setUnauthorizedHandler). */
let unauthorizedHandler = null;

export function setCsrfToken(token) {
  csrfToken = typeof token === 'string' && token !== '' ? token : null;
}

/**
 * Sets what happens when a request gets HTTP 401 (for example: go to the login page). Not called for
 * `invalid_credentials`, which is a wrong password typed into a form, not a lost login.
 */
export function setUnauthorizedHandler(handler) {
  unauthorizedHandler = typeof handler === 'function' ? handler : null;
}

/** The browser's IANA time zone, so "tomorrow at 2 PM" means the user's local time. */
export function browserTimeZone() {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function parseRetryAfter(value) {
  if (value === null || value === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Calls the JSON API; throws an ApiError carrying the server's safe message on failure. */
export async function api(path, { method = 'GET', body } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (!SAFE_METHODS.has(method.toUpperCase()) && csrfToken !== null) init.headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.', 'network_error');
  }
  let data = null;
  try {
    const text = await response.text();
    data = text === '' ? null : JSON.parse(text);
  } catch {
    data = null;
  }
  const isObject = data !== null && typeof data === 'object';
  if (!response.ok || (isObject && data.status === 'error')) {
    const message =
      isObject && typeof data.message === 'string' && data.message !== ''
        ? data.message
        : `The request failed (HTTP ${response.status}).`;
    const error = new ApiError(
      message,
      isObject ? data.error : undefined,
      isObject ? data.request_id : undefined,
      { status: response.status, retryAfter: parseRetryAfter(response.headers.get('Retry-After')) },
    );
    if (response.status === 401 && error.code !== 'invalid_credentials' && unauthorizedHandler !== null) {
      unauthorizedHandler(error);
    }
    throw error;
  }
  if (!isObject) throw new ApiError('The server sent a response that could not be read.', 'invalid_response');
  return data;
}
