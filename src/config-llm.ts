import { z } from 'zod';
import { commaList, integerIn, urlWithProtocols } from './config-fields.js';

/** Bedrock's model when `BEDROCK_MODEL_ID` is unset. */
export const DEFAULT_BEDROCK_MODEL_ID = 'anthropic.claude-3-5-sonnet-20241022-v2:0';
/** Anthropic's model when `ANTHROPIC_MODEL` is unset. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';
/** The offline provider's model name. */
export const OFFLINE_MODEL = 'offline-rules';

const http = ['http:', 'https:'];
const modelName = z.string().max(200);

/** The language-model and web-search variables (part of the one environment schema). */
export const LLM_ENV_SHAPE = {
  LLM_PROVIDER: z
    .enum(['offline', 'openai', 'anthropic', 'bedrock'], {
      message: 'set LLM_PROVIDER to offline, openai, anthropic or bedrock',
    })
    .default('offline'),
  OPENAI_BASE_URL: urlWithProtocols(
    http,
    'set OPENAI_BASE_URL to the server, e.g. http://127.0.0.1:11434/v1 for Ollama',
  ).default('https://api.openai.com/v1'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: modelName.optional(),
  ANTHROPIC_BASE_URL: urlWithProtocols(http, 'set ANTHROPIC_BASE_URL to an http(s) URL').default(
    'https://api.anthropic.com',
  ),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_MODEL: modelName.default(DEFAULT_ANTHROPIC_MODEL),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'set AWS_REGION to a region such as us-east-1' })
    .optional(),
  BEDROCK_ENDPOINT_URL: urlWithProtocols(http, 'set BEDROCK_ENDPOINT_URL to an http(s) URL').optional(),
  BEDROCK_MODEL_ID: modelName.default(DEFAULT_BEDROCK_MODEL_ID),
  LLM_ALLOWED_MODELS: commaList().optional(),
  LLM_MAX_TOKENS: integerIn(1, 4000, 'set LLM_MAX_TOKENS to output tokens per call, 1 to 4000').default(1000),
  LLM_TOKEN_BUDGET_PER_TURN: integerIn(
    1000,
    1_000_000,
    'set LLM_TOKEN_BUDGET_PER_TURN to the tokens one chat turn may spend (1000 to 1000000)',
  ).default(32_000),
  MAX_AGENT_ITERATIONS: integerIn(
    1,
    50,
    'set MAX_AGENT_ITERATIONS to the model calls one agent may make per turn (1 to 50)',
  ).default(10),
  PERPLEXITY_API_KEY: z.string().optional(),
  PERPLEXITY_BASE_URL: urlWithProtocols(http, 'set PERPLEXITY_BASE_URL to an http(s) URL').default(
    'https://api.perplexity.ai',
  ),
  PERPLEXITY_MODEL: z
    .enum(['sonar', 'sonar-pro', 'sonar-reasoning', 'sonar-reasoning-pro', 'sonar-deep-research'], {
      message: 'set PERPLEXITY_MODEL to a sonar model: sonar, sonar-pro, sonar-reasoning, …',
    })
    .default('sonar'),
  SEARCH_RATE_LIMIT_PER_MINUTE: integerIn(
    1,
    10_000,
    'set SEARCH_RATE_LIMIT_PER_MINUTE to searches per minute for the whole deployment',
  ).default(60),
};

type LlmEnv = z.output<z.ZodObject<typeof LLM_ENV_SHAPE>>;

/** The language model and its policy. Keys are never logged. */
export interface LlmConfig {
  readonly provider: 'offline' | 'openai' | 'anthropic' | 'bedrock';
  /** The configured model: used when a request names none, and the allow-list's default. */
  readonly model: string;
  readonly allowedModels: readonly string[];
  readonly maxTokens: number;
  readonly tokenBudgetPerTurn: number;
  readonly maxAgentIterations: number;
  readonly openai: { readonly baseUrl: string; readonly apiKey: string | undefined };
  readonly anthropic: { readonly baseUrl: string; readonly apiKey: string | undefined };
  /** Credentials come from the AWS chain (environment, profile, IAM role), never from here. */
  readonly bedrock: { readonly region: string | undefined; readonly endpoint: string | undefined };
}

/** Web search: Perplexity when a key is set, otherwise none. */
export interface SearchConfig {
  readonly provider: 'none' | 'perplexity';
  readonly apiKey: string | undefined;
  readonly baseUrl: string;
  readonly model: string;
  readonly perMinute: number;
}

function modelOf(v: LlmEnv): string {
  switch (v.LLM_PROVIDER) {
    case 'openai':
      return v.OPENAI_MODEL ?? '';
    case 'anthropic':
      return v.ANTHROPIC_MODEL;
    case 'bedrock':
      return v.BEDROCK_MODEL_ID;
    default:
      return OFFLINE_MODEL;
  }
}

/** Builds the LLM and search settings, adding what is wrong to `problems`. */
export function llmConfigFrom(
  v: LlmEnv,
  problems: { variable: string; fix: string }[],
): { llm: LlmConfig; search: SearchConfig } {
  if (v.LLM_PROVIDER === 'openai' && !v.OPENAI_MODEL) {
    problems.push({
      variable: 'OPENAI_MODEL',
      fix: 'LLM_PROVIDER=openai needs the model name, e.g. gpt-4o-mini or llama3.1:8b',
    });
  }
  if (v.LLM_PROVIDER === 'anthropic' && !v.ANTHROPIC_API_KEY) {
    problems.push({ variable: 'ANTHROPIC_API_KEY', fix: 'LLM_PROVIDER=anthropic needs the API key' });
  }
  if (v.LLM_PROVIDER === 'bedrock' && !v.AWS_REGION) {
    problems.push({ variable: 'AWS_REGION', fix: 'LLM_PROVIDER=bedrock needs the region, e.g. us-east-1' });
  }
  const model = modelOf(v);
  const allowedModels = v.LLM_ALLOWED_MODELS ?? [model];
  if (v.LLM_ALLOWED_MODELS && !allowedModels.includes(model)) {
    problems.push({
      variable: 'LLM_ALLOWED_MODELS',
      fix: `include the configured model (${model}) in the list`,
    });
  }
  return {
    llm: Object.freeze({
      provider: v.LLM_PROVIDER,
      model,
      allowedModels: Object.freeze(allowedModels),
      maxTokens: v.LLM_MAX_TOKENS,
      tokenBudgetPerTurn: v.LLM_TOKEN_BUDGET_PER_TURN,
      maxAgentIterations: v.MAX_AGENT_ITERATIONS,
      openai: Object.freeze({ baseUrl: v.OPENAI_BASE_URL, apiKey: v.OPENAI_API_KEY }),
      anthropic: Object.freeze({ baseUrl: v.ANTHROPIC_BASE_URL, apiKey: v.ANTHROPIC_API_KEY }),
      bedrock: Object.freeze({ region: v.AWS_REGION, endpoint: v.BEDROCK_ENDPOINT_URL }),
    }),
    search: Object.freeze({
      provider: v.PERPLEXITY_API_KEY ? 'perplexity' : 'none',
      apiKey: v.PERPLEXITY_API_KEY,
      baseUrl: v.PERPLEXITY_BASE_URL,
      model: v.PERPLEXITY_MODEL,
      perMinute: v.SEARCH_RATE_LIMIT_PER_MINUTE,
    }),
  };
}
