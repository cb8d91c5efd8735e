// Latency and idle memory of the code sandboxes, in one process:
//
//   npm run build && node --expose-gc bench/sandboxes.mjs [--python-runs 12]
//
// JavaScript (QuickJS in WebAssembly) as the server runs it, in a worker thread:
//   cold = a new worker (thread start, WASM instance) + the first run; warm = runs on a started worker.
// Python (Pyodide): every run gets a single-use worker, so
//   cold = spawn + load Pyodide + harden + run; warm = a run on a worker the pool already loaded.
// Idle memory: process RSS / external deltas with GC, around starting one JS worker and keeping one
// loaded Python worker, and the WebAssembly memory QuickJS reports.
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const PY_RUNS = arg('python-runs', 12);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
const ms = (x) => `${x.toFixed(1)} ms`;
const mib = (x) => `${(x / 2 ** 20).toFixed(0)} MiB`;
const gc = globalThis.gc ?? (() => {});
const memory = async () => {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  return process.memoryUsage();
};
const load = (p) => import(new URL(`../dist/tools/${p}`, import.meta.url).href);
const { createIsolatedJsSandbox } = await load('isolated-js.js');
const { createPythonSandbox } = await load('python-sandbox.js');
const timed = async (run) => {
  const t = performance.now();
  const out = await run();
  if (out.status !== 'ok' || !out.stdout.startsWith('Hello, World!')) throw new Error(JSON.stringify(out));
  return performance.now() - t;
};
const js = "console.log('Hello, World!')";
const py = "print('Hello, World!')";

// JavaScript.
const jsCold = [];
let before = await memory();
let idleJs = 0;
for (let i = 0; i < 10; i++) {
  const sandbox = createIsolatedJsSandbox({ workers: 1 });
  jsCold.push(await timed(() => sandbox.run(js)));
  if (i === 0) {
    const after = await memory();
    idleJs = after.rss - before.rss;
    console.log(
      `JavaScript idle: one started worker adds rss ${mib(idleJs)}, external ${mib(after.external - before.external)}; QuickJS WebAssembly memory ${mib(sandbox.idleMemoryBytes())}`,
    );
  }
  sandbox.close();
}
const jsSandbox = createIsolatedJsSandbox({ workers: 1 });
await jsSandbox.run(js);
const jsWarm = [];
for (let i = 0; i < 200; i++) jsWarm.push(await timed(() => jsSandbox.run(js)));
jsSandbox.close();
console.log(`JavaScript cold (new worker + run) x10: median ${ms(median(jsCold))}, p99 ${ms(p99(jsCold))}`);
console.log(`JavaScript warm x200: median ${ms(median(jsWarm))}, p99 ${ms(p99(jsWarm))}`);

// Python, cold: no warm workers, each run spawns and loads its own.
const cold = createPythonSandbox({ warmWorkers: 0, maxWorkers: 1 });
const pyCold = [];
for (let i = 0; i < Math.max(3, Math.floor(PY_RUNS / 3)); i++) pyCold.push(await timed(() => cold.run(py)));
await cold.close();
console.log(
  `Python cold (spawn + load + run) x${pyCold.length}: median ${ms(median(pyCold))}, p99 ${ms(p99(pyCold))}`,
);

// Python, warm: wait until the pool has a loaded worker before each run, then time the run alone.
before = await memory();
const warm = createPythonSandbox({ warmWorkers: 1, maxWorkers: 2 });
warm.prewarm();
// The used worker's exit starts its replacement; give it a moment to be spawned, then wait for it.
const waitReady = async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  await warm.loaded();
};
await waitReady();
const after = await memory();
console.log(
  `Python idle: one loaded worker adds rss ${mib(after.rss - before.rss)}, external ${mib(after.external - before.external)}`,
);
const pyWarm = [];
for (let i = 0; i < PY_RUNS; i++) {
  pyWarm.push(await timed(() => warm.run(py)));
  await waitReady();
}
await warm.close();
console.log(`Python warm (loaded worker) x${PY_RUNS}: median ${ms(median(pyWarm))}, p99 ${ms(p99(pyWarm))}`);
