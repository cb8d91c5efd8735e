import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../src/clock.js';
import { openAiEnv, startFakeOpenAi } from './helpers/fake-openai.js';
import { createTestApp, type TestUser } from './helpers/services.js';

describe('a model server that hangs or keeps failing', () => {
  let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  let operator: TestUser;
  beforeAll(async () => {
    fake = await startFakeOpenAi([]);
    t = await createTestApp({
      env: {
        ...openAiEnv(fake.url),
        AGENT_TIMEOUT_MS: '300',
      },
    });
    user = await t.createUser('user');
    operator = await t.createUser('operator');
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const chat = (message: string) =>
    t.app.inject({ method: 'POST', url: '/api/chat', headers: user.headers, payload: { message } });

  it('answers 504 processing_timeout at AGENT_TIMEOUT_MS when the server hangs, and keeps the message', async () => {
    fake.script.push({ hang: true });
    const started = performance.now();
    const response = await chat('are you there?');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.statusCode).toBe(504);
    expect(response.json().error).toBe('processing_timeout');
    const [session] = await t.services.store.chat.listSessions(user.userId);
    expect(session).toMatchObject({ title: 'are you there?', messageCount: 1 });
    expect(await t.services.store.workflow.latestRun({ sessionId: session?.id ?? '' })).toMatchObject({
      status: 'failed',
      error_code: 'processing_timeout',
    });
  });

  it('does not count a refusal of one request (400) against the provider', async () => {
    fake.script.push({ status: 400 });
    expect((await chat('too long for the model')).json().error).toBe('llm_unavailable');
    expect(t.services.llm.breaker.state()).toBe('closed');
  });

  it('opens the circuit after five failed calls: the next turn fails at once without reaching the server', async () => {
    for (let i = 0; i < 4; i++) {
      fake.script.push({ truncate: true });
      expect((await chat(`failure ${i}`)).json().error).toBe('llm_unavailable');
    }
    expect(t.services.llm.breaker.state()).toBe('closed');
    fake.script.push({ hang: true });
    expect((await chat('failure 5')).json().error).toBe('processing_timeout');
    expect(t.services.llm.breaker.state()).toBe('open');
    const sent = fake.requests.length;
    fake.script.push({ text: 'I am back.' });
    const response = await chat('still down?');
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toBe('llm_unavailable');
    expect(fake.requests.length).toBe(sent);

    const health = await t.app.inject({ method: 'GET', url: '/api/health', headers: operator.headers });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'degraded',
      services: { llm: { provider: 'openai', status: 'unavailable', circuit: 'open' } },
    });

    // Thirty seconds later one trial call goes through, succeeds, and closes the circuit.
    (t.services.clock as ManualClock).advance(30_000);
    const back = await chat('and now?');
    expect(back.statusCode).toBe(200);
    expect(back.json().response).toBe('I am back.');
    expect(t.services.llm.breaker.state()).toBe('closed');
  });
});
