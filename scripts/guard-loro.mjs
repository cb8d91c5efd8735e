#!/usr/bin/env node
/**
 * Leave-one-repository-out evaluation of the prompt-injection classifier: for each source repository R, train on
 * the other repositories and score R's rows, so every row gets an out-of-fold score from a model that never saw
 * its repository. Thresholds: 0.5, and the one giving <= 1% false positives on the training repositories'
 * benign rows, measured honestly by an inner leave-one-repository-out over those repositories (no R rows).
 * Run `npm run build` first.
 *
 *   node scripts/guard-loro.mjs [--data FILE] [--json FILE] [--no-nested] [--options '{"l2":1e-5}']
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { foldMode, labelOf, predictRow, readRows, repoOf, trainModel } from './guard-train-lib.mjs';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: fileURLToPath(new URL('../../shared/datasets/prompt-injection-dev.jsonl', import.meta.url)),
    },
    json: { type: 'string' },
    'no-nested': { type: 'boolean', default: false },
    options: { type: 'string', default: '{}' },
  },
});

const MAX_FP = 0.01;
/** Extra trainModel options (learningRate, l2, epochs, ...), for comparing settings. */
const trainOptions = JSON.parse(values.options);

/** Lowest threshold whose false-positive share on `benignScores` is at most MAX_FP (flagged: score >= t). */
function thresholdFor(benignScores) {
  const sorted = [...benignScores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * MAX_FP);
  return sorted.length === 0 ? 0.5 : Math.min((sorted[allowed] ?? 0) + 1e-9, 1);
}

/** Out-of-fold scores of `rows` by leaving out each of their repositories in turn. */
function outOfFold(rows, repos) {
  const scored = [];
  for (const held of repos) {
    const test = rows.filter((row) => repoOf(row) === held);
    const train = rows.filter((row) => repoOf(row) !== held);
    if (new Set(train.map(labelOf)).size < 2) continue;
    const model = trainModel(train, trainOptions);
    for (const row of test) scored.push({ row, score: predictRow(model, row) });
  }
  return scored;
}

function tally(scored, threshold) {
  const count = { injection: [0, 0], jailbreak: [0, 0], benign: [0, 0] };
  for (const { row, score, t } of scored) {
    const entry = count[row.label];
    entry[0]++;
    if (score >= (threshold ?? t)) entry[1]++;
  }
  const rate = ([n, hit]) => (n === 0 ? null : hit / n);
  const attacks = [count.injection[0] + count.jailbreak[0], count.injection[1] + count.jailbreak[1]];
  const tpr = rate(attacks);
  const fpr = rate(count.benign);
  return {
    counts: count,
    injection: rate(count.injection),
    jailbreak: rate(count.jailbreak),
    attacks: tpr,
    fp: fpr,
    balanced: tpr === null || fpr === null ? null : (tpr + 1 - fpr) / 2,
  };
}

/** Area under the ROC curve of pooled scores (ties count half): a threshold-free summary. */
function auc(scored) {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let negatives = 0;
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let pos = 0;
    let neg = 0;
    while (j < sorted.length && sorted[j].score === sorted[i].score) {
      if (labelOf(sorted[j].row) === 1) pos++;
      else neg++;
      j++;
    }
    wins += pos * (negatives + neg / 2);
    negatives += neg;
    pairs += pos;
    i = j;
  }
  return pairs === 0 || negatives === 0 ? null : wins / (pairs * negatives);
}

const pct = (value) => (value === null ? '—' : `${(100 * value).toFixed(1)}%`);

const rows = readRows(resolve(values.data));
const repos = [...new Set(rows.map(repoOf))].sort();
console.log(`rows: ${rows.length}; repositories: ${repos.length}; fold: ${foldMode}`);
const results = [];
const pooled = [];
for (const held of repos) {
  const train = rows.filter((row) => repoOf(row) !== held);
  const test = rows.filter((row) => repoOf(row) === held);
  const started = performance.now();
  const model = trainModel(train, trainOptions);
  const trainSeconds = (performance.now() - started) / 1000;
  const otherRepos = repos.filter((repo) => repo !== held);
  const innerBenign = values['no-nested']
    ? train.filter((row) => labelOf(row) === 0).map((row) => predictRow(model, row))
    : outOfFold(train, otherRepos)
        .filter(({ row }) => labelOf(row) === 0)
        .map(({ score }) => score);
  const t = thresholdFor(innerBenign);
  const scored = test.map((row) => ({ row, score: predictRow(model, row), t }));
  pooled.push(...scored);
  const result = {
    repo: held,
    rows: test.length,
    epochs: model.training.epochs,
    trainSeconds,
    threshold: t,
    at05: tally(scored, 0.5),
    atT: tally(scored, undefined),
  };
  results.push(result);
  console.log(
    `${held}: trained in ${trainSeconds.toFixed(1)} s (${model.training.epochs} epochs), threshold@1%FP ${t.toFixed(3)}`,
  );
}

const overall = { at05: tally(pooled, 0.5), atT: tally(pooled, undefined) };
const header =
  '| held-out repo | rows | inj det | jb det | benign FP | bal acc | t (≤1% FP, inner) | inj det | jb det | benign FP | bal acc |';
console.log(`\n${header}\n|${'---|'.repeat(11)}`);
const line = (name, n, a, b, t) =>
  console.log(
    `| ${name} | ${n} | ${pct(a.injection)} | ${pct(a.jailbreak)} | ${pct(a.fp)} | ${pct(a.balanced)} | ${t} | ${pct(b.injection)} | ${pct(b.jailbreak)} | ${pct(b.fp)} | ${pct(b.balanced)} |`,
  );
for (const r of results) line(r.repo, r.rows, r.at05, r.atT, r.threshold.toFixed(3));
line('**overall (pooled OOF)**', pooled.length, overall.at05, overall.atT, 'per fold');

// Not an honest operating point (chosen on the OOF scores it is measured on); a hint for the detector's threshold.
const oofThreshold = thresholdFor(pooled.filter(({ row }) => labelOf(row) === 0).map(({ score }) => score));
const oof = tally(pooled, oofThreshold);
console.log(
  `\npooled-OOF threshold for ≤1% FP: ${oofThreshold.toFixed(3)} → attacks ${pct(oof.attacks)}, FP ${pct(oof.fp)}`,
);
const totalTrain = results.reduce((sum, r) => sum + r.trainSeconds, 0);
console.log(`pooled OOF ROC AUC: ${auc(pooled)?.toFixed(4)}`);
console.log(`outer training time: ${totalTrain.toFixed(1)} s over ${results.length} folds`);
if (values.json !== undefined) {
  writeFileSync(
    resolve(values.json),
    `${JSON.stringify({ foldMode, results, overall, oofThreshold }, null, 2)}\n`,
  );
}
