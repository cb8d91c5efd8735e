import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsSandbox, type JsSandbox, type JsSandboxOptions } from './js-sandbox.js';
import { type ExitStatus, isRefusal, type RunOutput } from './outcome.js';

const MiB = 2 ** 20;
const TIMEOUT_MS = 300;
const CAP = 4096;

let plain: JsSandbox;
let hostile: JsSandbox;

beforeAll(async () => {
  plain = await createJsSandbox();
  hostile = await createJsSandbox({ timeoutMs: TIMEOUT_MS, memoryLimitBytes: 16 * MiB, maxOutputBytes: CAP });
});
afterAll(() => {
  plain.close();
  hostile.close();
});

async function run(sandbox: JsSandbox, code: string): Promise<RunOutput> {
  const out = await sandbox.run(code);
  if (isRefusal(out)) throw new Error(`refused: ${out.reason}`);
  return out;
}

/** Strings that would only appear in output if something of the Node host leaked into the sandbox. */
function expectNoHostLeak(out: RunOutput): void {
  const text = out.stdout + out.stderr;
  for (const marker of [process.cwd(), 'node_modules', process.version, 'versions', 'pid', 'file://']) {
    expect(text).not.toContain(marker);
  }
}

describe('benign code', () => {
  it.each<[string, string, Partial<RunOutput>]>([
    ['console.log', "console.log('Hello, World!')", { status: 'ok', stdout: 'Hello, World!\n', stderr: '' }],
    ['the final value, like a REPL', '1+2', { status: 'ok', stdout: '3' }],
    ['no final value when there is output', "console.log('a'); 5", { stdout: 'a\n' }],
    [
      'async/await',
      '(async () => { const v = await Promise.resolve(41); console.log(v + 1); })()',
      { status: 'ok', stdout: '42\n' },
    ],
    ['a fulfilled promise value', "(async () => await Promise.resolve('done'))()", { stdout: 'done' }],
    [
      'microtasks run after the script',
      "Promise.resolve().then(() => console.log('later'))",
      { stdout: 'later\n' },
    ],
    ['JSON', 'JSON.stringify(JSON.parse(\'{"a":[1,2]}\'))', { status: 'ok', stdout: '{"a":[1,2]}' }],
    ['Math', 'Math.max(3, 7) + Math.sqrt(16)', { status: 'ok', stdout: '11' }],
    [
      'console.log formatting',
      "console.log({ a: 1 }, [1, 2], 'x', 5, null, undefined, new RangeError('r'))",
      { stdout: '{"a":1} [1,2] x 5 null undefined RangeError: r\n' },
    ],
    [
      'a cyclic object',
      'const o = {}; o.self = o; console.log(o)',
      { status: 'ok', stdout: '[object Object]\n' },
    ],
    [
      'console.error and warn',
      "console.error('oops'); console.warn('hm')",
      { stdout: '', stderr: 'oops\nhm\n' },
    ],
    ['a thrown Error', "throw new Error('boom')", { status: 'error', stderr: 'Error: boom\n' }],
    [
      'a rejected promise',
      "Promise.reject(new TypeError('bad'))",
      { status: 'error', stderr: 'TypeError: bad\n' },
    ],
    ['a syntax error', 'let = ;', { status: 'error' }],
    ['a promise that never settles', 'new Promise(() => {})', { status: 'error' }],
  ])('%s', async (_name, code, expected) => {
    const out = await run(plain, code);
    expect(out).toMatchObject({ exitCode: null, truncated: false, ...expected });
    expect(out.durationMs).toBeGreaterThan(0);
  });
});

describe('hostile code', () => {
  it.each<[string, string, ExitStatus, RegExp?]>([
    [
      'Function via this.constructor',
      "this.constructor.constructor('return process')()",
      'error',
      /ReferenceError/,
    ],
    ['sloppy this', '(function(){ return this })().process', 'ok'],
    ['require', 'globalThis.require', 'ok'],
    ['dynamic import', "import('fs')", 'error'],
    ['a static import', "import fs from 'fs'", 'error', /SyntaxError/],
    ['new Function', "new Function('return globalThis')().process", 'ok'],
    [
      "the console's Function",
      "Object.getPrototypeOf(console.log).constructor('return process')()",
      'error',
      /ReferenceError: 'process' is not defined/,
    ],
    [
      'host globals',
      "['process', 'require', 'module', 'Buffer', 'fetch', 'std', 'os', 'setTimeout'].filter((k) => k in globalThis)",
      'ok',
    ],
  ])('%s', async (_name, code, status, stderr) => {
    const out = await run(hostile, code);
    expect(out.status).toBe(status);
    if (status === 'ok') expect(out.stdout).toMatch(/^(|\[\])$/);
    if (stderr) expect(out.stderr).toMatch(stderr);
    expectNoHostLeak(out);
  });

  it.each([
    ['while(true)', 'while(true){}'],
    ['a loop with try/catch', 'for(;;){ try{}catch{} }'],
    ['an async loop', '(async()=>{ for(;;) await null })()'],
    ['a caught interrupt', "try { while(true){} } catch (e) { console.log('caught') }"],
    ['a microtask chain', 'function loop(){ Promise.resolve().then(loop) } loop()'],
  ])('stops %s at the time limit', async (_name, code) => {
    const out = await run(hostile, code);
    expect(out.status).toBe('timeout');
    expect(out.stdout).toBe('');
    expect(out.durationMs).toBeLessThan(TIMEOUT_MS + 500);
  });

  it.each<[string, string, ExitStatus[]]>([
    ['big strings', "let a=[]; for(;;) a.push('x'.repeat(1e6))", ['memory_limit']],
    ['one huge string', "'x'.repeat(2**28)", ['memory_limit']],
    ['a string past the engine maximum', "'x'.repeat(2**30)", ['memory_limit', 'error']],
    ['typed arrays', 'let a=[]; for(;;) a.push(new Uint8Array(1e6))', ['memory_limit']],
    ['a linked list of small objects', 'let l = null; for (;;) l = { next: l }', ['memory_limit']],
    ['a growing array', 'const a = []; for (let i = 0; ; i++) a[i] = i', ['memory_limit']],
  ])('stops %s at the memory limit', async (_name, code, statuses) => {
    const out = await run(hostile, code);
    expect(statuses).toContain(out.status);
    expectNoHostLeak(out);
    // The heap of a run that hit the cap is dropped, so the next run starts from a fresh instance.
    expect((await run(hostile, '6*7')).stdout).toBe('42');
    expect(hostile.idleMemoryBytes()).toBe(16 * MiB);
  });

  it.each([
    ['plain recursion', 'function f(){f()} f()'],
    ['recursion through a builtin', 'function f(){ [0].forEach(f) } f()'],
    ['deeply nested JSON', 'let a=[]; for(let i=0;i<1e5;i++) a=[a]; JSON.stringify(a)'],
    ['deeply nested source', "eval('['.repeat(1e5))"],
  ])('reports a stack overflow from %s as an error', async (_name, code) => {
    const out = await run(hostile, code);
    expect(out.status).toBe('error');
    expect(out.stderr).toMatch(/stack overflow/);
    expect((await run(hostile, '6*7')).stdout).toBe('42');
  });

  it('logs at every level of a runaway recursion, then reports the overflow', async () => {
    const out = await run(plain, 'function f(n){ console.log(n); f(n+1) } f(0)');
    expect(out.status).toBe('error');
    expect(out.stderr).toMatch(/stack overflow/);
    expect(out.stdout.startsWith('0\n1\n2\n')).toBe(true);
    expect((await run(plain, '6*7')).stdout).toBe('42');
  });

  it('bounds console calls made while console formats a value', async () => {
    const out = await run(hostile, 'const o = { toJSON() { console.log(o); return 1 } }; console.log(o)');
    expect(out.status).toBe('ok');
    expect(out.stdout).toMatch(/^(1\n)+$/);
  });

  it('caps an output flood and still times out', async () => {
    const out = await run(hostile, "for(;;) console.log('y'.repeat(1000))");
    expect(out).toMatchObject({ status: 'timeout', truncated: true });
    expect(Buffer.byteLength(out.stdout)).toBeLessThanOrEqual(CAP);
    expect(out.stdout.startsWith('yyy')).toBe(true);
  });

  it('cuts multi-byte output on a character boundary', async () => {
    const out = await run(hostile, "console.log('é'.repeat(10000))");
    expect(out).toMatchObject({ status: 'ok', truncated: true });
    expect(Buffer.byteLength(out.stdout)).toBeLessThanOrEqual(CAP);
    expect(out.stdout).toMatch(/^é+$/);
  });

  it('refuses code over maxCodeChars without running it', async () => {
    const small = await createJsSandbox({ maxCodeChars: 10 });
    expect(await small.run('console.log(1)')).toMatchObject({ refused: true, code: 'code_too_large' });
    expect(await small.run('1+1')).toMatchObject({ status: 'ok', stdout: '2' });
    small.close();
  });

  it('confines prototype pollution and tampering to its own run', async () => {
    const tamper = await run(
      hostile,
      `Object.prototype.polluted = 1; Array.prototype.push = null; String = () => 'hacked';
       JSON.stringify = () => 'hacked'; console.log.constructor.prototype.call = null;
       Function.prototype.apply = null; console.log('still', { a: 1 })`,
    );
    expect(tamper).toMatchObject({ status: 'ok', stdout: 'still {"a":1}\n' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(typeof Function.prototype.call).toBe('function');
    const next = await run(
      hostile,
      'console.log(typeof ({}).polluted, typeof [].push, typeof Function.prototype.call)',
    );
    expect(next.stdout).toBe('undefined function function\n');
  });

  it('keeps runs independent', async () => {
    await run(plain, 'var leaked = 1; globalThis.other = 2; let lexical = 3');
    const out = await run(plain, 'typeof leaked + typeof other + typeof lexical');
    expect(out.stdout).toBe('undefinedundefinedundefined');
  });

  it('survives 20 consecutive hostile runs', async () => {
    const attacks = [
      'function f(){f()} f()',
      "'x'.repeat(2**28)",
      "this.constructor.constructor('return process')()",
      'Object.prototype.x = 1; throw new Error("x")',
      'let a=[]; for(let i=0;i<1e5;i++) a=[a]; JSON.stringify(a)',
      'let l = null; for (;;) l = { next: l }',
      "import('fs')",
      'Promise.reject(1)',
      'while(true){}',
      'let a=[]; for(;;) a.push(new Uint8Array(1e6))',
    ];
    for (let i = 0; i < 20; i++) {
      const out = await run(hostile, attacks[i % attacks.length] ?? '');
      expect(out.status).not.toBe('ok');
    }
    expect(await run(hostile, "console.log('Hello, World!')")).toMatchObject({
      status: 'ok',
      stdout: 'Hello, World!\n',
    });
  });
});

describe('options', () => {
  it.each<[keyof JsSandboxOptions, number]>([
    ['memoryLimitBytes', 1024],
    ['memoryLimitBytes', 2 * 1024 * MiB],
    ['memoryLimitBytes', Number.NaN],
    ['timeoutMs', 5],
    ['timeoutMs', 60_001],
    ['timeoutMs', 1.5],
    ['maxOutputBytes', 0],
    ['maxCodeChars', -1],
    ['maxStackBytes', 8 * MiB],
  ])('rejects %s = %d', async (name, value) => {
    await expect(createJsSandbox({ [name]: value })).rejects.toThrow(name);
  });

  it('accepts the smallest limits', async () => {
    const tiny = await createJsSandbox({ memoryLimitBytes: MiB, timeoutMs: 10, maxStackBytes: 16 * 1024 });
    expect(await tiny.run('1+1')).toMatchObject({ status: 'ok', stdout: '2' });
    tiny.close();
    await expect(tiny.run('1')).rejects.toThrow('closed');
  });
});
