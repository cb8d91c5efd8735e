import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeAnswer, startFakeOpenAi } from './helpers/fake-openai.js';
import { createTestApp, type TestUser } from './helpers/services.js';

// TEST_NOW is 2026-11-25T09:00Z; "tomorrow" is the 26th.
const DAY = { from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' };

describe('chat through an OpenAI-compatible model (LLM_PROVIDER=openai, local fake server)', () => {
  let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  const script: FakeAnswer[] = [];
  beforeAll(async () => {
    fake = await startFakeOpenAi(script);
    t = await createTestApp({
      env: {
        LLM_PROVIDER: 'openai',
        OPENAI_BASE_URL: fake.url,
        OPENAI_API_KEY: 'sk-local',
        OPENAI_MODEL: 'fake-model',
      },
    });
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('"find a free hour tomorrow and book a call with Sam": coordinator -> calendar agent -> event stored', async () => {
    script.push(
      // Coordinator: hand the whole request to the calendar agent.
      {
        text: '',
        toolCalls: [
          {
            name: 'delegate_to_calendar_agent',
            arguments: JSON.stringify({ request: 'Find a free hour tomorrow and book a call with Sam' }),
          },
        ],
      },
      // Calendar agent: look for a free hour, then book it.
      {
        text: '',
        toolCalls: [
          {
            name: 'find_free_slots',
            arguments: JSON.stringify({ duration_minutes: 60, ...DAY, label: 'tomorrow' }),
          },
        ],
      },
      {
        text: '',
        toolCalls: [
          {
            name: 'create_event',
            arguments: JSON.stringify({
              title: 'Call with Sam',
              starts_at: '2026-11-26T09:00:00Z',
              ends_at: '2026-11-26T10:00:00Z',
            }),
          },
        ],
      },
      { text: 'Booked a call with Sam tomorrow 09:00-10:00.' },
      // Coordinator: relay.
      { text: 'Done: your call with Sam is tomorrow 09:00-10:00.' },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: {
        message: 'find a free hour tomorrow and book a call with Sam',
        context: { timezone: 'UTC' },
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      response: 'Done: your call with Sam is tomorrow 09:00-10:00.',
      agent_type: 'calendar_agent',
    });
    const events = await t.services.store.calendar.listOverlapping(
      user.userId,
      new Date(DAY.from),
      new Date(DAY.to),
    );
    expect(events.map((e) => e.title)).toEqual(['Call with Sam']);

    // What Rampart sent: the configured model, the token cap, a server-side system prompt, and the
    // calendar agent offered only calendar tools.
    expect(fake.requests).toHaveLength(5);
    for (const sent of fake.requests) {
      expect(sent.body.model).toBe('fake-model');
      expect(sent.body.max_tokens).toBeLessThanOrEqual(4000);
      expect((sent.body.messages as { role: string }[])[0]?.role).toBe('system');
    }
    const toolsOf = (i: number) =>
      ((fake.requests[i]?.body.tools ?? []) as { function: { name: string } }[]).map((x) => x.function.name);
    expect(toolsOf(0)).toContain('delegate_to_calendar_agent');
    expect(toolsOf(1).sort()).toEqual(['create_event', 'delete_events', 'find_free_slots', 'list_events']);
    // The calendar agent saw the delegated request only, not the coordinator's conversation.
    expect(((fake.requests[1]?.body.messages ?? []) as { role: string; content: string }[]).slice(1)).toEqual(
      [{ role: 'user', content: 'Find a free hour tomorrow and book a call with Sam' }],
    );
  });

  it('keeps the message and answers 503 llm_unavailable when the model server fails', async () => {
    script.push({ status: 500 }, { status: 500 }, { status: 500 });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message: 'hello there' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toBe('llm_unavailable');
    const sessions = await t.app.inject({ method: 'GET', url: '/api/chat/sessions', headers: user.headers });
    const titles = sessions.json().sessions.map((s: { title: string }) => s.title);
    expect(titles).toContain('hello there');
  });
});
