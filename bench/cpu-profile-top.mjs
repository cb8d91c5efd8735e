// Sums the self time of a V8 CPU profile (`node --cpu-prof`) by function and lists the top ones in our
// code, mapped from dist/ back to src/ through the build's source maps.
//
//   node bench/cpu-profile-top.mjs PROFILE.cpuprofile [--top 5]
//
// Also used by bench/pipeline.mjs --profile.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST_URL = pathToFileURL(path.join(ROOT, 'dist')).href;

const sourceMaps = new Map();
function sourceMapOf(url) {
  if (!sourceMaps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    sourceMaps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  return sourceMaps.get(url);
}

/** `src/...ts:line` for a frame of dist/, else the file path relative to the project (or as given). */
function locate(frame) {
  if (!frame.url) return '(native)';
  if (frame.url.startsWith(DIST_URL)) {
    const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : path.resolve(path.dirname(fileURLToPath(frame.url)), entry.originalSource);
      return `${path.relative(ROOT, source)}:${entry.originalLine + 1}`;
    }
  }
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  return `${file.startsWith(ROOT) ? path.relative(ROOT, file) : file}:${frame.lineNumber + 1}`;
}

function categoryOf(frame) {
  const name = frame.functionName;
  if (name === '(idle)' || name === '(program)' || name === '(garbage collector)' || name === '(root)')
    return name;
  if (frame.url.startsWith(DIST_URL)) return 'our code (src/)';
  if (frame.url.includes('/node_modules/')) return 'node_modules';
  if (frame.url.startsWith('node:') || frame.url === '') return 'Node/V8 internals';
  return 'other';
}

/** Self time by function and by category; idle time is left out of the percentages. */
export function summariseProfile(file, top = 5) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (frame) => `${frame.functionName || '(anonymous)'} ${locate(frame)}`;
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  const functions = new Map();
  const anyFunctions = new Map();
  const inclusive = new Map();
  const categories = new Map();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    const category = categoryOf(frame);
    add(categories, category, us);
    if (category === '(idle)') continue;
    busyUs += us;
    add(anyFunctions, nameOf(frame), us);
    if (category === 'our code (src/)') add(functions, nameOf(frame), us);
    // Inclusive time of our functions on the synchronous stack (an await cuts the stack: time spent
    // after it, in a database driver say, is charged to no function of ours).
    const counted = new Set();
    for (let node = id; node !== undefined; node = parentOf.get(node)) {
      const ancestor = byId.get(node).callFrame;
      if (categoryOf(ancestor) !== 'our code (src/)') continue;
      const name = nameOf(ancestor);
      if (!counted.has(name)) add(inclusive, name, us);
      counted.add(name);
    }
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ function: name, selfMs: Math.round(us / 1000), percentOfBusy: pct(us) }));
  const pct = (us) => Math.round((1000 * us) / Math.max(1, busyUs)) / 10;
  return {
    file,
    busyMs: Math.round(busyUs / 1000),
    categories: [...categories]
      .filter(([name]) => name !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 1000), percentOfBusy: pct(us) })),
    topOwnFunctions: ranked(functions),
    topOwnFunctionsInclusive: ranked(inclusive).map(({ selfMs, ...rest }) => ({ ...rest, totalMs: selfMs })),
    topFunctionsAnywhere: ranked(anyFunctions),
  };
}

export function formatSummary(summary) {
  const lines = [`${summary.file} (${summary.busyMs} ms busy, idle excluded)`];
  for (const c of summary.categories) lines.push(`  ${c.percentOfBusy.toFixed(1).padStart(5)}%  ${c.name}`);
  const list = (title, functions, ms) => {
    lines.push(`  ${title}:`);
    for (const f of functions)
      lines.push(
        `  ${f.percentOfBusy.toFixed(1).padStart(5)}%  ${String(ms(f)).padStart(6)} ms  ${f.function}`,
      );
  };
  list('top self time in our code (src/)', summary.topOwnFunctions, (f) => f.selfMs);
  list(
    'top total time in our code, synchronous stacks only',
    summary.topOwnFunctionsInclusive,
    (f) => f.totalMs,
  );
  list('top self time anywhere (Node, dependencies, ours)', summary.topFunctionsAnywhere, (f) => f.selfMs);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 5;
  const files = args.filter((a, i) => !a.startsWith('--') && !(topAt >= 0 && i === topAt + 1));
  if (files.length === 0) {
    process.stderr.write('usage: node bench/cpu-profile-top.mjs PROFILE.cpuprofile [--top 5]\n');
    process.exit(2);
  }
  for (const file of files) process.stdout.write(`${formatSummary(summariseProfile(file, top))}\n`);
}
