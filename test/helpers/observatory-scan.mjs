// Grades a local server with the MDN HTTP Observatory's own retriever, tests and grader (version
// pinned in package.json). Its `scan()` cannot take ports, so this repeats its few lines of scoring
// with `retrieve(host, { httpPort, httpsPort })`. Usage: node observatory-scan.mjs <httpPort> <httpsPort>
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';

const [httpPort, httpsPort] = process.argv.slice(2);
const retrieved = await retrieve('127.0.0.1', { httpPort, httpsPort, path: '/' });
if (!retrieved.responses.auto) throw new Error('The server did not answer');
let withExtraCredit = 100;
let uncurved = 100;
const tests = {};
for (const test of ALL_TESTS) {
  const result = test(retrieved);
  const modifier = result.result ? getScoreModifier(result.result) : 0;
  withExtraCredit += modifier;
  if (modifier < 0) uncurved += modifier;
  tests[result.constructor.name] = { pass: result.pass, result: result.result, modifier };
}
const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved;
const { grade } = getGradeForScore(score);
console.log(JSON.stringify({ grade, score, tests }));
