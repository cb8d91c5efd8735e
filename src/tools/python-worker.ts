/**
 * One single-use Python sandbox: a worker thread that loads Pyodide from node_modules, hardens its
 * own realm, waits for one program, runs it, reports, and is then terminated by the pool. Nothing
 * of one run can reach the next, since no interpreter is ever reused.
 *
 * Layers, each assuming the others may fail:
 * - JavaScript: `import js` sees an empty object; code generation from strings is shut (every
 *   function kind's `constructor` throws, `eval` is gone), so a JsProxy cannot be turned into
 *   `Function('return process')`; Node's process-reaching modules (child_process, fs, net, …) are
 *   replaced by refusals after loading, because Emscripten's glue captured them (Python's
 *   `os.system` runs `child_process.spawnSync` under Node); the Pyodide API object loses its host
 *   bridges (mountNodeFS, useNodeSockFS, registerJsModule, …); WebAssembly memory cannot grow past
 *   the limit.
 * - Python: an audit hook (PEP 578; it cannot be removed) refuses process, socket and ctypes
 *   events and imports of the bridge modules, and reports each attempt.
 * - Thread: the pool sets V8 heap limits and terminates the worker at the wall-clock deadline.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { PyodideAPI } from 'pyodide';

interface Settings {
  readonly pyodideDir: string;
  readonly memoryLimitBytes: number;
  readonly maxOutputBytes: number;
}

const settings = workerData as Settings;
const port = parentPort;
if (!port) throw new Error('python-worker must run in a worker thread');
const escapes: string[] = [];
const report = (what: string) => {
  if (escapes.length < 20) escapes.push(what.slice(0, 120));
};

// Before Pyodide exists: WebAssembly memory grows only through this method (Emscripten's
// emscripten_resize_heap), so capping it turns a huge allocation into Python's MemoryError.
const grow = WebAssembly.Memory.prototype.grow;
Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
  value: function limitedGrow(this: WebAssembly.Memory, pages: number) {
    if (this.buffer.byteLength + pages * 65536 > settings.memoryLimitBytes) {
      throw new RangeError('sandbox memory limit');
    }
    return grow.call(this, pages);
  },
});

const require = createRequire(import.meta.url);
const { loadPyodide } = (await import(pathToFileURL(`${settings.pyodideDir}/pyodide.mjs`).href)) as {
  loadPyodide: (options: Record<string, unknown>) => Promise<PyodideAPI>;
};
const pyodide = await loadPyodide({
  indexURL: `${settings.pyodideDir}/`,
  jsglobals: Object.freeze(Object.create(null)),
  env: { HOME: '/home/pyodide' },
  stdout: () => {},
  stderr: () => {},
});

const output = { stdout: '', stderr: '', bytes: 0, truncated: false };
const collect = (stream: 'stdout' | 'stderr') => (text: string) => {
  const line = `${text}\n`;
  if (output.bytes + line.length > settings.maxOutputBytes) {
    if (!output.truncated) port.postMessage({ type: 'truncated' });
    output.truncated = true;
    return;
  }
  output.bytes += line.length;
  output[stream] += line;
  // Streamed as produced, so a run killed at its deadline still shows what it printed.
  port.postMessage({ type: 'output', stream, text: line });
};
pyodide.setStdout({ batched: collect('stdout') });
pyodide.setStderr({ batched: collect('stderr') });
pyodide.globals.set('_rampart_report', report);
await pyodide.runPythonAsync(PYTHON_GUARD());
const runPythonAsync = pyodide.runPythonAsync.bind(pyodide);
// The guard's module names stay in the default globals; the program gets a namespace of its own.
const globals = pyodide.toPy({});

hardenRealm(pyodide);

port.postMessage({ type: 'ready' });
port.once('message', async (message: { code: string }) => {
  let status: 'ok' | 'error' | 'memory_limit' = 'ok';
  try {
    await runPythonAsync(message.code, { globals, filename: '<user>' });
  } catch (error) {
    const text = String((error as Error).message ?? error);
    // Only the Python traceback's last line is useful; Pyodide's JS frames are not the user's.
    const lastLine = text.trim().split('\n').at(-1) ?? 'Error';
    status = /^MemoryError\b/.test(lastLine) || /memory limit/.test(text) ? 'memory_limit' : 'error';
    collect('stderr')(lastLine);
  }
  port.postMessage({ type: 'done', status, truncated: output.truncated, escapes });
});

function refusal(name: string) {
  return function refused(): never {
    report(name);
    throw new Error(`${name} is not available in the sandbox`);
  };
}

/** Takes away everything in this realm that reaches the host; Pyodide keeps its own references. */
function hardenRealm(api: PyodideAPI): void {
  const thrower = refusal('js:code_generation');
  for (const fn of [() => {}, async () => {}, function* () {}, async function* () {}]) {
    Object.defineProperty(Object.getPrototypeOf(fn), 'constructor', { value: thrower });
  }
  for (const [name, target] of [
    'child_process',
    'fs',
    'fs/promises',
    'net',
    'tls',
    'http',
    'https',
    'http2',
    'dgram',
    'dns',
    'vm',
    'module',
    'inspector',
    'cluster',
    'os',
    'v8',
    'worker_threads',
  ].map((name) => [name, require(name) as Record<string, unknown>] as const)) {
    // All are loaded before any is replaced: replacing `module` first would break `require` itself.
    for (const key of Object.keys(target)) {
      if (typeof target[key] === 'function') {
        try {
          target[key] = refusal(`node:${name}.${key}`);
        } catch {
          // A read-only export cannot be replaced; the realm has no way to reach it anyway.
        }
      }
    }
  }
  const bridges = [
    'mountNodeFS',
    'mountNativeFS',
    'useNodeSockFS',
    'registerJsModule',
    'unregisterJsModule',
    'registerComlink',
    'loadPackage',
    'loadPackagesFromImports',
    'unpackArchive',
    'pyimport',
    'runPython',
    'runPythonAsync',
    'makeMemorySnapshot',
    'setDebug',
    'setStdin',
    'setStdout',
    'setStderr',
    'toPy',
  ];
  const apiObject = api as unknown as Record<string, unknown>;
  for (const name of bridges) {
    Object.defineProperty(apiObject, name, { value: refusal(`pyodide.${name}`), configurable: false });
  }
  for (const name of [
    'FS',
    'PATH',
    'ERRNO_CODES',
    '_module',
    '_api',
    'globals',
    'ffi',
    'canvas',
    'lockfile',
  ]) {
    Object.defineProperty(apiObject, name, { value: undefined, configurable: false });
  }
  const global = globalThis as Record<string, unknown>;
  for (const name of [
    'process',
    'require',
    'module',
    'eval',
    'fetch',
    'WebSocket',
    'XMLHttpRequest',
    'EventSource',
    'Request',
    'Response',
    'Headers',
    'FormData',
    'Worker',
    'SharedWorker',
    'BroadcastChannel',
    'navigator',
    'Buffer',
    'global',
  ]) {
    delete global[name];
  }
}

/** The Python half: the audit hook, installed before user code exists, and the bridges removed. */
function PYTHON_GUARD(): string {
  return `
import sys
import asyncio, pyodide.code, pyodide.ffi, pyodide.webloop
def _install(report):
    blocked_roots = frozenset(("js", "pyodide_js", "micropip", "ctypes", "_ctypes", "_pyodide_core", "pyodide_http"))
    blocked_modules = frozenset(("pyodide.http", "pyodide.code", "pyodide.ffi", "pyodide.webloop", "pyodide.console"))
    blocked_events = frozenset((
        "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "os.kill", "os.killpg",
        "subprocess.Popen", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
        "ctypes.dlopen", "ctypes.dlsym", "ctypes.cdata", "ctypes.call_function",
    ))
    def hook(event, args, report=report, blocked_roots=blocked_roots, blocked_modules=blocked_modules,
             blocked_events=blocked_events):
        if event == "import":
            name = str(args[0])
            if name.split(".")[0] in blocked_roots or name in blocked_modules:
                report("python:import " + name)
                raise ImportError("module " + name + " is not available in the sandbox")
        elif event in blocked_events:
            report("python:" + event)
            raise PermissionError(event + " is not allowed in the sandbox")
    sys.addaudithook(hook)
for _name in ("js", "pyodide_js", "pyodide.http", "pyodide.console"):
    sys.modules.pop(_name, None)
_install(_rampart_report)
del _install, _name, _rampart_report
`;
}
