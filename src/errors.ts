/**
 * The one catalogue of stable error codes. A code is never renamed once shipped; its HTTP status is
 * derived from the code, so no call site can pair a code with the wrong status.
 */
export const ERROR_CATALOGUE = {
  invalid_request: { status: 400, message: 'The request could not be read.' },
  validation_failed: { status: 400, message: 'The request did not match the expected shape.' },
  authentication_required: { status: 401, message: 'Sign in, or send a valid API key.' },
  invalid_credentials: { status: 401, message: 'The username or password is incorrect.' },
  forbidden: { status: 403, message: 'You do not have permission to do this.' },
  request_blocked: { status: 403, message: 'This request is not allowed.' },
  ip_blocked: { status: 403, message: 'Access from your address is temporarily blocked.' },
  user_blocked: { status: 403, message: 'This account is temporarily blocked.' },
  csrf_failed: {
    status: 403,
    message: 'The request failed its cross-site request forgery check. Reload and try again.',
  },
  model_not_allowed: { status: 403, message: 'That model is not allowed on this server.' },
  max_tokens_too_large: {
    status: 400,
    message: 'max_tokens is outside the allowed range (1 to the server cap, at most 4000).',
  },
  role_not_allowed: {
    status: 400,
    message: 'Only user and assistant messages are accepted; the system prompt is set by the server.',
  },
  prompt_rejected: {
    status: 422,
    message:
      'This message looks like an attempt to override the assistant’s instructions, so it was not sent.',
  },
  conflict: { status: 409, message: 'The request conflicts with the current state.' },
  rate_limited: { status: 429, message: 'Too many attempts. Try again later.' },
  not_found: { status: 404, message: 'The requested resource does not exist.' },
  unsupported_media_type: { status: 415, message: 'The request body must be application/json.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  internal_error: { status: 500, message: 'An internal error occurred.' },
  stored_data_unreadable: {
    status: 500,
    message: 'Stored data could not be read. An administrator has been alerted.',
  },
  service_unavailable: {
    status: 503,
    message: 'A service the request needs is unavailable. Try again later.',
  },
  llm_unavailable: {
    status: 503,
    message: 'The language model is unavailable. Your message was kept; try again later.',
  },
  locked_down: {
    status: 503,
    message: 'The service is in lockdown; only administrators can use it. Try again later.',
  },
  processing_timeout: { status: 504, message: 'The request took too long to process.' },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error that carries a catalogue code; its message is safe to show to clients. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe, structured detail for the client (for example which fields failed validation). */
  readonly details: unknown;
  /** For `rate_limited`: seconds the client should wait (sent as Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { details?: unknown; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message ?? ERROR_CATALOGUE[code].message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options?.details;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** Returns whether a value is one of the catalogue's codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}

/** An error whose message tells an operator all they need (what is wrong and the fix): shown without a stack. */
export class OperatorError extends Error {}
