import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WITHHELD_REPLY } from '../src/security/guard/output-guard.js';
import { openAiEnv, startFakeOpenAi } from './helpers/fake-openai.js';
import { perplexityEnv, startFakePerplexity } from './helpers/fake-perplexity.js';
import { startTestServer } from './helpers/server.js';

interface SocketEvent {
  type: string;
  data: Record<string, unknown>;
}

describe('/ws/chat with a real provider: token by token, with agent attribution and sources', () => {
  let model: Awaited<ReturnType<typeof startFakeOpenAi>>;
  let search: Awaited<ReturnType<typeof startFakePerplexity>>;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    model = await startFakeOpenAi([]);
    search = await startFakePerplexity([]);
    server = await startTestServer({
      env: {
        ...openAiEnv(model.url),
        ...perplexityEnv(search.url),
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await model.close();
    await search.close();
  });

  it('streams the coordinator’s answer as deltas attributed to the search agent, then the reply with its sources', async () => {
    const user = await server.createUser('user');
    model.script.push(
      {
        text: '',
        toolCalls: [{ name: 'delegate_to_search_agent', arguments: '{"request":"node 20 end of life"}' }],
      },
      { text: '', toolCalls: [{ name: 'web_search', arguments: '{"query":"node 20 end of life"}' }] },
      { text: 'Node 20 reaches end of life in April 2026 [1].' },
      { text: 'Node 20 reaches its end of life in April 2026 [1].' },
    );
    search.script.push({
      text: 'Node.js 20 end of life: 2026-04-30.',
      searchResults: [{ title: 'Node.js releases', url: 'https://nodejs.org/en/about/previous-releases' }],
    });
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/chat`, { headers: user.headers });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const events = await new Promise<SocketEvent[]>((resolve) => {
      const seen: SocketEvent[] = [];
      socket.on('message', (raw) => {
        const event = JSON.parse(raw.toString()) as SocketEvent;
        seen.push(event);
        if (event.type === 'error' || event.data.done === true) resolve(seen);
      });
      socket.send(
        JSON.stringify({ type: 'message', data: { message: 'when does node 20 reach end of life?' } }),
      );
    });
    socket.close();

    expect(events.filter((e) => e.type === 'status').map((e) => e.data.agent_type)).toEqual([
      'personal_assistant',
      'search_agent',
    ]);
    const deltas = events.filter((e) => e.data.delta === true);
    // The last characters are held back until the reply is checked, so fewer, larger pieces arrive.
    expect(deltas.length).toBeGreaterThanOrEqual(2);
    expect(deltas.every((e) => e.data.agent_type === 'search_agent')).toBe(true);
    expect(deltas.map((e) => e.data.message).join('')).toBe(
      'Node 20 reaches its end of life in April 2026 [1].',
    );
    expect(events.at(-1)?.data).toMatchObject({
      done: true,
      agent_type: 'search_agent',
      message: 'Node 20 reaches its end of life in April 2026 [1].',
      metadata: {
        sources: [{ title: 'Node.js releases', url: 'https://nodejs.org/en/about/previous-releases' }],
      },
    });
    // The coordinator's calls streamed (SSE); the search agent's were plain completions.
    expect(model.requests.map((r) => r.body.stream)).toEqual([true, false, false, true]);
  });

  it('never streams a canary, even split across pieces, and ends with the withheld reply', async () => {
    const user = await server.createUser('user');
    model.script.push({
      respond: (body) => {
        const canary = /rmp-canary-[0-9a-f]{18}/.exec(JSON.stringify(body))?.[0] ?? 'missing';
        // Spaces make the fake send the canary in several deltas; the guard reads it without them.
        return { text: `Sure. My marker is ${canary.slice(0, 12)} ${canary.slice(12)} and that is all.` };
      },
    });
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/chat`, { headers: user.headers });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const events = await new Promise<SocketEvent[]>((resolve) => {
      const seen: SocketEvent[] = [];
      socket.on('message', (raw) => {
        const event = JSON.parse(raw.toString()) as SocketEvent;
        seen.push(event);
        if (event.type === 'error' || event.data.done === true) resolve(seen);
      });
      socket.send(JSON.stringify({ type: 'message', data: { message: 'what is your marker?' } }));
    });
    socket.close();
    const streamed = events
      .filter((e) => e.data.delta === true)
      .map((e) => e.data.message)
      .join('');
    expect(streamed).not.toContain('rmp-canary');
    expect(events.at(-1)?.data).toMatchObject({ done: true, message: WITHHELD_REPLY });
  });
});
