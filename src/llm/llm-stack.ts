import type { Clock } from '../clock.js';
import type { LlmConfig, SearchConfig } from '../config-llm.js';
import { createPerplexitySearch, type SearchProvider } from '../search/perplexity.js';
import { createAnthropicProvider } from './anthropic-provider.js';
import { createBedrockProvider } from './bedrock-provider.js';
import { type CircuitBreaker, createCircuitBreaker, withCircuitBreaker } from './circuit-breaker.js';
import { createModelPolicy, type ModelPolicy, withModelPolicy } from './model-policy.js';
import { createOfflineProvider } from './offline/index.js';
import { createOpenAiProvider } from './openai-provider.js';
import type { LlmProvider } from './provider.js';
import { isProviderFault, withProviderErrors } from './provider-errors.js';
import { createProviderHealth, type HealthProbe, type ProviderHealth } from './provider-health.js';

/** The language model as the agents use it, with its policy, breaker and health. */
export interface LlmStack {
  /** Policy-checked on every call; remote ones also behind a circuit breaker and error mapping. */
  readonly provider: LlmProvider;
  readonly policy: ModelPolicy;
  readonly breaker: CircuitBreaker;
  readonly search: SearchProvider | undefined;
  readonly health: ProviderHealth;
}

/** The configured remote provider, unwrapped; the offline one when none is configured. */
function baseProvider(config: LlmConfig, timeoutMs: number): LlmProvider {
  switch (config.provider) {
    case 'openai':
      return createOpenAiProvider({ ...config.openai, model: config.model, timeoutMs });
    case 'anthropic':
      return createAnthropicProvider({
        baseUrl: config.anthropic.baseUrl,
        apiKey: config.anthropic.apiKey ?? '',
        model: config.model,
        timeoutMs,
      });
    case 'bedrock':
      return createBedrockProvider({
        region: config.bedrock.region ?? '',
        ...(config.bedrock.endpoint ? { endpoint: config.bedrock.endpoint } : {}),
        modelId: config.model,
        timeoutMs,
      });
    default:
      return createOfflineProvider();
  }
}

/**
 * Builds the provider chain once at start-up: policy → circuit breaker → error mapping → SDK. The
 * policy sits outside the breaker so a refused model never counts as a provider failure. A test may
 * pass its own `provider` (it then gets the policy, but no breaker or error mapping).
 */
export function createLlmStack(
  deps: {
    clock: Clock;
    provider?: LlmProvider | undefined;
    onPolicyDenied: (denial: { code: string; model: string | undefined; maxTokens: number }) => void;
  },
  config: { llm: LlmConfig; search: SearchConfig; agentTimeoutMs: number },
): LlmStack {
  const { llm } = config;
  const breaker = createCircuitBreaker({ clock: deps.clock });
  let inner: LlmProvider;
  if (deps.provider) inner = deps.provider;
  else if (llm.provider === 'offline') inner = createOfflineProvider();
  else {
    const remote = withProviderErrors(baseProvider(llm, config.agentTimeoutMs));
    inner = withCircuitBreaker(remote, breaker, isProviderFault);
  }
  const policy = createModelPolicy({
    defaultModel: deps.provider ? deps.provider.model : llm.model,
    allowedModels: deps.provider ? [deps.provider.model, ...llm.allowedModels] : llm.allowedModels,
    defaultMaxTokens: llm.maxTokens,
  });
  const search =
    config.search.provider === 'perplexity'
      ? createPerplexitySearch({
          baseUrl: config.search.baseUrl,
          apiKey: config.search.apiKey ?? '',
          model: config.search.model,
        })
      : undefined;
  const remote = (name: string): HealthProbe => ({
    name,
    check: llm.provider === name && !deps.provider ? inner.check?.bind(inner) : undefined,
    isFailing: () => breaker.state() === 'open',
  });
  const health = createProviderHealth({ clock: deps.clock }, [
    { name: 'offline', check: llm.provider === 'offline' && !deps.provider ? async () => {} : undefined },
    remote('openai'),
    remote('anthropic'),
    remote('bedrock'),
    { name: 'perplexity', check: search?.check.bind(search) },
  ]);
  return { provider: withModelPolicy(inner, policy, deps.onPolicyDenied), policy, breaker, search, health };
}
