import { Worker } from 'node:worker_threads';
import type { JsSandbox, JsSandboxOptions } from './js-sandbox.js';
import type { Refusal, RunOutput } from './outcome.js';
import { workerFile } from './worker-file.js';

/** How long past its CPU limit a run may take before its thread is terminated. @default 1000 */
const GRACE_MS = 1000;

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  busy: boolean;
}

/**
 * The QuickJS sandbox in worker threads, so a run is bounded in wall-clock time as well as CPU: a run
 * that overruns `timeoutMs` by more than a second has its thread terminated (status `timeout`) and a
 * fresh one takes its place. Up to `workers` runs go in parallel; the rest queue.
 */
export function createIsolatedJsSandbox(options: JsSandboxOptions & { readonly workers?: number } = {}) {
  const { workers = 2, ...sandboxOptions } = options;
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) {
    throw new Error('JavaScript sandbox: workers must be an integer from 1 to 16');
  }
  const timeoutMs = sandboxOptions.timeoutMs ?? 1000;
  const file = workerFile('js-worker');
  const slots: Slot[] = [];
  const queue: (() => void)[] = [];
  let nextId = 0;
  let idleMemoryBytes = 0;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(file, {
      workerData: sandboxOptions,
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      env: {},
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    ready.catch(() => {});
    const slot: Slot = { worker, ready, busy: false };
    worker.once('exit', () => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      queue.shift()?.();
    });
    slots.push(slot);
    return slot;
  }

  async function acquire(): Promise<Slot> {
    for (;;) {
      const free = slots.find((slot) => !slot.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      if (slots.length < workers) {
        const slot = spawn();
        slot.busy = true;
        return slot;
      }
      await new Promise<void>((resolve) => queue.push(resolve));
    }
  }

  function release(slot: Slot): void {
    slot.busy = false;
    queue.shift()?.();
  }

  function runOn(slot: Slot, code: string): Promise<RunOutput | Refusal> {
    const id = nextId++;
    const started = performance.now();
    return new Promise((resolve) => {
      const onMessage = (message: { id: number; result: RunOutput | Refusal; idleMemoryBytes: number }) => {
        if (message.id !== id) return;
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        idleMemoryBytes = message.idleMemoryBytes;
        resolve(message.result);
      };
      const timer = setTimeout(() => {
        slot.worker.off('message', onMessage);
        // Out of the pool at once, so no run is handed to a thread that is being terminated.
        const index = slots.indexOf(slot);
        if (index >= 0) slots.splice(index, 1);
        void slot.worker.terminate();
        resolve({
          status: 'timeout',
          stdout: '',
          stderr: 'Error: the script ran past its time limit',
          exitCode: null,
          truncated: false,
          durationMs: performance.now() - started,
        });
      }, timeoutMs + GRACE_MS);
      slot.worker.on('message', onMessage);
      slot.worker.postMessage({ id, code });
    });
  }

  const sandbox: JsSandbox = {
    async run(code) {
      if (closed) throw new Error('JavaScript sandbox is closed');
      const slot = await acquire();
      try {
        await slot.ready;
        return await runOn(slot, code);
      } finally {
        release(slot);
      }
    },
    idleMemoryBytes: () => idleMemoryBytes,
    close() {
      closed = true;
      for (const slot of slots.splice(0)) void slot.worker.terminate();
    },
  };
  return sandbox;
}
