#!/usr/bin/env node
/**
 * Trains the shipped prompt-injection classifier on every row of the DEV set and writes
 * src/security/guard/classifier-weights.json (same bytes on every run). Run `npm run build` first.
 *
 *   node scripts/train-guard.mjs [--data FILE] [--extra FILE]... [--out FILE] [--epochs N] [--exclude-source owner/repo]...
 *
 * --extra adds training rows written for Rampart (default: scripts/guard-benign-extra.jsonl, everyday benign
 * requests the DEV set lacks, and scripts/guard-written.jsonl, 600 attacks and hard benign rows in 26 languages
 * and six channels written blind to the detector); they are not DEV-set rows.
 *
 * --epochs is the most epochs the held-out slice may pick (default 12); --exclude-source drops a repository's
 * rows (repeatable), for by-source experiments. The file is written with Biome's JSON layout, so lint passes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { foldMode, labelOf, predictRow, readRows, repoOf, trainModel } from './guard-train-lib.mjs';

/**
 * JSON as Biome formats it (two-space indent, short arrays of scalars on one line), so `npm run lint` accepts the
 * committed file as written.
 */
function formatJson(value) {
  const text = JSON.stringify(value, null, 2).replace(
    /\[\n\s+([^[\]{}]*?)\n\s*\]/g,
    (_, items) => `[${items.split(/,\n\s*/).join(', ')}]`,
  );
  return `${text}\n`;
}

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: here('../../shared/datasets/prompt-injection-dev.jsonl') },
    out: { type: 'string', default: here('../src/security/guard/classifier-weights.json') },
    epochs: { type: 'string' },
    'exclude-source': { type: 'string', multiple: true, default: [] },
    extra: {
      type: 'string',
      multiple: true,
      default: [here('./guard-benign-extra.jsonl'), here('./guard-written.jsonl')],
    },
  },
});

const started = performance.now();
const rows = [...readRows(resolve(values.data)), ...values.extra.flatMap((file) => readRows(resolve(file)))];
const excluded = new Set(values['exclude-source']);
const used = rows.filter((row) => !excluded.has(repoOf(row)));
const epochs = values.epochs === undefined ? undefined : Number.parseInt(values.epochs, 10);
if (epochs !== undefined && !(epochs > 0))
  throw new Error(`--epochs must be a positive integer: ${values.epochs}`);

console.log(`rows: ${used.length} of ${rows.length} (fold: ${foldMode})`);
const model = trainModel(rows, {
  excludeSources: [...excluded],
  ...(epochs === undefined ? {} : { epochs }),
  log: (line) => console.log(`  ${line}`),
});
const trainedMs = performance.now() - started;

let correct = 0;
for (const row of used) if ((predictRow(model, row) >= 0.5 ? 1 : 0) === labelOf(row)) correct++;
const json = formatJson(model);
writeFileSync(resolve(values.out), json);

console.log(`epochs used: ${model.training.epochs}; non-zero weights: ${model.training.nonZeroWeights}`);
console.log(`training accuracy: ${((100 * correct) / used.length).toFixed(2)}% (${correct}/${used.length})`);
console.log(
  `time: ${(trainedMs / 1000).toFixed(1)} s; wrote ${values.out} (${(json.length / 1024).toFixed(0)} kB)`,
);
