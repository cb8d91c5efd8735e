import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { capOutput, type Refusal, type RunOutput, refuse } from './outcome.js';
import { workerFile } from './worker-file.js';

/** Python sandbox options. */
export interface PythonSandboxOptions {
  /**
   * Loaded workers kept ready after the first run, so later runs do not pay Pyodide's load time;
   * none are loaded before Python is first used. @default 2
   */
  readonly warmWorkers?: number;
  /** Workers alive at once, ready or running; further runs wait. @default 4 */
  readonly maxWorkers?: number;
  /** Wall-clock limit per run; the worker is terminated at it. @default 5000 */
  readonly timeoutMs?: number;
  /** WebAssembly memory of one interpreter. @default 256 MiB */
  readonly memoryLimitBytes?: number;
  /** V8 heap of one worker, in MiB. @default 128 */
  readonly heapLimitMb?: number;
  /** Output cap, stdout and stderr together. @default 64 KiB */
  readonly maxOutputBytes?: number;
  /** Longest accepted program. @default 100000 characters */
  readonly maxCodeChars?: number;
}

/** A Python run's result, with the host-reaching attempts the sandbox refused. */
export type PythonRun = RunOutput & { readonly escapes: readonly string[] };

interface Ready {
  readonly worker: Worker;
  readonly ready: Promise<void>;
}

function positive(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Python sandbox: ${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * Runs Python in Pyodide (loaded from node_modules, never a CDN), one single-use worker thread per
 * run: no state, file or module of one run can reach the next, or another user's. A pool keeps
 * loaded workers ready; see python-worker.ts for how each one is hardened.
 */
export function createPythonSandbox(options: PythonSandboxOptions = {}) {
  const warm = positive('warmWorkers', options.warmWorkers ?? 2, 0, 16);
  const maxWorkers = positive('maxWorkers', options.maxWorkers ?? 4, 1, 32);
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? 5000, 100, 120_000);
  const memoryLimitBytes = positive(
    'memoryLimitBytes',
    options.memoryLimitBytes ?? 256 * 2 ** 20,
    64 * 2 ** 20,
    2 ** 31,
  );
  const heapLimitMb = positive('heapLimitMb', options.heapLimitMb ?? 128, 32, 4096);
  const maxOutputBytes = positive('maxOutputBytes', options.maxOutputBytes ?? 64 * 1024, 1024, 16 * 2 ** 20);
  const maxCodeChars = positive('maxCodeChars', options.maxCodeChars ?? 100_000, 1, 1_000_000);
  const file = workerFile('python-worker');
  const pyodideDir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  const ready: Ready[] = [];
  const waiting: (() => void)[] = [];
  let alive = 0;
  let closed = false;
  let used = false;

  function spawn(): Ready {
    alive += 1;
    const worker = new Worker(file, {
      workerData: { pyodideDir, memoryLimitBytes, maxOutputBytes },
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      env: {},
      stdout: true,
      stderr: true,
    });
    // Pyodide may print while loading; the output is not the user's and is dropped.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.once('exit', () => {
      alive -= 1;
      waiting.shift()?.();
      refill();
    });
    const loaded = new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { type: string }) =>
        message.type === 'ready' ? resolve() : reject(new Error('worker spoke first')),
      );
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('worker exited while loading')));
    });
    loaded.catch(() => {});
    return { worker, ready: loaded };
  }

  function refill(): void {
    while (used && !closed && ready.length < warm && alive < maxWorkers) ready.push(spawn());
  }

  async function take(): Promise<Ready> {
    for (;;) {
      const next = ready.shift();
      if (next) {
        refill();
        return next;
      }
      if (alive < maxWorkers) return spawn();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  return {
    /** Runs one program in a fresh interpreter. */
    async run(code: string): Promise<PythonRun | Refusal> {
      if (code.length > maxCodeChars) return refuse('code_too_large', `program of ${code.length} characters`);
      if (closed) throw new Error('Python sandbox is closed');
      used = true;
      const { worker, ready: loaded } = await take();
      try {
        await loaded;
        return await runOn(worker, code, performance.now());
      } finally {
        void worker.terminate();
      }
    },
    /** Starts loading the warm workers now rather than at the first run. */
    prewarm(): void {
      used = true;
      refill();
    },
    /** Resolves once every warm worker started so far has loaded. */
    async loaded(): Promise<void> {
      await Promise.all(ready.map((slot) => slot.ready));
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(ready.splice(0).map(({ worker }) => worker.terminate()));
    },
  };

  function runOn(worker: Worker, code: string, started: number): Promise<PythonRun> {
    return new Promise((resolve) => {
      const out = { stdout: '', stderr: '', truncated: false };
      let finished = false;
      const finish = (
        status: RunOutput['status'],
        extra: { truncated?: boolean; escapes?: readonly string[] } = {},
      ) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        worker.removeAllListeners('message');
        const stdout = capOutput(out.stdout, maxOutputBytes);
        const stderr = capOutput(out.stderr, maxOutputBytes);
        resolve({
          status,
          stdout: stdout.text,
          stderr: stderr.text,
          exitCode: null,
          truncated: out.truncated || Boolean(extra.truncated) || stdout.truncated || stderr.truncated,
          durationMs: performance.now() - started,
          escapes: extra.escapes ?? [],
        });
      };
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'output') out[message.stream] += message.text;
        else if (message.type === 'truncated') out.truncated = true;
        else if (message.type === 'done') finish(message.status, message);
      });
      worker.once('error', (error: Error & { code?: string }) =>
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory_limit' : 'error'),
      );
      worker.once('exit', () => finish('error'));
      worker.postMessage({ code });
    });
  }
}

type WorkerMessage =
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'truncated' }
  | { type: 'done'; status: 'ok' | 'error' | 'memory_limit'; truncated: boolean; escapes: string[] };

/** The Python sandbox's type. */
export type PythonSandbox = ReturnType<typeof createPythonSandbox>;
