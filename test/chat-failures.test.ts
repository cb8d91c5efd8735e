import { describe, expect, it } from 'vitest';
import { createScriptedProvider } from './helpers/scripted-provider.js';
import { createTestApp } from './helpers/services.js';

describe('a chat turn that fails after the message is stored', () => {
  it('answers 504 processing_timeout when the model does not answer in time, and keeps the message', async () => {
    const { provider } = createScriptedProvider([() => new Promise(() => {})]);
    const t = await createTestApp({ provider, env: { AGENT_TIMEOUT_MS: '100' } });
    const user = await t.createUser();
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        payload: { message: 'are you there?' },
      });
      expect(response.statusCode).toBe(504);
      expect(response.json().error).toBe('processing_timeout');
      const [session] = await t.services.store.chat.listSessions(user.userId);
      expect((await t.services.store.chat.listMessages(session?.id ?? '')).map((m) => m.content)).toEqual([
        'are you there?',
      ]);
      expect(await t.services.store.workflow.latestRun({ sessionId: session?.id ?? '' })).toMatchObject({
        status: 'failed',
        error_code: 'processing_timeout',
      });
    } finally {
      await t.close();
    }
  });

  it('answers a generic 500 when the model fails unexpectedly, and logs nothing to the client', async () => {
    const { provider } = createScriptedProvider([
      () => {
        throw new Error('secret upstream detail at /srv/key.pem');
      },
    ]);
    const t = await createTestApp({ provider });
    const user = await t.createUser();
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/chat',
        headers: user.headers,
        payload: { message: 'hi' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ error: 'internal_error', status: 'error' });
      expect(response.body).not.toContain('secret');
      const [session] = await t.services.store.chat.listSessions(user.userId);
      expect(await t.services.store.chat.listMessages(session?.id ?? '')).toHaveLength(1);
      const status = await t.app.inject({
        method: 'GET',
        url: `/api/workflow/status?session_id=${session?.id}`,
      });
      expect(status.json().status).toBe('error');
    } finally {
      await t.close();
    }
  });
});
