import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../errors.js';
import type { SecurityLog } from '../security/events.js';
import { UnreadableValueError } from '../security/keyring.js';
import { isDatabaseUnavailable } from '../store/errors.js';
import { clientInfo } from './auth-hooks.js';
import { describeIssues } from './validation.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_INVALID_TYPE: 'invalid_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** The sealed value that failed to open, when that is what went wrong (possibly wrapped as a cause). */
function unreadableValueIn(error: unknown): UnreadableValueError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof UnreadableValueError) return e;
  }
  return undefined;
}

/** Turns any thrown error into the catalogue's code and client-safe text. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const context = (error as { validationContext?: string }).validationContext;
    return new AppError('validation_failed', describeIssues(context, error.issues), { cause: error });
  }
  if (isDatabaseUnavailable(error)) return new AppError('service_unavailable', undefined, { cause: error });
  if (unreadableValueIn(error)) return new AppError('stored_data_unreadable', undefined, { cause: error });
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, undefined, { cause: error });
  // JSON syntax errors and prototype-poisoning rejections from the body parser.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new AppError('invalid_request', 'The request body is not valid JSON.', { cause: error });
  }
  const status = fastifyError.statusCode;
  if (status === 404) return new AppError('not_found', undefined, { cause: error });
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('invalid_request', undefined, { cause: error });
  }
  return new AppError('internal_error', undefined, { cause: error });
}

/** Writes the one error shape every failure uses. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(error.status).send({
    error: error.code,
    message: error.message,
    status: 'error',
    request_id: request.id,
  });
}

const REJECTED_INPUT = new Set<ErrorCode>([
  'invalid_request',
  'validation_failed',
  'unsupported_media_type',
  'payload_too_large',
]);

/** Installs the error and not-found handlers; unknown errors are logged with their stack, never sent. */
export function installErrorHandling(
  app: FastifyInstance,
  log: SecurityLog,
  onDenial?: (code: ErrorCode) => void,
): void {
  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    onDenial?.(appError.code);
    if (REJECTED_INPUT.has(appError.code)) {
      // Malformed or out-of-shape input is a signal worth keeping (the intrusion layer scores it).
      await log.record({
        type: 'input_rejected',
        severity: 'info',
        userId: request.principal?.userId ?? null,
        client: clientInfo(request),
        detail: { code: appError.code, route: request.routeOptions.url ?? null, method: request.method },
      });
    }
    const unreadable = unreadableValueIn(error);
    if (unreadable) {
      // Tampering, a value moved between rows, or a key taken away: where and why, never the value.
      await log.record({
        type: 'stored_value_unreadable',
        severity: 'critical',
        userId: request.principal?.userId ?? null,
        client: clientInfo(request),
        detail: { reason: unreadable.reason, place: unreadable.context, key_id: unreadable.keyId },
      });
    }
    if (appError.code === 'internal_error') {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError.code === 'service_unavailable') {
      request.log.warn({ err: error }, 'dependency unavailable');
    } else {
      request.log.info({ code: appError.code }, 'request rejected');
    }
    return sendError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not_found')));
}
