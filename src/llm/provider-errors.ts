import { AppError } from '../errors.js';
import type { LlmProvider, LlmRequest } from './provider.js';

/** The HTTP status a provider answered with, read from the OpenAI, Anthropic or AWS SDK error. */
function statusOf(error: unknown): number | undefined {
  const candidate = error as { status?: unknown; $metadata?: { httpStatusCode?: unknown } } | undefined;
  if (typeof candidate?.status === 'number') return candidate.status;
  const aws = candidate?.$metadata?.httpStatusCode;
  return typeof aws === 'number' ? aws : undefined;
}

/**
 * Whether a failed call says the provider is unwell (5xx, 408, 429, no connection, a broken or
 * hanging answer), rather than that this one request was refused (another 4xx): only the first kind
 * should open the circuit for everybody.
 */
export function isProviderFault(error: unknown): boolean {
  // Our own llm_unavailable carries a status too (503): the provider's answer is on its cause.
  const status = error instanceof AppError ? statusOf(error.cause) : statusOf(error);
  if (status === undefined) return true;
  return status >= 500 || status === 408 || status === 429;
}

function unavailable(error: unknown, request: LlmRequest): unknown {
  // The turn's deadline aborts the call: the chat service turns that into processing_timeout.
  if (request.signal?.aborted || error instanceof AppError) return error;
  return new AppError('llm_unavailable', undefined, { cause: error });
}

/**
 * A remote provider whose failures (refused, 5xx after retries, garbage, a stream cut short) become
 * 503 `llm_unavailable`; the precise cause stays on the error for the log, never in the answer.
 */
export function withProviderErrors(provider: LlmProvider): LlmProvider {
  return {
    name: provider.name,
    model: provider.model,
    ...(provider.check ? { check: provider.check.bind(provider) } : {}),
    async complete(request) {
      try {
        return await provider.complete(request);
      } catch (error) {
        throw unavailable(error, request);
      }
    },
    async *stream(request) {
      try {
        yield* provider.stream(request);
      } catch (error) {
        throw unavailable(error, request);
      }
    },
  };
}
