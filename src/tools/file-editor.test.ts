import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileEditor } from './file-editor.js';
import type { RefusalCode } from './outcome.js';
import { isRefusal } from './outcome.js';
import { workspaceFor } from './workspace.js';

type Op = 'read' | 'write' | 'append' | 'list' | 'remove';
const OPS: readonly Op[] = ['read', 'write', 'append', 'list', 'remove'];
const DATASET = path.resolve('../shared/datasets/web-attacks-dev.jsonl');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-editor-'));
const outside = path.join(dataDir, 'outside');
const canary = path.join(dataDir, 'canary.txt');
const editor = createFileEditor();
const newWorkspace = (): string => workspaceFor(dataDir, randomUUID());
const ws = newWorkspace();

function call(op: Op, workspace: string, rel: string, content = 'pwned', ed = editor) {
  if (op === 'read') return ed.read(workspace, rel);
  if (op === 'write') return ed.write(workspace, rel, content);
  if (op === 'append') return ed.append(workspace, rel, content);
  if (op === 'list') return ed.list(workspace, rel);
  return ed.remove(workspace, rel);
}

/** Every path under `root` (except `skip`) with its type, size and content hash. */
function snapshot(root: string, skip: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (full === skip) continue;
      const stat = fs.lstatSync(full);
      const hash = stat.isFile() ? createHash('sha256').update(fs.readFileSync(full)).digest('hex') : '';
      seen.set(full, `${stat.mode}:${stat.size}:${hash}`);
      if (stat.isDirectory()) walk(full);
    }
  };
  walk(root);
  return seen;
}

const clean = (rel: string): string =>
  rel
    .normalize('NFC')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');

beforeAll(() => {
  fs.mkdirSync(path.join(outside, 'sub'), { recursive: true });
  fs.writeFileSync(canary, 'canary');
  for (const name of ['secret.txt', 'hard-target.txt', 'passwd'])
    fs.writeFileSync(path.join(outside, name), name);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('round trips', () => {
  const names = [
    'notes.txt',
    'src/deep/nested/module.ts',
    'données/été.md',
    '日本語/ファイル.txt',
    'emoji/🚀 launch.md',
    './dot/prefixed.txt',
    'double//slash.txt',
    '100%.txt',
    '50%ab.txt',
    'a..b.txt',
    'x'.repeat(255),
  ];
  it.each(names)('write, read, append, list, remove %s', async (rel) => {
    const content = `héllo ${rel}\n`;
    const size = Buffer.byteLength(content);
    expect(await editor.write(ws, rel, content)).toEqual({ sizeBytes: size });
    expect(await editor.read(ws, rel)).toEqual({ content, sizeBytes: size });
    const onDisk = path.join(ws, clean(rel));
    expect(fs.readFileSync(onDisk, 'utf8')).toBe(content);
    expect(fs.statSync(onDisk).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(onDisk)).mode & 0o777).toBe(0o700);
    expect(await editor.append(ws, rel, 'more')).toEqual({ sizeBytes: size + 4 });
    expect(await editor.read(ws, rel)).toEqual({ content: `${content}more`, sizeBytes: size + 4 });
    const parent = path.posix.dirname(clean(rel));
    const listing = await editor.list(ws, parent);
    expect(listing).toEqual({
      entries: expect.arrayContaining([{ path: clean(rel), type: 'file', sizeBytes: size + 4 }]),
    });
    expect(await editor.remove(ws, rel)).toEqual({ removed: true });
    expect(await editor.read(ws, rel)).toMatchObject({ refused: true, code: 'file_not_found' });
  });

  it('treats NFD and NFC spellings as the same file', async () => {
    await editor.write(ws, 'cafe\u0301.txt', 'crème');
    expect(await editor.read(ws, 'café.txt')).toEqual({ content: 'crème', sizeBytes: 6 });
    expect(await editor.remove(ws, 'café.txt')).toEqual({ removed: true });
  });

  it('lists one directory sorted, without recursion, symlinks as files of size 0', async () => {
    const own = newWorkspace();
    await editor.write(own, 'b.txt', 'abc');
    await editor.write(own, 'a/x.txt', 'x');
    await editor.write(own, 'a/y/z.txt', 'z');
    fs.symlinkSync('/etc', path.join(own, 'link'));
    expect(await editor.list(own)).toEqual({
      entries: [
        { path: 'a', type: 'directory', sizeBytes: 0 },
        { path: 'b.txt', type: 'file', sizeBytes: 3 },
        { path: 'link', type: 'file', sizeBytes: 0 },
      ],
    });
    expect(await editor.list(own, 'a/')).toEqual({
      entries: [
        { path: 'a/x.txt', type: 'file', sizeBytes: 1 },
        { path: 'a/y', type: 'directory', sizeBytes: 0 },
      ],
    });
  });

  it('replaces invalid UTF-8 when reading', async () => {
    fs.writeFileSync(path.join(ws, 'bin.dat'), Buffer.from([0x61, 0xff, 0x62]));
    expect(await editor.read(ws, 'bin.dat')).toEqual({ content: 'a\uFFFDb', sizeBytes: 3 });
  });

  it.each<[string, Op, string, RefusalCode]>([
    ['a directory', 'read', 'dir', 'invalid_path'],
    ['a missing file', 'read', 'missing.txt', 'file_not_found'],
    ['a missing directory', 'list', 'nope', 'file_not_found'],
    ['a file as directory', 'list', 'dir/f.txt', 'invalid_path'],
    ['under a file', 'write', 'dir/f.txt/x', 'invalid_path'],
    ['onto a directory', 'write', 'dir', 'invalid_path'],
    ['a non-empty directory', 'remove', 'dir', 'invalid_path'],
    ['a missing file', 'remove', 'missing.txt', 'file_not_found'],
  ])('refuses %s (%s %s) with %s', async (_label, op, rel, code) => {
    await editor.write(ws, 'dir/f.txt', 'f');
    expect(await call(op, ws, rel)).toMatchObject({ refused: true, code });
  });

  it('removes an empty directory', async () => {
    fs.mkdirSync(path.join(ws, 'empty'));
    expect(await editor.remove(ws, 'empty')).toEqual({ removed: true });
  });
});

describe('hostile paths', () => {
  const hostile: [string, RefusalCode, readonly Op[]][] = [
    ['../x', 'path_outside_workspace', OPS],
    ['../../etc/passwd', 'path_outside_workspace', OPS],
    ['/etc/passwd', 'invalid_path', OPS],
    ['a/../../x', 'path_outside_workspace', OPS],
    ['a/../b', 'path_outside_workspace', OPS],
    ['~/.ssh/id_rsa', 'invalid_path', OPS],
    ['C:\\Windows\\win.ini', 'invalid_path', OPS],
    ['C:/Windows/win.ini', 'invalid_path', OPS],
    ['\\\\server\\share\\x', 'invalid_path', OPS],
    ['a\\..\\..\\x', 'path_outside_workspace', OPS],
    ['\u0000', 'invalid_path', OPS],
    ['a\u0000b', 'invalid_path', OPS],
    ['a\nb', 'invalid_path', OPS],
    ['%2e%2e%2fetc%2fpasswd', 'path_outside_workspace', OPS],
    ['..%2fetc%2fpasswd', 'path_outside_workspace', OPS],
    ['%252e%252e%252fetc', 'path_outside_workspace', OPS],
    ['%c0%ae%c0%ae/etc/passwd', 'path_outside_workspace', OPS],
    ['%uff0e%uff0e/x', 'path_outside_workspace', OPS],
    ['\uff0e\uff0e/x', 'path_outside_workspace', OPS],
    ['etc%2fpasswd', 'invalid_path', OPS],
    ['etc/passwd%00', 'invalid_path', OPS],
    ['%c0%fe%c0%fe/x', 'invalid_path', OPS],
    ['....//....//etc/passwd', 'path_outside_workspace', OPS],
    ['Li4vLi4vZXRjL3Bhc3N3ZA==', 'path_outside_workspace', OPS],
    ['0x2e0x2e/0x2e0x2e/etc/passwd', 'path_outside_workspace', OPS],
    ['.?/.?/etc/passwd', 'invalid_path', OPS],
    ['%%32%%65%%32%%65/etc/passwd', 'invalid_path', OPS],
    ['notes*.txt', 'invalid_path', OPS],
    ['..;/x', 'path_outside_workspace', OPS],
    ['php://filter/resource=index.php', 'invalid_path', OPS],
    ['a'.repeat(300), 'invalid_path', OPS],
    ['', 'invalid_path', OPS],
    ['.', 'invalid_path', ['read', 'write', 'append', 'remove']],
    ['./', 'invalid_path', ['write', 'remove']],
  ];
  const before = new Map<string, string>();
  beforeAll(() => {
    for (const [key, value] of snapshot(dataDir, ws)) before.set(key, value);
  });

  it.each(hostile.flatMap(([rel, code, ops]) => ops.map((op) => [op, rel, code] as const)))(
    '%s %j → %s',
    async (op, rel, code) => {
      expect(await call(op, ws, rel)).toMatchObject({ refused: true, code, reason: expect.any(String) });
    },
  );

  it('changed nothing outside the workspace', () => {
    expect(snapshot(dataDir, ws)).toEqual(before);
    expect(fs.readFileSync(canary, 'utf8')).toBe('canary');
  });
});

describe('symlinks and hard links', () => {
  const own = newWorkspace();
  const etcPasswd = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8') : null;
  const before = new Map<string, string>();
  beforeAll(() => {
    const link = (target: string, name: string): void => fs.symlinkSync(target, path.join(own, name));
    link('/etc', 'etc-link');
    link(outside, 'out-dir');
    link('/etc/passwd', 'passwd-link');
    // Writes go through links to stand-ins in DATA_DIR: the tests run as root here, and a regression must
    // not be able to overwrite the real /etc/passwd.
    link(path.join(outside, 'passwd'), 'passwd-standin');
    link(path.join(outside, 'secret.txt'), 'secret-link');
    link(path.join(outside, 'created.txt'), 'dangling');
    link(path.join(outside, 'new-dir'), 'dangling-dir');
    link('loop', 'loop');
    fs.linkSync(path.join(outside, 'hard-target.txt'), path.join(own, 'hard'));
    for (const [key, value] of snapshot(dataDir, own)) before.set(key, value);
  });

  it.each<[Op, string, RefusalCode]>([
    ['read', 'etc-link/passwd', 'path_outside_workspace'],
    ['list', 'etc-link', 'path_outside_workspace'],
    ['list', 'etc-link/', 'path_outside_workspace'],
    ['remove', 'etc-link/passwd', 'path_outside_workspace'],
    ['read', 'passwd-link', 'path_outside_workspace'],
    ['list', 'out-dir', 'path_outside_workspace'],
    ['list', 'out-dir/sub', 'path_outside_workspace'],
    ['read', 'out-dir/secret.txt', 'path_outside_workspace'],
    ['write', 'out-dir/new.txt', 'path_outside_workspace'],
    ['write', 'out-dir/sub/deeper/new.txt', 'path_outside_workspace'],
    ['append', 'out-dir/secret.txt', 'path_outside_workspace'],
    ['write', 'passwd-standin', 'path_outside_workspace'],
    ['append', 'passwd-standin', 'path_outside_workspace'],
    ['read', 'secret-link', 'path_outside_workspace'],
    ['write', 'secret-link', 'path_outside_workspace'],
    ['read', 'dangling', 'path_outside_workspace'],
    ['write', 'dangling', 'path_outside_workspace'],
    ['append', 'dangling', 'path_outside_workspace'],
    ['write', 'dangling-dir/x.txt', 'path_outside_workspace'],
    ['read', 'loop/x', 'path_outside_workspace'],
    ['read', 'hard', 'path_outside_workspace'],
    ['write', 'hard', 'path_outside_workspace'],
    ['append', 'hard', 'path_outside_workspace'],
  ])('%s %s → %s', async (op, rel, code) => {
    expect(await call(op, own, rel)).toMatchObject({ refused: true, code });
  });

  it('left every target untouched and created nothing outside', () => {
    expect(snapshot(dataDir, own)).toEqual(before);
    expect(fs.existsSync(path.join(outside, 'created.txt'))).toBe(false);
    if (etcPasswd !== null) expect(fs.readFileSync('/etc/passwd', 'utf8')).toBe(etcPasswd);
  });

  it('removes a symlink itself, never its target', async () => {
    expect(await editor.remove(own, 'secret-link')).toEqual({ removed: true });
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret.txt');
  });
});

describe('quotas', () => {
  type Step = [Op, string, string, RefusalCode | number | { content: string } | { removed: true }];
  it.each<[string, Parameters<typeof createFileEditor>[0], Step[]]>([
    [
      'file size',
      { maxFileBytes: 10 },
      [
        ['write', 'a', '12345', 5],
        ['write', 'a', 'x'.repeat(11), 'file_too_large'],
        ['append', 'a', '678901', 'file_too_large'],
        ['read', 'a', '', { content: '12345' }],
        ['append', 'a', '67890', 10],
        ['append', 'new', 'x'.repeat(11), 'file_too_large'],
        ['read', 'new', '', 'file_not_found'],
        ['append', 'fresh', 'abc', 3],
      ],
    ],
    [
      'workspace bytes',
      { maxWorkspaceBytes: 20 },
      [
        ['write', 'a', 'a'.repeat(15), 15],
        ['write', 'b', 'b'.repeat(6), 'workspace_quota_exceeded'],
        ['read', 'b', '', 'file_not_found'],
        ['write', 'b', 'b'.repeat(5), 5],
        ['write', 'a', 'y'.repeat(16), 'workspace_quota_exceeded'],
        ['read', 'a', '', { content: 'a'.repeat(15) }],
        ['write', 'a', 'y'.repeat(10), 10],
        ['append', 'b', 'z'.repeat(6), 'workspace_quota_exceeded'],
        ['read', 'b', '', { content: 'b'.repeat(5) }],
      ],
    ],
    [
      'entry count',
      { maxFiles: 3 },
      [
        ['write', 'a', 'a', 1],
        ['write', 'd/e/f', 'f', 'workspace_quota_exceeded'],
        ['list', 'd', '', 'file_not_found'],
        ['write', 'd/e', 'e', 1],
        ['write', 'c', 'c', 'workspace_quota_exceeded'],
        ['write', 'a', 'again', 5],
        ['remove', 'a', '', { removed: true }],
        ['write', 'c', 'c', 1],
      ],
    ],
  ])('%s', async (_label, options, steps) => {
    const own = newWorkspace();
    const limited = createFileEditor(options);
    for (const [op, rel, content, expected] of steps) {
      const outcome = await call(op, own, rel, content, limited);
      if (typeof expected === 'number') expect(outcome).toEqual({ sizeBytes: expected });
      else if (typeof expected === 'string') expect(outcome).toMatchObject({ refused: true, code: expected });
      else expect(outcome).toMatchObject(expected);
    }
    const leftovers = fs
      .readdirSync(own, { recursive: true })
      .filter((name) => String(name).includes('.rampart-'));
    expect(leftovers).toEqual([]);
  });

  it('serialises concurrent writes, so parallel calls cannot overshoot the quota together', async () => {
    const own = newWorkspace();
    const limited = createFileEditor({ maxFiles: 3 });
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((name) => limited.write(own, name, name)),
    );
    expect(outcomes.filter((outcome) => !isRefusal(outcome))).toHaveLength(3);
    expect(fs.readdirSync(own)).toHaveLength(3);
  });
});

describe('dataset: traversal and lfi payloads', () => {
  it.skipIf(!fs.existsSync(DATASET))('are refused, or stay inside the workspace', async () => {
    const own = newWorkspace();
    const roomy = createFileEditor({ maxFiles: 100_000, maxWorkspaceBytes: 1 << 30 });
    const before = snapshot(dataDir, own);
    const payloads = fs
      .readFileSync(DATASET, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; label: string })
      .filter((row) => row.label === 'traversal' || row.label === 'lfi')
      .map((row) => row.text);
    const counts: Record<string, number> = {};
    const count = (key: string): void => {
      counts[key] = (counts[key] ?? 0) + 1;
    };
    for (const payload of payloads) {
      const read = await roomy.read(own, payload);
      count(`read ${isRefusal(read) ? read.code : 'accepted'}`);
      // Only a file an earlier payload wrote inside the workspace can be read back.
      if (!isRefusal(read)) expect(read.content).toBe('x');
      const write = await roomy.write(own, payload, 'x');
      if (isRefusal(write)) {
        count(`write ${write.code}`);
        continue;
      }
      count('write accepted, stayed inside');
      const landed = path.join(own, clean(payload));
      expect(landed.startsWith(own + path.sep)).toBe(true);
      expect(fs.realpathSync(landed).startsWith(own + path.sep)).toBe(true);
      expect(fs.readFileSync(landed, 'utf8')).toBe('x');
    }
    console.info(`dataset: ${payloads.length} traversal/lfi payloads`, counts);
    expect(snapshot(dataDir, own)).toEqual(before);
    expect(fs.readFileSync(canary, 'utf8')).toBe('canary');
  });
});
