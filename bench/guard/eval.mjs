// Evaluation of the prompt-injection detector on ../shared/datasets/prompt-injection-dev.jsonl:
//
//   npm run eval:guard [-- --sample 600] [--no-peers] [--json FILE]
//
// Rampart is measured by source repository: for each of the file's repositories R, the classifier is
// trained on the OTHER repositories (scripts/guard-train-lib.mjs) and the whole detector (normaliser,
// rules, that classifier) judges R's rows, so every number is on a repository the model never saw.
// The shipped model (trained on every row) is shown too, as the in-sample upper bound. Beside them, in
// the same run: the seed's phrase filter (four exact, case-sensitive phrases) and the two npm peers,
// installed in bench/guard only. A row counts as detected when the verdict is not `allow` (user channel).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { labelOf, readRows, repoOf, trainModel } from '../../scripts/guard-train-lib.mjs';
import { loadPeers, seedFilter } from './peers.mjs';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: new URL('../../../shared/datasets/prompt-injection-dev.jsonl', import.meta.url).pathname,
    },
    sample: { type: 'string' },
    'no-peers': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const dist = (p) => import(new URL(`../../dist/security/guard/${p}`, import.meta.url).href);
const { createDetector } = await dist('detector.js');
const { loadClassifier } = await dist('classifier.js');

const all = readRows(values.data);
// Rows written for Rampart (scripts/guard-benign-extra.jsonl, scripts/guard-written.jsonl): training rows in every
// fold, never judged here (bench/guard/eval-sets.mjs judges the written set).
const extra = ['guard-benign-extra.jsonl', 'guard-written.jsonl'].flatMap((file) =>
  readRows(new URL(`../../scripts/${file}`, import.meta.url).pathname),
);
const rows = values.sample ? stratifiedSample(all, Number(values.sample)) : all;
const repos = [...new Set(all.map(repoOf))].sort();

function stratifiedSample(list, n) {
  // Every k-th row of the file (sorted by label, source, text), so each label and source keeps its share.
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_, i) => i % step === 0).slice(0, n);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))] ?? 0;

/** Runs `judge` over `subset` and returns per-row outcomes with the time each took. */
async function measure(subset, judge) {
  const out = [];
  for (const row of subset) {
    const started = process.hrtime.bigint();
    const detected = await judge(row.text);
    out.push({ row, detected, us: Number(process.hrtime.bigint() - started) / 1000 });
  }
  return out;
}

function summarise(name, outcomes) {
  const byLabel = {};
  const byCategory = {};
  for (const { row, detected } of outcomes) {
    const label = row.label;
    byLabel[label] ??= { rows: 0, detected: 0 };
    byLabel[label].rows++;
    if (detected) byLabel[label].detected++;
    if (label !== 'benign') {
      const key = `${label}: ${row.category ?? '-'}`;
      byCategory[key] ??= { rows: 0, detected: 0 };
      byCategory[key].rows++;
      if (detected) byCategory[key].detected++;
    }
  }
  const attacks = outcomes.filter((o) => labelOf(o.row) === 1);
  const benign = outcomes.filter((o) => labelOf(o.row) === 0);
  const tpr = attacks.filter((o) => o.detected).length / Math.max(1, attacks.length);
  const fpr = benign.filter((o) => o.detected).length / Math.max(1, benign.length);
  const times = outcomes.map((o) => o.us);
  return {
    name,
    rows: outcomes.length,
    detection: tpr,
    falsePositives: fpr,
    balancedAccuracy: (tpr + (1 - fpr)) / 2,
    medianUs: median(times),
    p99Us: p99(times),
    byLabel,
    byCategory,
  };
}

const results = [];
const started = performance.now();

// Rampart, by source repository.
const byRepo = [];
for (const repo of repos) {
  const held = rows.filter((row) => repoOf(row) === repo);
  if (held.length === 0) continue;
  const model = trainModel([...all, ...extra], { excludeSources: [repo] });
  const detector = createDetector({ classifier: loadClassifier(model) });
  byRepo.push(...(await measure(held, (text) => detector.score(text, 'user').verdict !== 'allow')));
}
results.push(summarise('Rampart (by source: classifier trained without the row’s repository)', byRepo));

const shipped = createDetector();
results.push(
  summarise(
    'Rampart, shipped model (trained on all rows: in-sample)',
    await measure(rows, (t) => shipped.score(t, 'user').verdict !== 'allow'),
  ),
);
results.push(summarise(seedFilter.name, await measure(rows, seedFilter.detect)));

if (!values['no-peers']) {
  for (const peer of await loadPeers()) results.push(summarise(peer.name, await measure(rows, peer.detect)));
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log(
  `prompt-injection-dev.jsonl: ${rows.length} rows${values.sample ? ` (sample of ${all.length})` : ''}; ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
console.log(
  '| detector | detection (attacks) | injection | jailbreak | false positives (benign) | balanced accuracy | median µs | p99 µs |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const rate = (label) => (r.byLabel[label] ? pct(r.byLabel[label].detected / r.byLabel[label].rows) : '-');
  console.log(
    `| ${r.name} | ${pct(r.detection)} | ${rate('injection')} | ${rate('jailbreak')} | ${pct(r.falsePositives)} | ${pct(r.balancedAccuracy)} | ${r.medianUs.toFixed(0)} | ${r.p99Us.toFixed(0)} |`,
  );
}
const first = results[0];
console.log('\nRampart by source, detection by category:');
for (const [category, c] of Object.entries(first.byCategory).sort())
  console.log(`  ${category}: ${c.detected}/${c.rows}`);
printCeiling(byRepo);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows: rows.length, results }, null, 2));
// The written set and the fresh test, each row on its own channel (not on a dev-file sample run).
if (!values.sample) await import('./eval-sets.mjs');

/**
 * Detection on the English CyberSecEval injections split by one annotator's blind judgement of the text alone
 * (bench/guard/ceiling-labels.jsonl: `visible` = the text shows the manipulation, `context_only` = an ordinary
 * request that is an attack only against its own system prompt, `unclear`). Rows are found by the hash of
 * their text (the line number is for people), so a changed dataset is reported instead of miscounted.
 */
function printCeiling(outcomes) {
  const labels = readFileSync(new URL('./ceiling-labels.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  const detectedByHash = new Map(
    outcomes.map((o) => [createHash('sha256').update(o.row.text).digest('hex').slice(0, 16), o.detected]),
  );
  const tally = {};
  let missing = 0;
  for (const { sha256, label } of labels) {
    if (!detectedByHash.has(sha256)) {
      missing++;
      continue;
    }
    tally[label] ??= { rows: 0, detected: 0 };
    tally[label].rows++;
    if (detectedByHash.get(sha256)) tally[label].detected++;
  }
  console.log(
    '\nEnglish CyberSecEval injections by what the text alone shows (blind labels, one annotator):',
  );
  for (const [label, t] of Object.entries(tally)) console.log(`  ${label}: ${t.detected}/${t.rows} detected`);
  if (missing > 0)
    console.log(`  (${missing} labelled rows not in this run: sample, or the dataset changed)`);
}

export { results };
