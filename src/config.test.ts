import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      redisUrl: undefined,
      nodeEnv: 'development',
      logLevel: 'info',
      agentTimeoutMs: 30_000,
    });
    expect(config.dataDir.endsWith('data')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('reports every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', TIMEZONE: 'Mars/Base' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'TIMEZONE']);
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '3000abc'],
    ['REDIS_URL', 'http://localhost'],
    ['NODE_ENV', 'staging'],
    ['AGENT_TIMEOUT_MS', '5'],
  ])('rejects %s=%s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
  });

  it('accepts PostgreSQL and Redis URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config.databaseUrl).toBe('postgres://u@127.0.0.1:5432/test');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('requires ENCRYPTION_KEYS in production, and says how to make one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ENCRYPTION_KEYS.*openssl rand -base64 32/);
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEYS: `k2:${key},k1:${key}` });
    expect(config.encryptionKeys?.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(loadConfig({}).encryptionKeys).toBeUndefined();
  });

  it('names the bad entry of ENCRYPTION_KEYS without echoing the key', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    try {
      loadConfig({ ENCRYPTION_KEYS: `k1:${short}` });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        { variable: 'ENCRYPTION_KEYS', fix: expect.stringContaining('key "k1": must be 32 bytes') },
      ]);
      expect((error as Error).message).not.toContain(short);
    }
  });

  it('needs a model name for an OpenAI-compatible server, and keeps the offline default', () => {
    expect(loadConfig({}).llm).toMatchObject({
      provider: 'offline',
      model: 'offline-rules',
      allowedModels: ['offline-rules'],
      maxTokens: 1000,
      tokenBudgetPerTurn: 32_000,
      maxAgentIterations: 10,
    });
    expect(() => loadConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_MODEL/);
    expect(() => loadConfig({ LLM_PROVIDER: 'gemini' })).toThrow(/LLM_PROVIDER/);
    expect(loadConfig({ LLM_PROVIDER: 'openai', OPENAI_MODEL: 'llama3.1:8b' }).llm).toMatchObject({
      provider: 'openai',
      model: 'llama3.1:8b',
      openai: { baseUrl: 'https://api.openai.com/v1', apiKey: undefined },
    });
  });

  it('defaults Bedrock to Claude 3.5 Sonnet v2 and needs its region; Anthropic needs its key', () => {
    expect(loadConfig({ LLM_PROVIDER: 'bedrock', AWS_REGION: 'eu-central-1' }).llm).toMatchObject({
      model: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
      bedrock: { region: 'eu-central-1', endpoint: undefined },
    });
    expect(() => loadConfig({ LLM_PROVIDER: 'bedrock' })).toThrow(/AWS_REGION/);
    expect(() => loadConfig({ LLM_PROVIDER: 'anthropic' })).toThrow(/ANTHROPIC_API_KEY/);
  });

  it.each([
    [{ LLM_MAX_TOKENS: '4001' }, /LLM_MAX_TOKENS/],
    [{ LLM_MAX_TOKENS: '0' }, /LLM_MAX_TOKENS/],
    [{ MAX_AGENT_ITERATIONS: '0' }, /MAX_AGENT_ITERATIONS/],
    [{ LLM_TOKEN_BUDGET_PER_TURN: '10' }, /LLM_TOKEN_BUDGET_PER_TURN/],
    [{ LLM_ALLOWED_MODELS: 'gpt-4o' }, /LLM_ALLOWED_MODELS/],
    [{ AWS_REGION: 'mars' }, /AWS_REGION/],
    [{ PERPLEXITY_MODEL: 'gpt-4o' }, /PERPLEXITY_MODEL/],
    [{ SEARCH_RATE_LIMIT_PER_MINUTE: '0' }, /SEARCH_RATE_LIMIT_PER_MINUTE/],
  ])('rejects %j at start-up', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('turns web search on with a Perplexity key, 60 searches a minute by default', () => {
    expect(loadConfig({}).search.provider).toBe('none');
    expect(loadConfig({ PERPLEXITY_API_KEY: 'pplx-x' }).search).toMatchObject({
      provider: 'perplexity',
      baseUrl: 'https://api.perplexity.ai',
      model: 'sonar',
      perMinute: 60,
    });
  });
});
