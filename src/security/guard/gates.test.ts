import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './gates.js';

// The literal clauses gate translated rules: a clause a match could lack would make the gate skip a real match,
// so every case here must err towards "no requirement".
describe('requiredLiterals', () => {
  it.each([
    ['a plain word', 'ignore', [['ignore']]],
    [
      'a sequence of alternations',
      '(?:ignora|olvida)\\s(?:las|los)',
      [
        ['ignora', 'olvida'],
        ['las', 'los'],
      ],
    ],
    ['an empty branch', 'a(?:b|)', [['a']]],
    ['an optional group', '(?:foo)?bar', [['bar']]],
    ['a quantifier that allows zero', 'x{0,3}yz', [['yz']]],
    ['a group that must match once', '(?:abc){1,}d', [['abc'], ['d']]],
    ['a lookahead', '(?=abc)def', [['def']]],
    ['escapes between words', '\\bfoo\\sbar', [['foo'], ['bar']]],
  ])('reads %s', (_name, source, clauses) => {
    expect(requiredLiterals(source)).toEqual(clauses);
  });

  it.each([
    ['a character class', '[a-z]+'],
    ['a branch without a literal', 'a|\\s'],
  ])('requires nothing of %s', (_name, source) => {
    expect(requiredLiterals(source)).toEqual([]);
  });
});
