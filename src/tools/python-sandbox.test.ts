import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../test/helpers/cli.js';
import { isRefusal } from './outcome.js';
import { createPythonSandbox, type PythonRun, type PythonSandbox } from './python-sandbox.js';

// Every run loads a fresh interpreter (2-3 s each on two cores): the pool keeps two loading ahead.
let sandbox: PythonSandbox;
beforeAll(() => {
  requireBuild();
  sandbox = createPythonSandbox({ warmWorkers: 2, maxWorkers: 2, timeoutMs: 1500 });
  sandbox.prewarm();
});
afterAll(async () => {
  await sandbox.close();
});

async function run(code: string): Promise<PythonRun> {
  const result = await sandbox.run(code);
  if (isRefusal(result)) throw new Error(`refused: ${result.code}`);
  return result;
}

describe('Python sandbox', { timeout: 120_000 }, () => {
  it('runs a program and returns what it printed', async () => {
    const result = await run(
      "print('Hello, World!')\nimport json, math\nprint(json.dumps([math.floor(2.5)]))",
    );
    expect(result).toMatchObject({ status: 'ok', stdout: 'Hello, World!\n[2]\n', stderr: '', escapes: [] });
  });

  it('reports a Python exception as an error with its last traceback line', async () => {
    const result = await run("raise ValueError('boom')");
    expect(result).toMatchObject({ status: 'error', stderr: 'ValueError: boom\n' });
  });

  it.each([
    ["import os; os.system('id')", 'python:os.system', /PermissionError/],
    [
      "import sys; del sys.modules['posix']; import posix; posix.system('id')",
      'python:os.system',
      /PermissionError/,
    ],
    ['import js; js.process', 'python:import js', /ImportError/],
    ['import pyodide_js; pyodide_js.mountNodeFS("/host", "/")', 'python:import pyodide_js', /ImportError/],
    [
      "from pyodide.ffi import to_js\nto_js([]).constructor.constructor('return process')()",
      'js:code_generation',
      /not available in the sandbox/,
    ],
    ['import ctypes', 'python:import ctypes', /ImportError/],
    [
      "import socket; socket.socket().connect(('127.0.0.1', 5432))",
      'python:socket.connect',
      /PermissionError/,
    ],
  ])('refuses %j and reports the attempt', async (code, attempt, error) => {
    const result = await run(code);
    expect(result.status).toBe('error');
    expect(result.stderr).toMatch(error);
    expect(result.escapes).toContain(attempt);
  });

  it.each([
    ["open('/etc/passwd').read()", /FileNotFoundError/],
    ["import subprocess; subprocess.run(['id'])", /OSError: .*does not support processes/],
    ["import urllib.request; urllib.request.urlopen('http://127.0.0.1:5432')", /URLError|PermissionError/],
  ])('runs %j harmlessly: the host is not there', async (code, error) => {
    const result = await run(code);
    expect(result.status).toBe('error');
    expect(result.stderr).toMatch(error);
  });

  it('stops an endless loop at the wall-clock limit', async () => {
    const result = await run('while True: pass');
    expect(result.status).toBe('timeout');
    expect(result.durationMs).toBeLessThan(3000);
  });

  it.each([
    ['bytearray(300 * 2**20)', 'memory_limit'],
    ['bytearray(10**10)', 'error'],
  ])('keeps %s inside the memory limit (%s)', async (code, status) => {
    const result = await run(code);
    expect(result.status).toBe(status);
  });

  it('caps a flood of output and says so', async () => {
    const result = await run("while True: print('y' * 1000)");
    expect(result.status).toBe('timeout');
    expect(result.truncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(64 * 1024);
  });

  it('gives every run a fresh interpreter: nothing of one run is visible to the next', async () => {
    await run(
      "secret = 'from run one'\nopen('/tmp/left-behind', 'w').write('x')\nimport json\njson.dumps = None",
    );
    const next = await run(
      "import os, json\nprint('secret' in globals(), os.path.exists('/tmp/left-behind'), json.dumps is None)",
    );
    expect(next.stdout).toBe('False False False\n');
  });

  it('refuses a program over the size limit without starting it', async () => {
    const small = createPythonSandbox({ warmWorkers: 0, maxCodeChars: 10 });
    try {
      expect(await small.run('print("far too long")')).toMatchObject({
        refused: true,
        code: 'code_too_large',
      });
    } finally {
      await small.close();
    }
  });

  it.each([
    [{ warmWorkers: -1 }, /warmWorkers/],
    [{ timeoutMs: 10 }, /timeoutMs/],
    [{ memoryLimitBytes: 1024 }, /memoryLimitBytes/],
  ])('rejects options %j at construction', (options, message) => {
    expect(() => createPythonSandbox(options)).toThrow(message);
  });
});
