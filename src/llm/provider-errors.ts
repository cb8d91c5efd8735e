import { AppError } from '../errors.js';
import type { LlmProvider, LlmRequest } from './provider.js';

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
