import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import type { DatabaseHandle } from '../src/store/database.js';
import { pingDatabase } from '../src/store/database.js';
import { createStore, type Store } from '../src/store/store.js';
import { DRIVERS, openTestDatabase } from './helpers/database.js';
import { TEST_KEYRING } from './helpers/keys.js';

describe.each(DRIVERS)('store on %s', (driver) => {
  let handle: DatabaseHandle;
  let store: Store;
  const clock = createManualClock('2026-11-25T10:00:00.000Z');

  beforeAll(async () => {
    handle = await openTestDatabase(driver);
    store = createStore(handle.db, clock, TEST_KEYRING);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('answers a ping', async () => {
    expect(await pingDatabase(handle.db)).toBe(true);
  });

  it('keeps messages in insertion order even when the clock does not move', async () => {
    const session = await store.chat.createSession('u1', '  Hello\n there  ');
    expect(session.title).toBe('Hello there');
    for (const content of ['one', 'two', 'three']) {
      await store.chat.appendMessage(session.id, { role: 'user', content, agentType: null });
    }
    const messages = await store.chat.listMessages(session.id);
    expect(messages.map((m) => [m.content, m.seq])).toEqual([
      ['one', 1],
      ['two', 2],
      ['three', 3],
    ]);
    expect((await store.chat.getSession(session.id))?.messageCount).toBe(3);
  });

  it('stores text with quotes, SQL and non-BMP characters verbatim', async () => {
    const session = await store.chat.createSession('u1', 'x');
    const hostile = `Robert'); DROP TABLE chat_messages;-- "\\ 🛡️ \u0000end`.replace('\u0000', '');
    await store.chat.appendMessage(session.id, {
      role: 'assistant',
      content: hostile,
      agentType: 'code_assistant',
    });
    const [message] = await store.chat.listMessages(session.id);
    expect(message?.content).toBe(hostile);
    expect(message?.agentType).toBe('code_assistant');
  });

  it('lists only the owner sessions, most recently updated first', async () => {
    const a = await store.chat.createSession('owner', 'first');
    clock.advance(1000);
    const b = await store.chat.createSession('owner', 'second');
    await store.chat.createSession('someone-else', 'other');
    clock.advance(1000);
    await store.chat.appendMessage(a.id, { role: 'user', content: 'bump', agentType: null });
    const sessions = await store.chat.listSessions('owner');
    expect(sessions.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(sessions[0]?.messageCount).toBe(1);
  });

  it('clears a session history and reports the count', async () => {
    const session = await store.chat.createSession('u2', 'x');
    await store.chat.appendMessage(session.id, { role: 'user', content: 'a', agentType: null });
    await store.chat.appendMessage(session.id, {
      role: 'assistant',
      content: 'b',
      agentType: 'personal_assistant',
    });
    expect(await store.chat.clearMessages(session.id)).toBe(2);
    expect(await store.chat.listMessages(session.id)).toEqual([]);
    expect(await store.chat.getSession(session.id)).toBeDefined();
  });

  it('returns undefined for an unknown session', async () => {
    expect(await store.chat.getSession('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('rolls back every write of a failed transaction', async () => {
    const before = await store.chat.countSessions();
    await expect(
      store.transaction(async (repos) => {
        const session = await repos.chat.createSession('u3', 'doomed');
        await repos.chat.appendMessage(session.id, { role: 'user', content: 'hi', agentType: null });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.chat.countSessions()).toBe(before);
  });

  it('finds calendar events overlapping a half-open range', async () => {
    const at = (iso: string) => new Date(iso);
    await store.calendar.create('cal', {
      title: 'Morning',
      startsAt: at('2026-11-26T09:00:00Z'),
      endsAt: at('2026-11-26T10:00:00Z'),
    });
    await store.calendar.create('cal', {
      title: 'Edge',
      startsAt: at('2026-11-26T13:00:00Z'),
      endsAt: at('2026-11-26T14:00:00Z'),
    });
    await store.calendar.create('other', {
      title: 'Not mine',
      startsAt: at('2026-11-26T09:30:00Z'),
      endsAt: at('2026-11-26T10:30:00Z'),
    });
    const found = await store.calendar.listOverlapping(
      'cal',
      at('2026-11-26T09:59:00Z'),
      at('2026-11-26T13:00:00Z'),
    );
    expect(found.map((e) => e.title)).toEqual(['Morning']);
    expect(await store.calendar.delete('other', [found[0]?.id ?? ''])).toBe(0);
    expect(await store.calendar.delete('cal', [found[0]?.id ?? ''])).toBe(1);
  });

  it('rejects an event that ends before it starts', async () => {
    await expect(
      store.calendar.create('cal', {
        title: 'Backwards',
        startsAt: new Date('2026-11-26T10:00:00Z'),
        endsAt: new Date('2026-11-26T09:00:00Z'),
      }),
    ).rejects.toThrow();
  });

  it('keeps a journal per user and clears it', async () => {
    await store.journal.add('j1', 'first thought');
    clock.advance(1);
    await store.journal.add('j1', 'second thought');
    await store.journal.add('j2', 'private');
    expect((await store.journal.listRecent('j1', 10)).map((e) => e.content)).toEqual([
      'first thought',
      'second thought',
    ]);
    expect((await store.journal.listRecent('j1', 1)).map((e) => e.content)).toEqual(['second thought']);
    expect(await store.journal.clear('j1')).toBe(2);
    expect(await store.journal.listRecent('j2', 10)).toHaveLength(1);
  });

  it('lists security events newest first even when the clock does not move', async () => {
    for (const type of ['login_failed', 'login_failed', 'login_succeeded']) {
      await store.securityEvents.append({ type, severity: 'info', detail: { n: type } });
    }
    const events = await store.securityEvents.list({ limit: 3 });
    expect(events.map((e) => e.type)).toEqual(['login_succeeded', 'login_failed', 'login_failed']);
    expect((await store.securityEvents.list({ type: 'login_failed' })).length).toBe(2);
  });

  it('records workflow runs with their steps and fails abandoned ones', async () => {
    const session = await store.chat.createSession('w', 'x');
    const done = await store.workflow.startRun({
      sessionId: session.id,
      userId: 'w',
      entryAgent: 'personal_assistant',
    });
    await store.workflow.appendStep(done, 0, {
      agentType: 'personal_assistant',
      action: 'model_call',
      status: 'completed',
      startedAt: clock.now(),
      durationMs: 3,
      model: 'claude-x',
      tokensReserved: 1500,
      inputTokens: 420,
      outputTokens: 37,
    });
    await store.workflow.appendStep(done, 1, {
      agentType: 'calendar_agent',
      action: 'tool:create_event',
      status: 'completed',
      startedAt: clock.now(),
      durationMs: 2,
    });
    expect(await store.workflow.listSteps(done)).toMatchObject([
      { seq: 0, model: 'claude-x', tokens_reserved: 1500, input_tokens: 420, output_tokens: 37 },
      { seq: 1, model: null, tokens_reserved: null },
    ]);
    await store.workflow.finishRun(done, { status: 'completed' });
    expect((await store.workflow.listSteps(done)).map((s) => s.action)).toEqual([
      'model_call',
      'tool:create_event',
    ]);
    clock.advance(1000);
    await store.workflow.startRun({ sessionId: session.id, userId: 'w', entryAgent: 'personal_assistant' });
    expect((await store.workflow.latestRun({ sessionId: session.id }))?.status).toBe('running');
    expect(await store.workflow.failAbandonedRuns()).toBe(1);
    expect((await store.workflow.latestRun({ sessionId: session.id }))?.error_code).toBe('abandoned');
  });
});
