// Evaluation of the prompt-injection detector on the sets written for Rampart, each row judged on its own channel
// (user, or an untrusted one: search_result, calendar_event, email, document, tool_output):
//
//   npm run build && node bench/guard/eval-sets.mjs [--no-peers] [--written-only]   (npm run eval:guard runs it too)
//
// - scripts/guard-written.jsonl (600 rows, 26 languages): written blind to the detector, then used to develop it
//   (rules were revised after reading what it missed) and to train the shipped classifier. Rampart is judged here
//   with a classifier trained WITHOUT it, so only the classifier's share is out of sample.
// - bench/guard/fresh-test.jsonl (400 rows): written later, blind, by a different author, and never used for
//   development or training: the only clean test in this repository. Judged with the shipped detector.
// The seed's phrase filter and the two npm peers judge the same texts (they know no channels).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { labelOf, readRows, trainModel } from '../../scripts/guard-train-lib.mjs';
import { loadPeers, seedFilter } from './peers.mjs';

const { values } = parseArgs({
  // Run on its own or from eval.mjs, whose options (--json, --data) it ignores.
  strict: false,
  options: {
    'no-peers': { type: 'boolean', default: false },
    // Development runs skip the fresh test, so it is not looked at again and again while rules change.
    'written-only': { type: 'boolean', default: false },
  },
});
const dist = (p) => import(new URL(`../../dist/security/guard/${p}`, import.meta.url).href);
const { createDetector } = await dist('detector.js');
const { loadClassifier } = await dist('classifier.js');
const file = (path) => new URL(path, import.meta.url).pathname;
const dev = readRows(file('../../../shared/datasets/prompt-injection-dev.jsonl'));
const benignExtra = readRows(file('../../scripts/guard-benign-extra.jsonl'));
const written = readRows(file('../../scripts/guard-written.jsonl'));
const freshPath = file('./fresh-test.jsonl');
const peers = values['no-peers'] ? [] : await loadPeers();

const percentile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const pct = (n, of) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

/** One detector over one set: detection and false positives by channel group, and time per row. */
async function judge(name, rows, detect) {
  const tally = { user: [0, 0, 0, 0], untrusted: [0, 0, 0, 0] }; // attacks, detected, benign, flagged
  const nonEnglish = [0, 0, 0, 0];
  const times = [];
  for (const row of rows) {
    const started = process.hrtime.bigint();
    const detected = await detect(row.text, row.channel ?? 'user');
    times.push(Number(process.hrtime.bigint() - started) / 1000);
    const group = (row.channel ?? 'user') === 'user' ? tally.user : tally.untrusted;
    const offset = labelOf(row) === 1 ? 0 : 2;
    for (const t of row.lang && row.lang !== 'English' ? [group, nonEnglish] : [group]) {
      t[offset]++;
      if (detected) t[offset + 1]++;
    }
  }
  const [ua, ud, ub, uf] = tally.user;
  const [ta, td, tb, tf] = tally.untrusted;
  const tpr = (ud + td) / Math.max(1, ua + ta);
  const fpr = (uf + tf) / Math.max(1, ub + tb);
  return `| ${name} | ${pct(ud + td, ua + ta)} | ${pct(ud, ua)} | ${pct(td, ta)} | ${pct(nonEnglish[1], nonEnglish[0])} | ${pct(uf + tf, ub + tb)} | ${pct(uf, ub)} | ${pct(tf, tb)} | ${pct(nonEnglish[3], nonEnglish[2])} | ${((100 * (tpr + 1 - fpr)) / 2).toFixed(1)}% | ${percentile(times, 0.5).toFixed(0)} | ${percentile(times, 0.99).toFixed(0)} |`;
}

async function report(title, rows, rampart) {
  const attacks = rows.filter((row) => labelOf(row) === 1).length;
  console.log(`\n${title}: ${rows.length} rows (${attacks} attacks, ${rows.length - attacks} benign)\n`);
  console.log(
    '| detector | detection | user channel | untrusted channels | non-English | false positives | user channel | untrusted channels | non-English | balanced accuracy | median µs | p99 µs |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, detector] of rampart) {
    console.log(
      await judge(name, rows, (text, channel) => detector.score(text, channel).verdict !== 'allow'),
    );
  }
  for (const other of [seedFilter, ...peers]) console.log(await judge(other.name, rows, other.detect));
}

const withoutWritten = loadClassifier(trainModel([...dev, ...benignExtra]));
await report(
  'Written set (scripts/guard-written.jsonl; used for development, so rules are in sample)',
  written,
  [['Rampart (classifier trained without this set)', createDetector({ classifier: withoutWritten })]],
);
if (existsSync(freshPath) && !values['written-only']) {
  await report(
    'Fresh test (bench/guard/fresh-test.jsonl; never used for development or training)',
    readRows(freshPath),
    [['Rampart (shipped)', createDetector()]],
  );
}
