import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from '../../test/helpers/scripted-provider.js';
import { createTestServices } from '../../test/helpers/services.js';
import type { Permission } from '../security/permissions.js';
import { ROLE_PERMISSIONS } from '../security/roles.js';
import { defineAgents } from './definitions.js';
import { runTurn } from './runner.js';
import { createTokenBudget } from './token-budget.js';

const agents = defineAgents({});

async function run(
  scripts: Parameters<typeof createScriptedProvider>[0],
  signal = new AbortController().signal,
  permissions: ReadonlySet<Permission> = ROLE_PERMISSIONS.user,
) {
  const services = await createTestServices();
  const { provider, requests } = createScriptedProvider(scripts);
  try {
    const result = await runTurn({
      agents,
      provider,
      budget: createTokenBudget(32_000),
      entry: 'personal_assistant',
      messages: [
        { role: 'user', content: 'earlier private question' },
        { role: 'assistant', content: 'earlier answer' },
        { role: 'user', content: 'please book a call' },
      ],
      tools: {
        userId: 'u1',
        now: new Date('2026-11-25T09:00:00Z'),
        timeZone: 'UTC',
        repos: services.store,
        signal,
        permissions,
      },
    });
    const events = await services.store.calendar.listOverlapping('u1', new Date(0), new Date('2100-01-01'));
    return { result, requests, events };
  } finally {
    await services.close();
  }
}

describe('runTurn', () => {
  it('gives a delegate only the delegated request and only its own tools', async () => {
    const { result, requests, events } = await run([
      [{ id: 'c1', name: 'delegate_to_calendar_agent', input: { request: 'book a call tomorrow at 3pm' } }],
      [
        {
          id: 'c2',
          name: 'create_event',
          input: { title: 'Call', starts_at: '2026-11-26T15:00:00Z', ends_at: '2026-11-26T15:30:00Z' },
        },
      ],
      'Booked.',
      'Your call is booked.',
    ]);
    const [coordinator, calendar] = requests;
    expect(coordinator?.messages).toHaveLength(3);
    expect(coordinator?.tools.map((t) => t.name)).toEqual([
      'delegate_to_calendar_agent',
      'delegate_to_search_agent',
      'delegate_to_code_assistant',
    ]);
    expect(calendar?.messages).toEqual([{ role: 'user', content: 'book a call tomorrow at 3pm' }]);
    expect(calendar?.tools.map((t) => t.name)).toEqual([
      'create_event',
      'list_events',
      'find_free_slots',
      'delete_events',
    ]);
    expect(events.map((e) => e.title)).toEqual(['Call']);
    expect(result).toMatchObject({ text: 'Your call is booked.', agentType: 'calendar_agent' });
    expect(result.steps.map((s) => `${s.agentType}:${s.action}`)).toEqual([
      'personal_assistant:model_call',
      'personal_assistant:delegate:calendar_agent',
      'calendar_agent:model_call',
      'calendar_agent:tool:create_event',
      'calendar_agent:model_call',
      'personal_assistant:model_call',
    ]);
  });

  it.each([
    ['a tool of another agent', { id: 'x', name: 'create_event', input: {} }],
    ['a journal tool on the coordinator', { id: 'x', name: 'journal_clear', input: {} }],
    ['a delegate that does not exist', { id: 'x', name: 'delegate_to_root', input: { request: 'x' } }],
    ['a delegation without a request', { id: 'x', name: 'delegate_to_calendar_agent', input: { task: 'x' } }],
  ])('refuses %s and tells the model', async (_name, call) => {
    const { result, requests, events } = await run([[call], 'ok']);
    expect(requests[1]?.messages.at(-1)).toMatchObject({
      role: 'tool',
      content: expect.stringMatching(/^Error: /),
    });
    expect(result.steps[1]).toMatchObject({ status: 'failed', action: `refused:${call.name}` });
    expect(events).toEqual([]);
  });

  it('rejects tool input that fails its schema without running the tool', async () => {
    const { requests, events } = await run([
      [{ id: 'c1', name: 'delegate_to_calendar_agent', input: { request: 'x' } }],
      [
        {
          id: 'c2',
          name: 'create_event',
          input: { title: 'Backwards', starts_at: '2026-11-26T15:00:00Z', ends_at: '2026-11-26T14:00:00Z' },
        },
      ],
      'sorry',
      'sorry',
    ]);
    expect(requests[2]?.messages.at(-1)).toMatchObject({
      role: 'tool',
      content: expect.stringMatching(/^Error: /),
    });
    expect(events).toEqual([]);
  });

  it('stops an agent that keeps calling tools after MAX_AGENT_ITERATIONS model calls', async () => {
    const loop = Array.from({ length: 10 }, (_, i) => [{ id: `c${i}`, name: 'nope', input: {} }]);
    const { result, requests } = await run(loop);
    expect(result.confidence).toBe(0);
    expect(requests).toHaveLength(10);
    expect(result.steps.filter((s) => s.action === 'model_call')).toHaveLength(10);
  });

  it('neither offers nor runs a tool the user lacks the permission for', async () => {
    const noCalendar = new Set([...ROLE_PERMISSIONS.user].filter((p) => p !== 'calendar:own'));
    const { requests, events } = await run(
      [
        [{ id: 'c1', name: 'delegate_to_calendar_agent', input: { request: 'x' } }],
        [
          {
            id: 'c2',
            name: 'create_event',
            input: { title: 'Sneaky', starts_at: '2026-11-26T15:00:00Z', ends_at: '2026-11-26T16:00:00Z' },
          },
        ],
        'no',
        'no',
      ],
      new AbortController().signal,
      noCalendar,
    );
    expect(requests[1]?.tools).toEqual([]);
    expect(requests[2]?.messages.at(-1)).toMatchObject({
      role: 'tool',
      content: expect.stringMatching(/^Error: /),
    });
    expect(events).toEqual([]);
  });

  it('stops before the next model call once the turn is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('deadline'));
    await expect(run(['never'], controller.signal)).rejects.toThrow('deadline');
  });
});

describe('least privilege of the agent table', () => {
  const ADMIN = new Set(['security:read', 'security:write', 'users:manage', 'keys:own']);
  const full = defineAgents({});

  it('gives no agent a tool that needs an administrative permission', () => {
    for (const agent of Object.values(full)) {
      for (const tool of agent.tools)
        expect(ADMIN.has(tool.permission), `${agent.type}:${tool.name}`).toBe(false);
    }
  });

  it('lets only the coordinator delegate, and each sub-agent keep to its own kind of tool', () => {
    expect(full.personal_assistant.tools).toEqual([]);
    for (const type of ['calendar_agent', 'search_agent', 'code_assistant'] as const) {
      expect(full[type].delegates).toEqual([]);
    }
    expect(new Set(full.calendar_agent.tools.map((t) => t.permission))).toEqual(new Set(['calendar:own']));
    expect(
      full.code_assistant.tools.some((t) => t.permission === 'search:use' || t.permission === 'calendar:own'),
    ).toBe(false);
  });

  it('stops when the turn’s token budget cannot hold another call, even mid-delegation', async () => {
    const services = await createTestServices();
    const { provider, requests } = createScriptedProvider([
      [{ id: 'c1', name: 'delegate_to_calendar_agent', input: { request: 'x'.repeat(3000) } }],
      'never reached',
      'Relayed.',
    ]);
    try {
      const result = await runTurn({
        agents,
        provider,
        budget: createTokenBudget(1500),
        entry: 'personal_assistant',
        messages: [{ role: 'user', content: 'book it' }],
        tools: {
          userId: 'u1',
          now: new Date('2026-11-25T09:00:00Z'),
          timeZone: 'UTC',
          repos: services.store,
          signal: new AbortController().signal,
          permissions: ROLE_PERMISSIONS.user,
        },
        limits: { maxIterations: 10, maxTokens: 1000 },
      });
      expect(result.steps.map((s) => `${s.agentType}:${s.action}`)).toContain(
        'calendar_agent:budget_exhausted',
      );
      expect(requests[1]?.messages.at(-1)?.content).toMatch(/token budget/);
      for (const request of requests) expect(request.maxTokens).toBeLessThanOrEqual(1000);
    } finally {
      await services.close();
    }
  });
});
