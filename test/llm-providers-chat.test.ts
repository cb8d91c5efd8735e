import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unspotlight } from '../src/security/guard/spotlight.js';
import { startFakeAnthropic } from './helpers/fake-anthropic.js';
import { startFakeBedrock } from './helpers/fake-bedrock.js';
import { openAiEnv, startFakeOpenAi } from './helpers/fake-openai.js';
import { perplexityEnv, startFakePerplexity } from './helpers/fake-perplexity.js';
import { createTestApp, type TestUser } from './helpers/services.js';

/** The last message of a request a fake model server received. */
const lastMessageOf = (request: { body: Record<string, unknown> } | undefined) =>
  (request?.body.messages as { role: string; content: string }[] | undefined)?.at(-1);

// TEST_NOW is 2026-11-25T09:00Z.
const EVENT = { title: 'Call with Sam', starts_at: '2026-11-26T09:00:00Z', ends_at: '2026-11-26T10:00:00Z' };
const DAY = [new Date('2026-11-26T00:00:00Z'), new Date('2026-11-27T00:00:00Z')] as const;

type App = Awaited<ReturnType<typeof createTestApp>>;

async function bookThroughDelegation(t: App, user: TestUser) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: user.headers,
    payload: { message: 'book a call with Sam tomorrow at 9', context: { timezone: 'UTC' } },
  });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ response: 'Booked.', agent_type: 'calendar_agent' });
  const stored = await t.services.store.calendar.listOverlapping(user.userId, ...DAY);
  expect(stored.map((e) => e.title)).toEqual(['Call with Sam']);
}

describe('LLM_PROVIDER=anthropic against a local Messages API', () => {
  let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;
  let t: App;
  beforeAll(async () => {
    fake = await startFakeAnthropic([]);
    t = await createTestApp({
      env: { LLM_PROVIDER: 'anthropic', ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_API_KEY: 'sk-ant-test' },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('delegates to the calendar agent, which books the event', async () => {
    fake.script.push(
      {
        text: '',
        toolCalls: [{ name: 'delegate_to_calendar_agent', input: { request: 'book Sam tomorrow 9' } }],
      },
      { text: '', toolCalls: [{ name: 'create_event', input: EVENT }] },
      { text: 'Booked it.' },
      { text: 'Booked.' },
    );
    await bookThroughDelegation(t, await t.createUser('user'));
    for (const request of fake.requests) {
      expect(request.body).toMatchObject({ model: 'claude-sonnet-5-5', max_tokens: 1000 });
      expect(typeof request.body.system).toBe('string');
    }
  });

  it('reports the provider available from its model list, without a message call', async () => {
    const before = fake.requests.length;
    const operator = await t.createUser('operator');
    await t.app.inject({ method: 'GET', url: '/api/health', headers: operator.headers });
    await t.services.llm.health.settled();
    const health = (
      await t.app.inject({ method: 'GET', url: '/api/health', headers: operator.headers })
    ).json();
    expect(health).toMatchObject({
      status: 'healthy',
      services: {
        llm: { provider: 'anthropic', status: 'available' },
        providers: { anthropic: 'available' },
      },
    });
    expect(fake.requests.length).toBe(before);
  });
});

describe('LLM_PROVIDER=bedrock against a local Converse endpoint (SigV4 from the AWS credential chain)', () => {
  let fake: Awaited<ReturnType<typeof startFakeBedrock>>;
  let t: App;
  const saved = { ...process.env };
  beforeAll(async () => {
    // The credential chain reads the environment, as it would on a server with keys or a role.
    process.env.AWS_ACCESS_KEY_ID = 'AKIDTEST';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret-test';
    fake = await startFakeBedrock([]);
    t = await createTestApp({
      env: { LLM_PROVIDER: 'bedrock', AWS_REGION: 'us-east-1', BEDROCK_ENDPOINT_URL: fake.url },
    });
  });
  afterAll(async () => {
    process.env = saved;
    await t.close();
    await fake.close();
  });

  it('delegates to the calendar agent, which books the event, on the default model id', async () => {
    fake.script.push(
      {
        text: '',
        toolCalls: [{ name: 'delegate_to_calendar_agent', input: { request: 'book Sam tomorrow 9' } }],
      },
      { text: '', toolCalls: [{ name: 'create_event', input: EVENT }] },
      { text: 'Booked it.' },
      { text: 'Booked.' },
    );
    await bookThroughDelegation(t, await t.createUser('user'));
    expect(fake.requests.length).toBe(4);
    for (const request of fake.requests) {
      expect(request.path).toBe('/model/anthropic.claude-3-5-sonnet-20241022-v2%3A0/converse');
      expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
      expect(request.body).toMatchObject({ inferenceConfig: { maxTokens: 1000 } });
    }
  });
});

describe('web search through Perplexity', () => {
  let search: Awaited<ReturnType<typeof startFakePerplexity>>;
  let model: Awaited<ReturnType<typeof startFakeOpenAi>>;
  let t: App;
  let user: TestUser;
  beforeAll(async () => {
    search = await startFakePerplexity([]);
    model = await startFakeOpenAi([]);
    t = await createTestApp({
      env: {
        ...openAiEnv(model.url),
        ...perplexityEnv(search.url),
        SEARCH_RATE_LIMIT_PER_MINUTE: '3',
      },
    });
    user = await t.createUser('user');
  });
  afterEach(() => {
    search.script.length = 0;
    model.script.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await search.close();
    await model.close();
  });

  const searchTurn = (query: string) => {
    model.script.push(
      {
        text: '',
        toolCalls: [{ name: 'delegate_to_search_agent', arguments: JSON.stringify({ request: query }) }],
      },
      { text: '', toolCalls: [{ name: 'web_search', arguments: JSON.stringify({ query }) }] },
      { text: 'Fastify 5 needs Node 20 [1].' },
      { text: 'Fastify 5 needs Node 20 [1].' },
    );
    return t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message: query },
    });
  };

  it('sends a sanitised query, returns citations as metadata.sources, and logs the query without its text', async () => {
    search.script.push({
      text: 'Fastify 5 requires Node.js 20 or later.',
      citations: ['https://fastify.dev/docs/latest/Guides/Migration-Guide-V5/', 'javascript:alert(1)'],
      searchResults: [
        { title: 'Migration guide V5', url: 'https://fastify.dev/docs/latest/Guides/Migration-Guide-V5/' },
      ],
    });
    const response = await searchTurn('fastify 5 "node version" <b>mail me at sam@example.com</b>');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      agent_type: 'search_agent',
      metadata: {
        sources: [
          { url: 'https://fastify.dev/docs/latest/Guides/Migration-Guide-V5/', title: 'Migration guide V5' },
        ],
      },
    });
    const sent = search.requests.at(-1)?.body as {
      model: string;
      messages: { role: string; content: string }[];
    };
    expect(sent.model).toBe('sonar');
    const query = sent.messages.at(-1)?.content ?? '';
    expect(query).not.toMatch(/sam@example\.com|["<>]/);
    expect(query).toContain('fastify 5');
    const [event] = await t.services.store.securityEvents.list({ type: 'search_query_sent', limit: 1 });
    expect(event).toMatchObject({ userId: user.userId, detail: { redacted: [{ kind: 'email', count: 1 }] } });
    expect(JSON.stringify(event?.detail)).not.toContain('fastify');
    // The model saw the results as the tool's answer, sources listed.
    const toolTurn = lastMessageOf(model.requests.at(-2));
    // Spotlighted: boxed with the turn's boundary, labelled as a search result, words datamarked.
    expect(toolTurn?.content).toMatch(/^<<untrusted [0-9a-f]{12} source="search_result" from="web_search">>/);
    expect(unspotlight(toolTurn?.content ?? '')).toContain('[1] Migration guide V5');
  });

  it('cuts a long query to 500 characters', async () => {
    search.script.push({ text: 'ok' });
    await searchTurn(`history of ${'lisbon '.repeat(200)}`);
    const sent = search.requests.at(-1)?.body as { messages: { content: string }[] };
    expect([...(sent.messages.at(-1)?.content ?? '')].length).toBeLessThanOrEqual(500);
  });

  it('stops at the deployment-wide limit per minute and records the refusal', async () => {
    const sentBefore = search.requests.length;
    search.script.push({ text: 'ok' }, { text: 'ok' }, { text: 'ok' });
    // Two searches already counted in this minute by the tests above; the limit is 3.
    await searchTurn('first');
    await searchTurn('second');
    expect(search.requests.length).toBe(sentBefore + 1);
    const [refusal] = await t.services.store.securityEvents.list({ type: 'search_rate_limited', limit: 1 });
    expect(refusal).toMatchObject({ userId: user.userId, detail: { limit: 3 } });
    const toolTurn = lastMessageOf(model.requests.at(-2));
    expect(unspotlight(toolTurn?.content ?? '')).toMatch(/^Error: the web-search limit/);
  });
});

describe('web search on the offline model (no LLM, a Perplexity key)', () => {
  it('searches with the message and answers with the results and their sources', async () => {
    const search = await startFakePerplexity([
      {
        text: 'Lisbon: 19 °C and sunny.',
        searchResults: [{ title: 'IPMA', url: 'https://www.ipma.pt/en/' }],
      },
    ]);
    const t = await createTestApp({
      env: { PERPLEXITY_API_KEY: 'pplx-test', PERPLEXITY_BASE_URL: search.url },
    });
    try {
      const user = await t.createUser('user');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        payload: { message: 'Search the web for the weather in Lisbon' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        agent_type: 'search_agent',
        response: expect.stringContaining('19 °C and sunny'),
        metadata: { sources: [{ url: 'https://www.ipma.pt/en/', title: 'IPMA' }] },
      });
      expect(search.requests).toHaveLength(1);
    } finally {
      await t.close();
      await search.close();
    }
  });
});
