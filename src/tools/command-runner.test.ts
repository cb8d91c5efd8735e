import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand, DEFAULT_ALLOWED_COMMANDS } from './command-policy.js';
import { createCommandRunner } from './command-runner.js';
import type { RefusalCode, RunOutput } from './outcome.js';
import { isRefusal } from './outcome.js';

const NOTES = 'foo one\nbar two\nfoo three\n';
const DATASET = path.resolve('../shared/datasets/web-attacks-dev.jsonl');

let root: string;
let ws: string;

/** A temp root holding a canary beside the workspace, so an escape would show as a change outside `ws`. */
function makeRoot(): { root: string; ws: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-cmd-')));
  const workspace = path.join(dir, 'ws');
  fs.mkdirSync(path.join(workspace, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'canary.txt'), 'canary\n');
  fs.writeFileSync(path.join(workspace, 'notes.txt'), NOTES);
  fs.writeFileSync(path.join(workspace, 'a.txt'), 'a\n');
  fs.writeFileSync(path.join(workspace, 'sub', 'b.md'), 'b\n');
  return { root: dir, ws: workspace };
}

/** Names, sizes and modification times of everything under `dir`, symlinks not followed. */
function snapshot(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = fs.lstatSync(path.join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

beforeAll(() => {
  ({ root, ws } = makeRoot());
  fs.writeFileSync(path.join(ws, 'big.txt'), 'x'.repeat(1024 * 1024));
  fs.symlinkSync('/etc', path.join(ws, 'evil'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const runner = createCommandRunner();

async function ran(line: string, workspace = ws): Promise<RunOutput> {
  const result = await runner.run(line, workspace);
  if (isRefusal(result)) throw new Error(`refused ${line}: ${result.code} ${result.reason}`);
  return result;
}

describe('command runner: allowed commands', () => {
  const year = String(new Date().getFullYear());
  it.each<[string, (stdout: string) => boolean]>([
    ['ls -la', (out) => out.includes('notes.txt') && out.includes('sub')],
    ['cat notes.txt', (out) => out === NOTES],
    ['head -n 2 notes.txt', (out) => out === 'foo one\nbar two\n'],
    ['wc -l notes.txt', (out) => out.trim() === '3 notes.txt'],
    ['grep -n foo notes.txt', (out) => out === '1:foo one\n3:foo three\n'],
    ['sort notes.txt', (out) => out === 'bar two\nfoo one\nfoo three\n'],
    ['echo hello world', (out) => out === 'hello world\n'],
    ['pwd', (out) => out === `${ws}\n`],
    ['date +%Y', (out) => out.trim() === year || /^\d{4}$/.test(out.trim())],
    ["find . -name '*.txt'", (out) => out.split('\n').includes('./notes.txt')],
    ['ls *.txt', (out) => out === 'a.txt\nbig.txt\nnotes.txt\n'],
    ['echo $PATH', (out) => out === '$PATH\n'],
    ['cat', (out) => out === ''],
  ])('%s', async (line, expected) => {
    const result = await ran(line);
    expect(result).toMatchObject({ status: 'ok', exitCode: 0, truncated: false });
    expect(expected(result.stdout), result.stdout).toBe(true);
  });

  it('reports a failing command as an error with its exit code', async () => {
    const result = await ran('cat missing.txt');
    expect(result).toMatchObject({ status: 'error', exitCode: 1 });
    expect(result.stderr).toContain('No such file');
  });

  it('runs without prlimit too', async () => {
    const result = await createCommandRunner({ usePrlimit: false }).run('echo plain', ws);
    expect(result).toMatchObject({ status: 'ok', stdout: 'plain\n' });
  });
});

describe('command runner: refused before running', () => {
  it.each<[string, RefusalCode]>([
    ['ls; id', 'command_operator_refused'],
    ['cat $(echo /etc/passwd)', 'command_operator_refused'],
    ['echo hi > x', 'command_operator_refused'],
    ['rm -rf .', 'command_not_allowed'],
    ['/bin/rm -rf .', 'command_not_allowed'],
    ['cat /etc/passwd', 'command_argument_refused'],
    ['find . -delete', 'command_argument_refused'],
    ['cat evil/passwd', 'path_outside_workspace'],
  ])('%j → %s', async (line, code) => {
    const before = snapshot(root);
    expect(await runner.run(line, ws)).toMatchObject({ refused: true, code });
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a workspace that does not exist', async () => {
    expect(await runner.run('ls', path.join(root, 'missing'))).toMatchObject({ code: 'invalid_path' });
  });
});

describe('command runner: limits', () => {
  it('kills a command at the timeout', async () => {
    const slow = createCommandRunner({ timeoutMs: 300, allowed: [...DEFAULT_ALLOWED_COMMANDS, 'sleep'] });
    const started = Date.now();
    const result = await slow.run('sleep 5', ws);
    expect(result).toMatchObject({ status: 'timeout', exitCode: null });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('caps the output', async () => {
    const result = await ran('cat big.txt');
    // Past twice the cap the command is killed: not a normal exit, so no exit code.
    expect(result).toMatchObject({ status: 'error', exitCode: null, truncated: true });
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(0);
  });

  it('caps the output at a custom size', async () => {
    const result = await createCommandRunner({ maxOutputBytes: 10 }).run('cat notes.txt', ws);
    expect(result).toMatchObject({ status: 'error', exitCode: null, stdout: 'foo one\nba', truncated: true });
  });

  it('scrubs the environment', async () => {
    process.env.RAMPART_CMD_TEST_MARKER = 'leak-marker-7c1f';
    try {
      const withEnv = createCommandRunner({ allowed: [...DEFAULT_ALLOWED_COMMANDS, 'env'] });
      const result = await withEnv.run('env', ws);
      if (isRefusal(result)) throw new Error(result.reason);
      expect(result.stdout).not.toContain('leak-marker-7c1f');
      expect(result.stdout.trim().split('\n').sort()).toEqual(
        [`HOME=${ws}`, 'LANG=C.UTF-8', 'PATH=/usr/bin:/bin'].sort(),
      );
    } finally {
      delete process.env.RAMPART_CMD_TEST_MARKER;
    }
  });
});

describe('command runner: command-injection payloads (web-attacks DEV set)', () => {
  it.skipIf(!fs.existsSync(DATASET))('refuses each cmdi payload or runs it harmlessly', async () => {
    const payloads = fs
      .readFileSync(DATASET, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"cmdi"'))
      .map((line) => JSON.parse(line) as { text: string; label: string })
      .filter((row) => row.label === 'cmdi')
      .map((row) => row.text);
    expect(payloads.length).toBeGreaterThan(100);

    const fresh = makeRoot();
    const before = snapshot(fresh.root);
    const refused: Partial<Record<RefusalCode, number>> = {};
    const harmless: string[] = [];
    for (const payload of payloads) {
      const checked = checkCommand(payload, { workspace: fresh.ws });
      if (isRefusal(checked)) {
        refused[checked.code] = (refused[checked.code] ?? 0) + 1;
        continue;
      }
      const result = await createCommandRunner({ timeoutMs: 2000 }).run(payload, fresh.ws);
      if (isRefusal(result)) throw new Error(`refused only at run time: ${payload}`);
      expect(result.status, payload).not.toBe('timeout');
      harmless.push(payload);
    }
    expect(snapshot(fresh.root)).toEqual(before);
    expect(fs.readFileSync(path.join(fresh.root, 'canary.txt'), 'utf8')).toBe('canary\n');
    fs.rmSync(fresh.root, { recursive: true, force: true });
    console.log(
      `cmdi payloads: ${payloads.length}; refused by code ${JSON.stringify(refused)}; ran harmlessly ${harmless.length}: ${JSON.stringify(harmless)}`,
    );
  });
});
