import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { createTestApp, TEST_NOW, type TestUser } from './helpers/services.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('chat API', () => {
  let t: TestApp;
  let user: TestUser;
  const clock = createManualClock(TEST_NOW);
  beforeAll(async () => {
    t = await createTestApp({ clock });
    user = await t.createUser('user');
  });
  afterAll(async () => {
    await t.close();
  });

  const chat = (message: string, context?: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: user.headers,
      payload: { message, ...(context ? { context } : {}) },
    });

  it('creates a session, schedules an event and lists it in the same session', async () => {
    const created = await chat('Schedule a meeting with the team tomorrow at 2 PM');
    expect(created.statusCode).toBe(200);
    const body = created.json();
    expect(body).toEqual({
      response: expect.stringContaining('Meeting with the team'),
      agent_type: 'calendar_agent',
      session_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      metadata: {
        processing_time: expect.any(Number),
        agent_confidence: expect.any(Number),
        sources: [],
        tokens: { budget: 32_000, used: expect.any(Number) },
      },
      status: 'success',
    });
    const listed = await chat("What's on my schedule tomorrow?", { session_id: body.session_id });
    expect(listed.json()).toMatchObject({ agent_type: 'calendar_agent', session_id: body.session_id });
    expect(listed.json().response).toMatch(/14:00.*Meeting with the team/);

    const events = await t.services.store.calendar.listOverlapping(
      user.userId,
      new Date('2026-11-26T00:00:00Z'),
      new Date('2026-11-27T00:00:00Z'),
    );
    expect(events.map((e) => [e.title, e.startsAt.toISOString()])).toEqual([
      ['Meeting with the team', '2026-11-26T14:00:00.000Z'],
    ]);
  });

  it('interprets times in the time zone the client sends', async () => {
    const response = await chat('Schedule dentist appointment on Friday at 9 AM', {
      timezone: 'America/New_York',
    });
    expect(response.json().agent_type).toBe('calendar_agent');
    const events = await t.services.store.calendar.listOverlapping(
      user.userId,
      new Date('2026-11-27T00:00:00Z'),
      new Date('2026-11-28T00:00:00Z'),
    );
    expect(events.find((e) => e.title === 'Dentist appointment')?.startsAt.toISOString()).toBe(
      '2026-11-27T14:00:00.000Z',
    );
  });

  it('warns about a conflicting event', async () => {
    const response = await chat('Schedule budget review tomorrow at 2:30 PM');
    expect(response.json().response).toMatch(/Meeting with the team/);
  });

  it('honours agent_preference by going straight to that agent', async () => {
    const response = await chat('hello there', { agent_preference: 'code_assistant' });
    expect(response.json().agent_type).toBe('code_assistant');
    const run = await t.services.store.workflow.latestRun({ sessionId: response.json().session_id });
    expect(run).toMatchObject({ status: 'completed', entry_agent: 'code_assistant' });
  });

  it('records the delegation steps of a turn', async () => {
    const response = await chat('Add to my journal: finished the store layer');
    expect(response.json()).toMatchObject({ agent_type: 'code_assistant' });
    const run = await t.services.store.workflow.latestRun({ sessionId: response.json().session_id });
    const steps = await t.services.store.workflow.listSteps(run?.id ?? '');
    expect(steps.map((s) => [s.agent_type, s.action])).toEqual([
      ['personal_assistant', 'model_call'],
      ['personal_assistant', 'delegate:code_assistant'],
      ['code_assistant', 'model_call'],
      ['code_assistant', 'tool:journal_add'],
      ['code_assistant', 'model_call'],
      ['personal_assistant', 'model_call'],
    ]);
    expect(steps[0]).toMatchObject({ model: 'offline-rules', tokens_reserved: expect.any(Number) });
  });

  it('keeps and reads the journal', async () => {
    const read = await chat('Show my journal');
    expect(read.json().response).toContain('finished the store layer');
    const cleared = await chat('Clear my journal');
    expect(cleared.json().response).toMatch(/1 entr/);
    expect(await t.services.store.journal.listRecent(user.userId, 10)).toEqual([]);
  });

  it('says plainly that search is not configured instead of inventing results', async () => {
    const response = await chat('Search the web for the latest Node.js release');
    expect(response.json().agent_type).toBe('search_agent');
    expect(response.json().response).toMatch(/not configured/);
  });

  it('lists sessions and their messages with agent attribution', async () => {
    const first = await chat('Schedule lunch with Sam on Monday at noon');
    const sessionId = first.json().session_id;
    const sessions = await t.app.inject({ method: 'GET', url: '/api/chat/sessions', headers: user.headers });
    expect(sessions.statusCode).toBe(200);
    const found = sessions.json().sessions.find((s: { id: string }) => s.id === sessionId);
    expect(found).toEqual({
      id: sessionId,
      title: 'Schedule lunch with Sam on Monday at noon',
      created_at: TEST_NOW,
      updated_at: TEST_NOW,
      message_count: 2,
    });
    const messages = await t.app.inject({
      method: 'GET',
      url: `/api/chat/sessions/${sessionId}/messages`,
      headers: user.headers,
    });
    expect(
      messages
        .json()
        .messages.map((m: { role: string; agent_type: string | null }) => [m.role, m.agent_type]),
    ).toEqual([
      ['user', null],
      ['assistant', 'calendar_agent'],
    ]);
  });

  it('clears a session history but keeps the session', async () => {
    const first = await chat('hello');
    const sessionId = first.json().session_id;
    const cleared = await t.app.inject({
      method: 'DELETE',
      url: `/api/clear?session_id=${sessionId}`,
      headers: user.headers,
    });
    expect(cleared.json()).toEqual({ status: 'success', session_id: sessionId, cleared: 2 });
    const messages = await t.app.inject({
      method: 'GET',
      url: `/api/chat/sessions/${sessionId}/messages`,
      headers: user.headers,
    });
    expect(messages.json().messages).toEqual([]);
  });

  it('reports workflow status for a session and overall', async () => {
    const first = await chat('hello');
    clock.advance(5000);
    const status = await t.app.inject({
      method: 'GET',
      headers: user.headers,
      url: `/api/workflow/status?session_id=${first.json().session_id}`,
    });
    expect(status.json()).toEqual({
      status: 'idle',
      active_agents: [],
      session_count: expect.any(Number),
      uptime: 5,
      last_activity: TEST_NOW,
      run: {
        id: expect.any(String),
        session_id: first.json().session_id,
        status: 'completed',
        entry_agent: 'personal_assistant',
        error_code: null,
        started_at: TEST_NOW,
        finished_at: TEST_NOW,
        steps: [expect.objectContaining({ seq: 0, agent_type: 'personal_assistant', action: 'model_call' })],
      },
    });
    const overall = await t.app.inject({ method: 'GET', url: '/api/workflow/status', headers: user.headers });
    expect(overall.json().session_count).toBe((await t.services.store.chat.listSessions(user.userId)).length);
  });

  it('lists the four agents', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/agents', headers: user.headers });
    expect(response.json().agents.map((a: { type: string; status: string }) => [a.type, a.status])).toEqual([
      ['personal_assistant', 'ready'],
      ['calendar_agent', 'ready'],
      ['search_agent', 'not_configured'],
      ['code_assistant', 'ready'],
    ]);
  });

  it('answers both health checks', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health', headers: user.headers })).json()).toEqual({
      status: 'ok',
    });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(anonymous.json()).toEqual({ status: 'healthy', timestamp: expect.any(String) });
    const plain = await t.app.inject({ method: 'GET', url: '/api/health', headers: user.headers });
    expect(Object.keys(plain.json()).sort()).toEqual(['status', 'timestamp']);
    const operator = await t.createUser('operator');
    const health = await t.app.inject({ method: 'GET', url: '/api/health', headers: operator.headers });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'healthy',
      services: {
        database: { status: 'up', driver: 'sqlite' },
        llm: { provider: 'offline', status: 'available', model: 'offline-rules', circuit: 'closed' },
        search: { status: 'not_configured', provider: null },
        providers: {
          offline: 'available',
          openai: 'not_configured',
          anthropic: 'not_configured',
          bedrock: 'not_configured',
          perplexity: 'not_configured',
        },
      },
      agents: { calendar_agent: 'ready', search_agent: 'not_configured' },
      metrics: { chat_turns: expect.any(Number), failed_turns: 0 },
    });
  });

  it('serves the web chat page', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/', headers: user.headers });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const script = await t.app.inject({ method: 'GET', url: '/app.js', headers: user.headers });
    expect(script.headers['content-type']).toMatch(/javascript/);
  });
});
