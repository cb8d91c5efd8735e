import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Channel, createDetector } from '../src/security/guard/detector.js';

interface Case {
  readonly id: string;
  readonly channel: Channel;
  readonly expect: 'allow' | 'block' | 'detected' | 'not_blocked';
  readonly text: string;
}

const corpus = JSON.parse(readFileSync(new URL('./corpus/prompt-guard.json', import.meta.url), 'utf8')) as {
  version: number;
  cases: Case[];
};
const detector = createDetector();

describe(`prompt-guard regression corpus v${corpus.version}`, () => {
  it('has unique ids', () => {
    expect(new Set(corpus.cases.map((c) => c.id)).size).toBe(corpus.cases.length);
  });

  it.each(corpus.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { verdict, reasons } = detector.score(c.text, c.channel);
    const ok =
      c.expect === 'detected'
        ? verdict !== 'allow'
        : c.expect === 'not_blocked'
          ? verdict !== 'block'
          : verdict === c.expect;
    expect(ok, `${c.id}: got ${verdict} (${reasons.join(', ')})`).toBe(true);
  });
});
