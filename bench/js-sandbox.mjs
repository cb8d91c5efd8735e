// Latency and memory of the JavaScript sandbox (QuickJS in WebAssembly), in one process:
//
//   npm run build && node --expose-gc bench/js-sandbox.mjs
//
// 1. First creation in the process (WASM compiled for the first time) + first run.
// 2. Cold: a new sandbox + its first run, 20 times (V8 may reuse compiled WASM code by now).
// 3. Warm: 200 runs on one sandbox (each run still gets a fresh QuickJS runtime and context).
// 4. Idle memory: the WebAssembly memory the sandbox reports, and process RSS / heap / external deltas
//    around creating one sandbox (with GC before each reading when --expose-gc is given).
const HELLO = "console.log('Hello, World!')";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
const ms = (x) => `${x.toFixed(2)} ms`;
const mib = (x) => `${(x / 2 ** 20).toFixed(1)} MiB`;
const gc = globalThis.gc ?? (() => {});
const memory = () => {
  gc();
  return process.memoryUsage();
};

let t = performance.now();
const { createJsSandbox } = await import(new URL('../dist/tools/js-sandbox.js', import.meta.url).href);
console.log(`import of the module (quickjs-emscripten JS, no WASM yet): ${ms(performance.now() - t)}`);

async function hello(sandbox) {
  const out = await sandbox.run(HELLO);
  if (out.status !== 'ok' || out.stdout !== 'Hello, World!\n')
    throw new Error(`unexpected: ${JSON.stringify(out)}`);
}

const before = memory();
t = performance.now();
const first = await createJsSandbox();
await hello(first);
console.log(`first creation + first run in this process: ${ms(performance.now() - t)}`);
const after = memory();
console.log(
  `idle memory of one sandbox: ${mib(first.idleMemoryBytes())} of WebAssembly memory (idleMemoryBytes); ` +
    `process deltas: rss ${mib(after.rss - before.rss)}, heapUsed ${mib(after.heapUsed - before.heapUsed)}, ` +
    `external ${mib(after.external - before.external)} (${globalThis.gc ? 'after GC' : 'no --expose-gc: no GC'})`,
);

const cold = [];
for (let i = 0; i < 20; i++) {
  t = performance.now();
  const sandbox = await createJsSandbox();
  await hello(sandbox);
  cold.push(performance.now() - t);
  sandbox.close();
}
console.log(
  `cold (new sandbox + first run) x20: median ${ms(median(cold))}, p99 ${ms(p99(cold))} (= max of 20)`,
);

const warm = [];
for (let i = 0; i < 200; i++) {
  t = performance.now();
  await hello(first);
  warm.push(performance.now() - t);
}
console.log(`warm (one sandbox) x200: median ${ms(median(warm))}, p99 ${ms(p99(warm))}`);
first.close();
