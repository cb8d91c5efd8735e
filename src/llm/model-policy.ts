import { AppError } from '../errors.js';
import type { LlmProvider } from './provider.js';

/** The hard ceiling on output tokens per model call; no option raises it. */
export const MAX_TOKENS_HARD_CAP = 4000;

/** Model policy options. */
export interface ModelPolicyOptions {
  /** The model used when a request names none. */
  readonly defaultModel: string;
  /** Models a request or an agent may ask for. @default [defaultModel] */
  readonly allowedModels?: readonly string[];
  /** Output tokens per call when the client names no limit. @default 1000 */
  readonly defaultMaxTokens?: number;
  /** Largest `max_tokens` a client may ask for. @default 4000 (never more) */
  readonly maxTokensCap?: number;
}

/** What a client asked for (all optional). */
export interface ModelAsk {
  readonly model?: string | undefined;
  readonly maxTokens?: number | undefined;
}

/** The policy's answer to an ask: what to use, or why not. */
export type ModelDecision =
  | { readonly allowed: true; readonly model: string; readonly maxTokens: number }
  | {
      readonly allowed: false;
      readonly code: 'model_not_allowed' | 'max_tokens_too_large';
      readonly reason: string;
    };

/** The model allow-list and token caps, checked for clients and again on every model call. */
export interface ModelPolicy {
  readonly defaultModel: string;
  readonly allowedModels: readonly string[];
  readonly defaultMaxTokens: number;
  readonly maxTokensCap: number;
  decide(ask: ModelAsk): ModelDecision;
}

/** Builds the policy; throws at start-up on options that would make it meaningless. */
export function createModelPolicy(options: ModelPolicyOptions): ModelPolicy {
  const allowedModels = Object.freeze([...(options.allowedModels ?? [options.defaultModel])]);
  const defaultMaxTokens = options.defaultMaxTokens ?? 1000;
  const maxTokensCap = options.maxTokensCap ?? MAX_TOKENS_HARD_CAP;
  if (!options.defaultModel) throw new Error('Model policy: defaultModel is required');
  if (!allowedModels.includes(options.defaultModel)) {
    throw new Error(`Model policy: the default model ${options.defaultModel} must be on the allow-list`);
  }
  if (!Number.isInteger(maxTokensCap) || maxTokensCap < 1 || maxTokensCap > MAX_TOKENS_HARD_CAP) {
    throw new Error(`Model policy: maxTokensCap must be an integer from 1 to ${MAX_TOKENS_HARD_CAP}`);
  }
  if (!Number.isInteger(defaultMaxTokens) || defaultMaxTokens < 1 || defaultMaxTokens > maxTokensCap) {
    throw new Error('Model policy: defaultMaxTokens must be an integer from 1 to maxTokensCap');
  }
  const allowed = new Set(allowedModels);
  return {
    defaultModel: options.defaultModel,
    allowedModels,
    defaultMaxTokens,
    maxTokensCap,
    decide(ask) {
      const model = ask.model ?? options.defaultModel;
      if (!allowed.has(model)) {
        return { allowed: false, code: 'model_not_allowed', reason: 'model outside the allow-list' };
      }
      const maxTokens = ask.maxTokens ?? defaultMaxTokens;
      if (!Number.isInteger(maxTokens) || maxTokens < 1 || maxTokens > maxTokensCap) {
        return {
          allowed: false,
          code: 'max_tokens_too_large',
          reason: `max_tokens outside 1..${maxTokensCap}`,
        };
      }
      return { allowed: true, model, maxTokens };
    },
  };
}

/**
 * Enforces the policy on every call the provider makes, whoever asks (a client, an agent, a bug):
 * a model outside the allow-list never reaches the provider, and no call asks for more than the cap.
 * `onDenied` records the precise reason; the caller only sees the stable code.
 */
export function withModelPolicy(
  provider: LlmProvider,
  policy: ModelPolicy,
  onDenied: (denial: { code: string; model: string | undefined; maxTokens: number }) => void,
): LlmProvider {
  function check<R extends { model?: string | undefined; maxTokens: number }>(request: R): R {
    const decision = policy.decide({ model: request.model, maxTokens: request.maxTokens });
    if (!decision.allowed) {
      onDenied({ code: decision.code, model: request.model, maxTokens: request.maxTokens });
      throw new AppError(decision.code);
    }
    return { ...request, model: decision.model, maxTokens: decision.maxTokens };
  }
  return {
    name: provider.name,
    model: provider.model,
    ...(provider.check ? { check: provider.check.bind(provider) } : {}),
    complete: (request) => {
      try {
        return provider.complete(check(request));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    stream: (request) => provider.stream(check(request)),
  };
}
