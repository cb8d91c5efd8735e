// Throughput of Rampart's full request pipeline against bare Fastify and against Fastify + helmet +
// rate-limit, in one run:
//
//   npm run build && node bench/pipeline.mjs [--quick] [--rounds 3] [--duration 10] [--connections 50]
//                                            [--redis-url redis://127.0.0.1:6379/15] [--no-redis]
//                                            [--profile] [--check]
//
// Four servers, each in its own child process pinned to core 0 (`taskset -c 0`); the load generator
// (autocannon, in this process) is pinned to core 1. Configurations are interleaved, in a rotated order
// each round; each (configuration, route) gets a short warm-up, then a timed run. Reported per
// configuration and route: the median req/s and median p99 latency over the rounds, and the ratios of
// the median req/s to bare Fastify's and to Fastify + helmet + rate-limit's from the same run.
//
//   bare      Fastify, logger off, fixed JSON (the bodies Rampart sent, so the same JSON is serialised)
//   helmet    the same + @fastify/helmet + in-memory @fastify/rate-limit
//   headers   bare Fastify sending Rampart's response headers and nothing else (the header set's floor)
//   rampart   the built server (dist/), in-process state
//   redis     the built server, state in Redis (--redis-url; --no-redis leaves it out)
//
// Also reported: requests per CPU-second of the server (from /proc) and the share of a core the server
// and the load generator got; on this shared machine the ratios of the former are the steadier ones.
//
// Routes: GET /api/health (anonymous) and GET /api/auth/me with an API key (x-api-key).
// Any non-2xx answer, socket error or timeout fails the run: a refused request is not a fast one.
// The table goes to stdout, the same as JSON to bench/results/pipeline-<date>.json.
// --quick: 1 round of 5 s. --check: exit 1 when a goal is missed. --profile: run the Rampart servers
// under `node --cpu-prof` and list the top self-time functions of src/ (ratios are then skewed).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { formatSummary, summariseProfile } from './cpu-profile-top.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const SERVER_SCRIPT = path.join(BENCH_DIR, 'pipeline-server.mjs');
const RESULTS_DIR = path.join(BENCH_DIR, 'results');

// ---------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = {
    rounds: 3,
    duration: 10,
    warmupFirst: 3,
    warmup: 1,
    connections: 50,
    // Database 15 keeps the benchmark's counters apart from the tests' (database 0) on the shared Redis.
    redisUrl: 'redis://127.0.0.1:6379/15',
    redis: true,
    profile: false,
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') {
      options.rounds = 1;
      options.duration = 5;
      options.warmupFirst = 2;
    } else if (arg === '--rounds') options.rounds = Number(value());
    else if (arg === '--duration') options.duration = Number(value());
    else if (arg === '--connections') options.connections = Number(value());
    else if (arg === '--redis-url') options.redisUrl = value();
    else if (arg === '--no-redis') options.redis = false;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'node bench/pipeline.mjs [--quick] [--rounds N] [--duration S] [--connections N] [--redis-url URL] [--no-redis] [--profile] [--check]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  for (const key of ['rounds', 'duration', 'connections']) {
    if (!Number.isInteger(options[key]) || options[key] < 1)
      throw new Error(`--${key} must be a whole number >= 1`);
  }
  return options;
}

// -------------------------------------------------------------------------------------------- processes

function hasTaskset() {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return os.availableParallelism() >= 2;
  } catch {
    return false;
  }
}

const children = new Set();
const tempDirs = [];

/** Starts one server; resolves with its ready line ({ port, apiKey? }) and a `stop()`. */
function startServer({ name, kind, env, pinned, nodeArgs }) {
  const args = [...nodeArgs, SERVER_SCRIPT, kind];
  const child = pinned
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], { env: { ...process.env, ...env } })
    : spawn(process.execPath, args, { env: { ...process.env, ...env } });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => children.delete(child));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s\n${stderr}`)), 60_000);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`${name} printed ${JSON.stringify(line)} instead of its ready line\n${stderr}`));
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready\n${stderr}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return ready.then((info) => ({ ...info, name, pid: child.pid, stop, stderr: () => stderr }));
}

async function stopAll(servers) {
  await Promise.all(servers.map((s) => s.stop()));
  for (const child of children) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------- checks

async function get(port, route, headers = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${route}`, { headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

/** Every server answers both routes with 200 JSON; Rampart's /api/auth/me really authenticates. */
async function sanityCheck(server, routes, isRampart) {
  for (const route of routes) {
    const answer = await get(server.port, route.path, route.headers(server));
    if (answer.status !== 200 || !answer.type.startsWith('application/json')) {
      throw new Error(`${server.name} GET ${route.path}: ${answer.status} ${answer.type} ${answer.text}`);
    }
  }
  if (isRampart) {
    const me = JSON.parse((await get(server.port, '/api/auth/me', { 'x-api-key': server.apiKey })).text);
    if (me.user?.username !== 'bench' || me.method !== 'api_key')
      throw new Error(`${server.name}: /api/auth/me did not answer as the bench key: ${JSON.stringify(me)}`);
    const anonymous = await get(server.port, '/api/auth/me');
    if (anonymous.status !== 401)
      throw new Error(`${server.name}: /api/auth/me without a key gave ${anonymous.status}, not 401`);
  }
}

async function cleanRedis(url) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new Error(
      `Redis at ${url} does not answer (${error.message}); start it with ` +
        '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`, or pass --no-redis',
    );
  }
  // Only in a database of its own: the address and health counters of earlier runs live an hour.
  let removed = 0;
  if ((client.options.db ?? 0) !== 0) {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', 'rampart:*', 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) removed += await client.del(...keys);
    } while (cursor !== '0');
  }
  await client.quit();
  return { db: client.options.db ?? 0, removed };
}

// ---------------------------------------------------------------------------------------------- load

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system, all threads) a process has used so far, or null where /proc is missing. */
function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5); `fields` starts at field 3.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Per-core jiffies from /proc/stat: busy (everything but idle and iowait), steal, and total; null without /proc. */
function coreTimes() {
  try {
    const cores = {};
    for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
      const match = /^cpu(\d+) (.*)$/.exec(line);
      if (!match) continue;
      const [user, nice, system, idle, iowait, irq, softirq, steal] = match[2]
        .trim()
        .split(/\s+/)
        .map(Number);
      const busy = user + nice + system + irq + softirq;
      cores[match[1]] = { busy, steal, total: busy + idle + iowait + steal };
    }
    return cores;
  } catch {
    return null;
  }
}

/** Share of each of cores 0 and 1 that was busy, and that the hypervisor stole, between two readings. */
function coreShares(before, after) {
  if (!before || !after) return null;
  const shares = {};
  for (const core of ['0', '1']) {
    if (!before[core] || !after[core]) continue;
    const total = after[core].total - before[core].total || 1;
    shares[`core${core}`] = {
      busy: (after[core].busy - before[core].busy) / total,
      steal: (after[core].steal - before[core].steal) / total,
    };
  }
  return shares;
}

async function load(server, route, seconds, connections) {
  const coresBefore = coreTimes();
  const serverCpuBefore = cpuSecondsOf(server.pid);
  const ownCpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${route.path}`,
    headers: route.headers(server),
    connections,
    duration: seconds,
    pipelining: 1,
  });
  const wallSeconds = Number(process.hrtime.bigint() - wallBefore) / 1e9;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const serverCpuAfter = cpuSecondsOf(server.pid);
  const cores = coreShares(coresBefore, coreTimes());
  const serverCpuSeconds =
    serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore;
  const failures = {
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets ?? 0,
  };
  if (Object.values(failures).some((n) => n > 0) || result['2xx'] === 0) {
    const codes = JSON.stringify(result.statusCodeStats ?? {});
    throw new Error(
      `${server.name} GET ${route.path}: not every answer was a 2xx (${JSON.stringify(failures)}, 2xx ${result['2xx']}, status codes ${codes}); raise the limits or check the server\n${server.stderr()}`,
    );
  }
  return {
    reqPerSec: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    meanLatencyMs: result.latency.average,
    requests: result.requests.total,
    ok2xx: result['2xx'],
    bytesPerSec: result.throughput.average,
    // Requests per CPU-second of the server: how much work a request costs, whatever share of its core
    // the server got while other programs ran; the shares below tell whether it got the whole core.
    reqPerCpuSec: serverCpuSeconds ? result['2xx'] / serverCpuSeconds : null,
    serverCpuShare: serverCpuSeconds === null ? null : serverCpuSeconds / wallSeconds,
    loadGeneratorCpuShare: (ownCpu.user + ownCpu.system) / 1e6 / wallSeconds,
    // How busy each core was in all (server, load generator, Redis and everything else running here).
    cores,
  };
}

// ---------------------------------------------------------------------------------------------- report

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (n) => Math.round(n * 100) / 100;

function evaluateGoals(rows, withRedis) {
  const find = (config, route) => rows.find((r) => r.config === config && r.route === route);
  const goals = [];
  // `ok` gets the two ratios to compare (vs bare, vs helmet) for one metric; the goals are on req/s.
  const add = (text, config, route, ok) => {
    const row = find(config, route);
    goals.push({
      goal: text,
      config,
      route,
      met: ok(row.vsBare, row.vsHelmet),
      metCpu: row.cpuVsBare === null ? null : ok(row.cpuVsBare, row.cpuVsHelmet),
    });
  };
  add('in-process state >= 0.70x bare on /api/health', 'rampart', 'health', (bare) => bare >= 0.7);
  add('in-process state >= 0.55x bare on /api/auth/me', 'rampart', 'me', (bare) => bare >= 0.55);
  if (withRedis) {
    add('Redis state >= 0.45x bare on /api/health', 'redis', 'health', (bare) => bare >= 0.45);
    add('Redis state >= 0.45x bare on /api/auth/me', 'redis', 'me', (bare) => bare >= 0.45);
  }
  for (const config of withRedis ? ['rampart', 'redis'] : ['rampart']) {
    for (const route of ['health', 'me']) {
      add(`${config} faster than helmet+rate-limit on ${route}`, config, route, (_, helmet) => helmet > 1);
    }
  }
  return goals;
}

/** bare + Rampart's headers against bare, and each Rampart configuration against that floor. */
function headerFloorReport(rows) {
  const of = (config, route) => rows.find((r) => r.config === config && r.route === route)?.median.reqPerSec;
  const lines = [];
  for (const route of ['health', 'me']) {
    const floor = of('headers', route);
    const parts = [`headers alone ${round2(floor / of('bare', route))}x bare`];
    for (const config of ['rampart', 'redis']) {
      const value = of(config, route);
      if (value) parts.push(`${config} ${round2(value / floor)}x the floor`);
    }
    lines.push(`  ${route.padEnd(6)} ${parts.join(', ')}`);
  }
  return lines;
}

/** What else ran on the two cores during the timed runs, and a warning when the servers did not get theirs. */
function noiseReport(rows) {
  const runs = rows.flatMap((r) => r.rounds).filter((r) => r.cores?.core0 && r.cores?.core1);
  if (runs.length === 0) return [];
  const pct = (n) => `${Math.round(100 * n)}%`;
  const otherCore0 = median(runs.map((r) => Math.max(0, r.cores.core0.busy - (r.serverCpuShare ?? 0))));
  const otherCore1 = median(runs.map((r) => Math.max(0, r.cores.core1.busy - r.loadGeneratorCpuShare)));
  const steal = median(runs.map((r) => (r.cores.core0.steal + r.cores.core1.steal) / 2));
  const lines = [
    `Other load during the timed runs (median): core 0 ${pct(otherCore0)} busy beyond the server, ` +
      `core 1 ${pct(otherCore1)} beyond the load generator, steal ${pct(steal)}.`,
  ];
  const starved = rows.filter((r) => r.median.serverCpuShare !== null && r.median.serverCpuShare < 0.85);
  if (starved.length > 0 || otherCore0 > 0.1 || otherCore1 > 0.1) {
    lines.push(
      'WARNING: this machine was busy with other work, so req/s (and its ratios) carry that noise; the',
      'req/CPU-s ratios (cost per request) are the steadier comparison. Rerun on a quiet machine for the goals.',
    );
  }
  return lines;
}

function formatTable(rows, configs, routes) {
  const header = [
    'configuration',
    'route',
    'req/s',
    'p99 ms',
    'x bare',
    'x helmet+rl',
    'req/CPU-s',
    'x bare',
    'x helmet+rl',
    'srv CPU',
    'gen CPU',
    'req/s per round',
  ];
  const ratio = (n) => (n === null ? 'n/a' : n.toFixed(2));
  const body = rows.map((r) => [
    configs.find((c) => c.id === r.config).label,
    routes.find((x) => x.id === r.route).label,
    Math.round(r.median.reqPerSec).toString(),
    r.median.p99Ms.toString(),
    ratio(r.vsBare),
    ratio(r.vsHelmet),
    r.median.reqPerCpuSec === null ? 'n/a' : Math.round(r.median.reqPerCpuSec).toString(),
    ratio(r.cpuVsBare),
    ratio(r.cpuVsHelmet),
    r.median.serverCpuShare === null ? 'n/a' : `${Math.round(100 * r.median.serverCpuShare)}%`,
    `${Math.round(100 * r.median.loadGeneratorCpuShare)}%`,
    r.rounds.map((x) => Math.round(x.reqPerSec)).join(' / '),
  ]);
  const left = new Set([0, 1, header.length - 1]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (left.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(fileURLToPath(new URL('../dist/http/app.js', import.meta.url)))) {
    throw new Error('dist/ has no server: run `npm run build` first');
  }
  const pinned = hasTaskset();
  if (pinned) execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  else process.stderr.write('warning: no taskset (or one core): servers and load generator are not pinned\n');

  const stamp = new Date().toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  const profileDir = options.profile ? path.join(RESULTS_DIR, `profiles-${stamp}`) : null;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const profileArgs = (name) =>
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];

  const redisInfo = options.redis ? await cleanRedis(options.redisUrl) : null;

  const configs = [
    { id: 'bare', label: 'bare Fastify', kind: 'bare' },
    { id: 'helmet', label: 'Fastify + helmet + rate-limit', kind: 'helmet' },
    { id: 'headers', label: "bare + Rampart's headers", kind: 'headers' },
    { id: 'rampart', label: 'Rampart (in-process state)', kind: 'rampart' },
    ...(options.redis ? [{ id: 'redis', label: 'Rampart (Redis state)', kind: 'rampart' }] : []),
  ];
  const routes = [
    { id: 'health', label: 'GET /api/health', path: '/api/health', headers: () => ({}) },
    {
      id: 'me',
      label: 'GET /api/auth/me (API key)',
      path: '/api/auth/me',
      headers: (server) => (server.apiKey ? { 'x-api-key': server.apiKey } : {}),
    },
  ];

  const servers = [];
  const started = Date.now();
  try {
    const rampartServer = (config, env) => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `rampart-bench-${config.id}-`));
      tempDirs.push(dataDir);
      return startServer({
        name: config.label,
        kind: 'rampart',
        env: { BENCH_DATA_DIR: dataDir, ...env },
        pinned,
        nodeArgs: profileArgs(`rampart-${config.id}`),
      });
    };
    // Rampart first: the baselines serve the very bodies it sends.
    const byId = {};
    byId.rampart = await rampartServer(
      configs.find((c) => c.id === 'rampart'),
      {},
    );
    servers.push(byId.rampart);
    const health = JSON.parse((await get(byId.rampart.port, '/api/health')).text);
    const me = JSON.parse(
      (await get(byId.rampart.port, '/api/auth/me', { 'x-api-key': byId.rampart.apiKey })).text,
    );
    const bodies = JSON.stringify({ health, me });
    for (const config of configs.filter((c) => c.kind !== 'rampart')) {
      byId[config.id] = await startServer({
        name: config.label,
        kind: config.kind,
        env: { BENCH_BODIES: bodies },
        pinned,
        nodeArgs: [],
      });
      servers.push(byId[config.id]);
    }
    if (options.redis) {
      byId.redis = await rampartServer(
        configs.find((c) => c.id === 'redis'),
        { BENCH_REDIS_URL: options.redisUrl },
      );
      servers.push(byId.redis);
      if (byId.redis.state !== 'redis') throw new Error(`the Redis server runs on ${byId.redis.state} state`);
    }
    for (const config of configs) await sanityCheck(byId[config.id], routes, config.kind === 'rampart');

    const perRound = Object.fromEntries(configs.flatMap((c) => routes.map((r) => [`${c.id}/${r.id}`, []])));
    const total = options.rounds * configs.length * routes.length;
    let done = 0;
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so that no configuration always runs first or last.
      const order = configs.map((_, i) => configs[(i + round) % configs.length]);
      for (const config of order) {
        for (const route of round % 2 ? [...routes].reverse() : routes) {
          const server = byId[config.id];
          await load(server, route, round === 0 ? options.warmupFirst : options.warmup, options.connections);
          const result = await load(server, route, options.duration, options.connections);
          perRound[`${config.id}/${route.id}`].push(result);
          done++;
          process.stderr.write(
            `[${done}/${total}] round ${round + 1} ${config.label.padEnd(30)} ${route.label.padEnd(27)} ` +
              `${Math.round(result.reqPerSec).toString().padStart(6)} req/s  p99 ${result.p99Ms} ms\n`,
          );
        }
      }
    }

    const rows = [];
    for (const config of configs) {
      for (const route of routes) {
        const rounds = perRound[`${config.id}/${route.id}`];
        rows.push({
          config: config.id,
          route: route.id,
          rounds,
          median: {
            reqPerSec: median(rounds.map((r) => r.reqPerSec)),
            p99Ms: median(rounds.map((r) => r.p99Ms)),
            reqPerCpuSec: rounds.every((r) => r.reqPerCpuSec)
              ? median(rounds.map((r) => r.reqPerCpuSec))
              : null,
            serverCpuShare: rounds.every((r) => r.serverCpuShare !== null)
              ? median(rounds.map((r) => r.serverCpuShare))
              : null,
            loadGeneratorCpuShare: median(rounds.map((r) => r.loadGeneratorCpuShare)),
          },
        });
      }
    }
    for (const row of rows) {
      const of = (config, metric = 'reqPerSec') =>
        rows.find((r) => r.config === config && r.route === row.route).median[metric];
      row.vsBare = round2(row.median.reqPerSec / of('bare'));
      row.vsHelmet = round2(row.median.reqPerSec / of('helmet'));
      const cpu = row.median.reqPerCpuSec;
      row.cpuVsBare = cpu && of('bare', 'reqPerCpuSec') ? round2(cpu / of('bare', 'reqPerCpuSec')) : null;
      row.cpuVsHelmet =
        cpu && of('helmet', 'reqPerCpuSec') ? round2(cpu / of('helmet', 'reqPerCpuSec')) : null;
      // The same ratios round by round (each round's runs are minutes apart at most): their spread shows the noise.
      row.vsBarePerRound = row.rounds.map((r, i) =>
        round2(r.reqPerSec / perRound[`bare/${row.route}`][i].reqPerSec),
      );
    }
    const goals = evaluateGoals(rows, options.redis);

    const table = formatTable(rows, configs, routes);
    const lines = [
      '',
      `${options.rounds} round(s) x ${options.duration} s, ${options.connections} connections, autocannon ${autocannonVersion()}, ` +
        `${pinned ? 'servers on core 0, load on core 1' : 'not pinned'}; medians over rounds; ratios of median req/s`,
      'req/CPU-s: 2xx answers per CPU-second the server used; srv CPU / gen CPU: share of a core the server /',
      'the load generator used during the timed runs (a server that is short of 100% was starved or waiting).',
      '',
      table,
      '',
      ...noiseReport(rows),
      '',
      'Goals:',
      ...goals.map((g) => `  ${g.met ? 'MET   ' : 'MISSED'}  ${g.goal}`),
      '',
      'The same goals on requests per server CPU-second (cost per request; robust to other load on core 0):',
      ...goals.map((g) => `  ${g.metCpu === null ? 'n/a   ' : g.metCpu ? 'MET   ' : 'MISSED'}  ${g.goal}`),
      '',
      "What the header set alone costs, and Rampart's checks on top of it (median req/s ratios):",
      ...headerFloorReport(rows),
    ];
    if (options.profile)
      lines.push('', 'Profiled run: Rampart ran under --cpu-prof, so its ratios are lower than usual.');
    process.stdout.write(`${lines.join('\n')}\n`);

    await stopAll(servers);
    servers.length = 0;

    const profiles = [];
    if (profileDir) {
      for (const config of configs.filter((c) => c.kind === 'rampart')) {
        const file = path.join(profileDir, `rampart-${config.id}.cpuprofile`);
        if (!existsSync(file)) {
          process.stderr.write(`no profile at ${file}\n`);
          continue;
        }
        const summary = summariseProfile(file, 5);
        profiles.push(summary);
        process.stdout.write(`\n${config.label}: ${formatSummary(summary)}\n`);
      }
    }

    mkdirSync(RESULTS_DIR, { recursive: true });
    const out = path.join(RESULTS_DIR, `pipeline-${stamp}.json`);
    const report = {
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: {
        node: process.version,
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model,
        pinned,
      },
      settings: {
        tool: `autocannon ${autocannonVersion()}`,
        rounds: options.rounds,
        durationSeconds: options.duration,
        warmupSeconds: { firstRound: options.warmupFirst, laterRounds: options.warmup },
        connections: options.connections,
        redis: redisInfo ? { url: options.redisUrl, keysRemovedBefore: redisInfo.removed } : null,
        profiled: options.profile,
      },
      configurations: configs.map(({ id, label }) => ({ id, label })),
      routes: routes.map(({ id, label, path: p }) => ({ id, label, path: p })),
      results: rows,
      goals,
      profiles,
      table,
    };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nwrote ${path.relative(process.cwd(), out)} (${report.seconds} s)\n`);
    if (options.check && goals.some((g) => !g.met)) process.exitCode = 1;
  } finally {
    await stopAll(servers);
  }
}

function autocannonVersion() {
  try {
    return createRequire(import.meta.url)('autocannon/package.json').version;
  } catch {
    return 'unknown';
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

main().catch((error) => {
  process.stderr.write(`\npipeline benchmark failed: ${error.stack ?? error}\n`);
  for (const child of children) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
