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
    expect(loadConfig({}).llm).toEqual({ provider: 'offline' });
    expect(() => loadConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_MODEL/);
    expect(() => loadConfig({ LLM_PROVIDER: 'bedrock' })).toThrow(/LLM_PROVIDER/);
    expect(loadConfig({ LLM_PROVIDER: 'openai', OPENAI_MODEL: 'llama3.1:8b' }).llm).toEqual({
      provider: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      apiKey: undefined,
      model: 'llama3.1:8b',
    });
  });
});
