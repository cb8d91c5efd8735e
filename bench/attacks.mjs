// Evaluates the web-attack detector on a labelled JSON-lines set and prints detection per class, false
// positives, the original four naive patterns side by side, and per-inspection latency.
//
//   npm run build && node bench/attacks.mjs [path/to/web-attacks.jsonl] [--json]
//
// It runs the built module (dist/), so the numbers are those of the code that ships.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file =
  args.find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../../shared/datasets/web-attacks-dev.jsonl', import.meta.url));
const built = new URL('../dist/security/attacks/evaluate.js', import.meta.url);

if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('dist/ has no detector: run `npm run build` first\n');
  process.exit(1);
}
if (!existsSync(file)) {
  process.stderr.write(`no data set at ${file}\n`);
  process.exit(1);
}

const { evaluateDetector, formatEvaluation } = await import(built.href);
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

// One warm-up pass so that the timed pass measures compiled code, not the JIT warming up.
evaluateDetector(rows.slice(0, 2000));
const report = evaluateDetector(rows);
process.stdout.write(
  json ? `${JSON.stringify(report, null, 2)}\n` : `${file}\n\n${formatEvaluation(report)}`,
);
