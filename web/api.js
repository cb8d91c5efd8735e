// The JSON API client: fetch plus the error handling every call shares.

/** An error whose message is safe to show (the server's `message`, or one written here). */
export class ApiError extends Error {
  constructor(message, code, requestId) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
  }
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

/** Calls the JSON API; throws an ApiError carrying the server's safe message on failure. */
export async function api(path, { method = 'GET', body } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
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
    throw new ApiError(message, isObject ? data.error : undefined, isObject ? data.request_id : undefined);
  }
  if (!isObject) throw new ApiError('The server sent a response that could not be read.', 'invalid_response');
  return data;
}
