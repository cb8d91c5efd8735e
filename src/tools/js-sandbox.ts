import {
  type CustomizeVariantOptions,
  newQuickJSWASMModule,
  newVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
  RELEASE_SYNC,
  Scope,
  shouldInterruptAfterDeadline,
} from 'quickjs-emscripten';
import { capOutput, type ExitStatus, type Refusal, type RunOutput, refuse } from './outcome.js';

/** JavaScript sandbox options. */
export interface JsSandboxOptions {
  /** Heap limit per run, enforced by QuickJS and by a cap on the WebAssembly memory. @default 32 MiB */
  readonly memoryLimitBytes?: number;
  /**
   * CPU-time limit per run, checked at QuickJS's interrupt polls: between bytecodes, so one long builtin
   * call (`lastIndexOf` over a huge sparse array) overruns it; only a worker can bound wall-clock time.
   * @default 1000
   */
  readonly timeoutMs?: number;
  /** Output cap, stdout and stderr each. @default 64 KiB */
  readonly maxOutputBytes?: number;
  /** Longest accepted source. @default 100_000 characters */
  readonly maxCodeChars?: number;
  /**
   * QuickJS stack limit, at most 4 MiB (the build's C stack is 5 MiB); past ~300 KiB Node's own stack
   * usually runs out first, which is still reported as a stack overflow but costs an instance reload.
   * @default 256 KiB
   */
  readonly maxStackBytes?: number;
}

/** A JavaScript sandbox: each run gets a fresh QuickJS runtime and context in one WebAssembly instance. */
export interface JsSandbox {
  /** Runs a script; only `console` is provided, and nothing of one run survives into the next. */
  run(code: string): Promise<RunOutput | Refusal>;
  /** Bytes of the WebAssembly linear memory the sandbox holds (it never shrinks, so a high-water mark). */
  readonly idleMemoryBytes: () => number;
  /** Releases the WebAssembly instance; later runs throw. */
  close(): void;
}

type Limits = Required<JsSandboxOptions>;
type Instance = { module: QuickJSWASMModule; memory: WebAssembly.Memory; maxBytes: number };
type Sink = { readonly cap: number; text: string; bytes: number; truncated: boolean };
/** `overflowed`: Node's stack ran out inside a console call (the error was kept from QuickJS's frames). */
type Streams = { readonly stdout: Sink; readonly stderr: Sink; overflowed: boolean };
/** `retire`: the instance must not be reused (its QuickJS state may be broken, or its heap is at the cap). */
type Executed = { readonly status: ExitStatus; readonly retire: boolean };
type Muted = NonNullable<CustomizeVariantOptions['emscriptenModule']> & { print(): void; printErr(): void };

const MiB = 2 ** 20;
const PAGE = 65_536;
/** The release build declares 16 MiB initial memory; its C stack and data take the first ~5.1 MiB. */
const BUILD_INITIAL_BYTES = 16 * MiB;
const BUILD_STATIC_BYTES = 5.25 * MiB;
/** Freed after the run so reporting still has heap when the script exhausted it. */
const RESERVE_BYTES = 256 * 1024;
/** Reporting (a thrown value's toString, say) runs user code too, so it gets its own short deadline. */
const REPORT_GRACE_MS = 50;
const JOB_BATCH = 1024;
/** console called from a toJSON or toString that console itself is formatting would recurse on Node's stack. */
const MAX_CONSOLE_DEPTH = 4;

// Evaluated before the user's code and kept only by the host: it captures the intrinsics, so
// tampering with String, JSON or Function.prototype.call changes nothing but the user's own output.
const HELPERS = `(() => {
  'use strict';
  const S = String, stringify = JSON.stringify, apply = Reflect.apply, slice = S.prototype.slice, E = Error;
  let reserve = new ArrayBuffer(${RESERVE_BYTES});
  const show = (v) => {
    try {
      if (typeof v === 'string') return v;
      if (typeof v !== 'object' || v === null || v instanceof E) return S(v);
      const json = stringify(v);
      return json === undefined ? S(v) : json;
    } catch {
      try { return S(v); } catch { return '[unprintable]'; }
    }
  };
  const format = (max, ...args) => {
    let line = '';
    for (let i = 0; i < args.length && line.length <= max; i++) line += (i === 0 ? '' : ' ') + show(args[i]);
    return line.length > max ? apply(slice, line, [0, max]) : line;
  };
  return [format, () => { reserve = null; }];
})()`;

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`JS sandbox: ${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function write(sink: Sink, chunk: string): void {
  if (sink.truncated || chunk === '') return;
  const cut = capOutput(chunk, sink.cap - sink.bytes);
  sink.text += cut.text;
  sink.bytes += Buffer.byteLength(cut.text);
  sink.truncated = cut.truncated;
}

async function load(limits: Limits): Promise<Instance> {
  // QuickJS under Emscripten counts 8 bytes per allocation whatever its size (malloc_usable_size is
  // unavailable), so setMemoryLimit alone lets strings and buffers grow the heap to 2 GiB; a hard
  // maximum on the imported memory makes malloc fail, which QuickJS reports as out of memory.
  const pages = Math.ceil(Math.max(BUILD_INITIAL_BYTES, BUILD_STATIC_BYTES + limits.memoryLimitBytes) / PAGE);
  const memory = new WebAssembly.Memory({ initial: BUILD_INITIAL_BYTES / PAGE, maximum: pages });
  // Emscripten prints "Aborted(...)" itself; the run reports it, so its own printing is muted.
  const emscriptenModule: Muted = { print() {}, printErr() {} };
  const module = await newQuickJSWASMModule(
    newVariant(RELEASE_SYNC, { wasmMemory: memory, emscriptenModule }),
  );
  return { module, memory, maxBytes: pages * PAGE };
}

/** Whether the heap has grown as far as Emscripten can take it (it grows by at least 5%). */
function heapFull(instance: Instance): boolean {
  const size = instance.memory.buffer.byteLength;
  return size > BUILD_INITIAL_BYTES && size * 1.05 > instance.maxBytes;
}

function call(context: QuickJSContext, scope: Scope, fn: QuickJSHandle, args: QuickJSHandle[]) {
  const result = scope.manage(context.callFunction(fn, context.undefined, args));
  return result.error ? null : context.getString(result.value);
}

function installConsole(context: QuickJSContext, scope: Scope, format: QuickJSHandle, out: Streams) {
  const consoleObject = scope.manage(context.newObject());
  let depth = 0;
  for (const name of ['log', 'info', 'debug', 'warn', 'error'] as const) {
    const sink = name === 'warn' || name === 'error' ? out.stderr : out.stdout;
    const fn = context.newFunction(name, (...args) => {
      if (sink.truncated || depth >= MAX_CONSOLE_DEPTH) return;
      depth += 1;
      try {
        Scope.withScope((inner) => {
          const budget = inner.manage(context.newNumber(sink.cap - sink.bytes + 1));
          const line = call(context, inner, format, [budget, ...args]);
          // A failed format means the VM was interrupted or out of memory: the run reports that.
          if (line !== null) write(sink, `${line}\n`);
        });
      } catch (error) {
        // A host error must not unwind into QuickJS's C frames.
        if (error instanceof RangeError) out.overflowed = true;
      } finally {
        depth -= 1;
      }
    });
    context.setProp(consoleObject, name, scope.manage(fn));
  }
  context.setProp(context.global, 'console', consoleObject);
}

/** Runs pending jobs in batches, so the host deadline is checked even if the VM never polls. */
function drainJobs(runtime: QuickJSRuntime, scope: Scope, deadline: number) {
  while (runtime.hasPendingJob()) {
    if (Date.now() > deadline) return 'late';
    const jobs = scope.manage(runtime.executePendingJobs(JOB_BATCH));
    if (jobs.error) return jobs.error;
  }
  return 'drained';
}

function execute(instance: Instance, code: string, limits: Limits, out: Streams): Executed {
  const scope = new Scope();
  let interrupted = false;
  let abandoned = false;
  try {
    const runtime = scope.manage(instance.module.newRuntime());
    runtime.setMemoryLimit(limits.memoryLimitBytes);
    runtime.setMaxStackSize(limits.maxStackBytes);
    const deadline = Date.now() + limits.timeoutMs;
    const expired = shouldInterruptAfterDeadline(deadline);
    runtime.setInterruptHandler((rt) => {
      // A flag, not the error's text: an async function turns the interrupt into a rejection.
      if (expired(rt)) interrupted = true;
      return interrupted;
    });
    const context = scope.manage(runtime.newContext());
    const helpers = scope.manage(
      context.unwrapResult(context.evalCode(HELPERS, 'helpers.js', { type: 'global' })),
    );
    const format = scope.manage(context.getProp(helpers, 0));
    const release = scope.manage(context.getProp(helpers, 1));
    installConsole(context, scope, format, out);

    const result = scope.manage(context.evalCode(code, 'user.js', { type: 'global' }));
    const jobs = result.error ? 'drained' : drainJobs(runtime, scope, deadline);
    if (interrupted || jobs === 'late') {
      write(out.stderr, `InternalError: interrupted (time limit ${limits.timeoutMs} ms)\n`);
      return { status: 'timeout', retire: false };
    }
    let thrown = result.error ?? (jobs === 'drained' ? undefined : jobs);
    let value = result.error ? undefined : result.value;
    if (value && !thrown) {
      const state = context.getPromiseState(value);
      if (state.type === 'rejected') thrown = scope.manage(state.error);
      else if (state.type === 'pending') {
        write(out.stderr, 'Error: the promise the script returned never settled\n');
        return { status: 'error', retire: false };
      } else if (!state.notAPromise) value = scope.manage(state.value);
    }

    // From here on the host only reads results: lift QuickJS's own limit (the memory cap stays),
    // free the reserve, and give the formatting a deadline of its own.
    runtime.setMemoryLimit(-1);
    scope.manage(context.callFunction(release, context.undefined));
    runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + REPORT_GRACE_MS));
    const budget = scope.manage(context.newNumber(limits.maxOutputBytes + 1));
    if (thrown) {
      const text = call(context, scope, format, [budget, thrown]);
      // With the heap at its cap QuickJS may not even allocate the error, and throws null instead.
      if (heapFull(instance) || text?.startsWith('InternalError: out of memory')) {
        write(out.stderr, `InternalError: out of memory (limit ${limits.memoryLimitBytes} bytes)\n`);
        return { status: 'memory_limit', retire: true };
      }
      write(out.stderr, `${text ?? '[unprintable]'}\n`);
      return { status: 'error', retire: false };
    }
    if (value && out.stdout.text === '' && context.typeof(value) !== 'undefined') {
      write(out.stdout, call(context, scope, format, [budget, value]) ?? '[unprintable]');
    }
    return { status: 'ok', retire: false };
  } catch (error) {
    // Disposing a runtime left mid-call by a host exception trips QuickJS's assertions, or worse.
    abandoned = true;
    throw error;
  } finally {
    if (!abandoned) scope.dispose();
  }
}

/**
 * Creates a JavaScript sandbox on QuickJS compiled to WebAssembly: no host object is reachable from
 * it, and each run is bounded in CPU time, heap, stack and output.
 */
export async function createJsSandbox(options: JsSandboxOptions = {}): Promise<JsSandbox> {
  const limits: Limits = {
    memoryLimitBytes: integer('memoryLimitBytes', options.memoryLimitBytes ?? 32 * MiB, MiB, 1024 * MiB),
    timeoutMs: integer('timeoutMs', options.timeoutMs ?? 1000, 10, 60_000),
    maxOutputBytes: integer('maxOutputBytes', options.maxOutputBytes ?? 64 * 1024, 1, 64 * MiB),
    maxCodeChars: integer('maxCodeChars', options.maxCodeChars ?? 100_000, 1, 10_000_000),
    maxStackBytes: integer('maxStackBytes', options.maxStackBytes ?? 256 * 1024, 16 * 1024, 4 * MiB),
  };
  let instance: Promise<Instance> | undefined = load(limits);
  let current: Instance | undefined = await instance;
  let closed = false;

  return {
    async run(code) {
      if (closed) throw new Error('JS sandbox: closed');
      if (code.length > limits.maxCodeChars) {
        return refuse('code_too_large', `${code.length} characters; the limit is ${limits.maxCodeChars}`);
      }
      instance ??= load(limits);
      const loaded = await instance.catch((error: unknown) => {
        instance = undefined;
        throw error;
      });
      current = loaded;
      const started = performance.now();
      const cap = limits.maxOutputBytes;
      const out: Streams = {
        stdout: { cap, text: '', bytes: 0, truncated: false },
        stderr: { cap, text: '', bytes: 0, truncated: false },
        overflowed: false,
      };
      let executed: Executed;
      try {
        executed = execute(loaded, code, limits, out);
      } catch (error) {
        // The VM unwound abnormally (Node's own stack overflowed inside QuickJS's C recursion, or
        // Emscripten aborted): nothing in this instance can be trusted, so a new one is loaded.
        const stack = error instanceof RangeError || out.overflowed;
        const full = !stack && heapFull(loaded);
        const message = stack ? 'stack overflow' : full ? 'out of memory' : 'the sandbox aborted';
        write(out.stderr, `InternalError: ${message}\n`);
        executed = { status: full ? 'memory_limit' : 'error', retire: true };
      }
      if (executed.retire) {
        // Dropping the instance frees its memory, which WebAssembly would otherwise never shrink.
        instance = undefined;
        current = undefined;
      }
      return {
        status: executed.status,
        stdout: out.stdout.text,
        stderr: out.stderr.text,
        exitCode: null,
        truncated: out.stdout.truncated || out.stderr.truncated,
        durationMs: performance.now() - started,
      };
    },
    // The linear memory is the heap every runtime lives in; 0 while no instance is loaded.
    idleMemoryBytes: () => current?.memory.buffer.byteLength ?? 0,
    close() {
      closed = true;
      instance = undefined;
      current = undefined;
    },
  };
}
