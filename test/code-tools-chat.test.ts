import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './helpers/cli.js';
import { createTestApp, type TestUser } from './helpers/services.js';

describe('the code assistant runs code, commands and file edits (offline model)', { timeout: 60_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let user: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    requireBuild();
    t = await createTestApp();
    user = await t.createUser('user');
    admin = await t.createUser('admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const chat = (who: TestUser, message: string) =>
    t.app.inject({ method: 'POST', url: '/api/chat', headers: who.headers, payload: { message } });
  const stepsOf = async (who: TestUser, sessionId: string) => {
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/workflow/status?session_id=${sessionId}`,
      headers: who.headers,
    });
    return status.json().run.steps as { action: string; exit_status?: string; truncated?: boolean }[];
  };
  const events = (type: string) => t.services.store.securityEvents.list({ type, limit: 20 });

  it('"Run this Python code: print(\'Hello, World!\')" runs in the sandbox and the output comes back', async () => {
    const response = await chat(user, "Run this Python code: print('Hello, World!')");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ agent_type: 'code_assistant' });
    expect(response.json().response).toMatch(/^Python finished: ok[\s\S]*Hello, World!/);
    expect(await stepsOf(user, response.json().session_id)).toContainEqual(
      expect.objectContaining({ action: 'tool:run_python', exit_status: 'ok', truncated: false }),
    );
  });

  it('runs a fenced JavaScript block', async () => {
    const response = await chat(
      user,
      'Please run this:\n```js\nconsole.log([1, 2, 3].map((n) => n * 2).join(","))\n```',
    );
    expect(response.json().response).toMatch(/^JavaScript finished: ok[\s\S]*2,4,6/);
  });

  it('records an escape attempt from the sandbox as a critical event with violation points', async () => {
    const score = () =>
      t.services.state.getScore(`user:${user.userId}`, 600_000, t.services.clock.now().getTime());
    const before = await score();
    const response = await chat(user, 'Run this Python code: import os; os.system("id")');
    expect(await score()).toBe(before + 10);
    expect(response.json().response).toMatch(/PermissionError/);
    const [event] = await events('sandbox_escape_attempt');
    expect(event).toMatchObject({
      severity: 'critical',
      userId: user.userId,
      detail: { tool: 'run_python', attempts: ['python:os.system'] },
    });
  });

  it('records a JavaScript reach for the host as an escape attempt', async () => {
    const response = await chat(
      user,
      "Run this JavaScript: this.constructor.constructor('return process')().exit()",
    );
    expect(response.json().response).toMatch(/^JavaScript finished: error[\s\S]*'process' is not defined/);
    const [event] = await events('sandbox_escape_attempt');
    expect(event).toMatchObject({
      userId: user.userId,
      detail: { tool: 'run_javascript', attempts: ['js:process'] },
    });
  });

  it('tells a user without tools:commands that commands are not theirs to run', async () => {
    const response = await chat(user, 'Run this command: ls -la');
    expect(response.json().response).toMatch(/tools:commands/);
  });

  it('runs "Run this command: ls -la" in the workspace for a tools:commands holder', async () => {
    await chat(admin, 'Write to the file notes.txt: first line');
    const response = await chat(admin, 'Run this command: ls -la');
    expect(response.json().response).toMatch(/^The command finished: ok \(exit code 0\)[\s\S]*notes\.txt/);
    expect((await chat(admin, 'Read the file notes.txt')).json().response).toContain('first line');
  });

  it.each([
    ['Run this command: ls; id', 'command_operator_refused'],
    ['Run this command: cat ../../etc/passwd', 'command_argument_refused'],
    ['Run this command: /bin/rm -rf .', 'command_not_allowed'],
    ['Read the file ../../etc/passwd', 'path_outside_workspace'],
  ])('refuses %j with %s, an event and a failed step', async (message, code) => {
    const response = await chat(admin, message);
    expect(response.json().response).toContain(`refused (${code})`);
    const [event] = await events('tool_refused');
    expect(event).toMatchObject({ userId: admin.userId, detail: { code } });
    expect(await stepsOf(admin, response.json().session_id)).toContainEqual(
      expect.objectContaining({ exit_status: 'refused' }),
    );
  });
});
