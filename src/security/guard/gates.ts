/**
 * Word gates for the rule table: which rules a text can possibly match, found in one pass, so that most of the
 * patterns are never run on it. Matching with gates must always equal running every pattern (rules.test.ts).
 */
import type { Rule, RuleHit } from './rules.js';

// Gates: words a rule cannot match without. Scanning ~150 patterns over a 10 kB message costs 1-3 ms; indexing
// the message's words once lets most rules skip the scan. A gate lists groups of space-separated stems, and
// every group needs one stem present. A stem is compared on its first KEY_LENGTH letters with the first
// KEY_LENGTH letters of each run of [a-z] in the text (a `\b` or `\s` always starts such a run, so a pattern
// hit implies its gate). '*' means "the text has a letter beyond ASCII" (not a curly quote, dash or emoji), the only gate scripts without ASCII
// words (CJK, Cyrillic, accented stems) can use; '=x' means the literal substring x (punctuation such as '<|').
// rules.test.ts checks that gated and ungated matching agree.
/** A rule and the gate groups it cannot match without. */
export interface GatedRule extends Rule {
  readonly gate?: readonly string[];
}
const KEY_LENGTH = 5;
const NON_ASCII_STEM = '*';
const LITERAL_PREFIX = '=';

/** Gate groups numbered once at load, and for each stem the groups it opens. */
interface GateIndex {
  readonly groupCount: number;
  /** Keyed by `wordKey` of the stem's first KEY_LENGTH letters. */
  readonly groupsOfWord: ReadonlyMap<number, readonly number[]>;
  readonly groupsOfLiteral: ReadonlyMap<string, readonly number[]>;
  readonly nonAsciiGroups: readonly number[];
  readonly groupsOfRule: readonly (readonly number[])[];
  /** For rules gated on '*': clauses of literal ids (in `literals`); every match contains one of each clause. */
  readonly literalsOfRule: readonly (readonly (readonly number[])[])[];
  readonly literals: readonly string[];
  /** Literal ids by `pairKey` of their two UTF-16 units (literals of two units). */
  readonly literalsOfPair: readonly (readonly number[] | undefined)[];
  /** Literal ids by `tripleKey` of their first three UTF-16 units (literals of three or more units). */
  readonly literalsOfTriple: readonly (readonly number[] | undefined)[];
  /** Literal ids by their only UTF-16 unit (literals of one unit). */
  readonly literalsOfUnit: readonly (readonly number[] | undefined)[];
}

/** A number for the first KEY_LENGTH letters of a lowercase word (base 27, so no two prefixes collide). */
const wordKey = (word: string): number => {
  let key = 0;
  for (let i = 0; i < Math.min(word.length, KEY_LENGTH); i++) key = key * 27 + word.charCodeAt(i) - 96;
  return key;
};

const PAIR_TABLE_SIZE = 1 << 16;
const pairKey = (first: number, second: number): number => (first * 31 + second) & (PAIR_TABLE_SIZE - 1);
const tripleKey = (first: number, second: number, third: number): number =>
  (first * 961 + second * 31 + third) & (PAIR_TABLE_SIZE - 1);

/**
 * Substrings one of which every match of a pattern contains, read off its source: the union over the branches of
 * an alternation, and for a sequence the best of its mandatory parts (a run of literal characters, or a group
 * that must match at least once). `undefined` when some branch needs no literal at all. Only for patterns
 * without flags; classes, escapes such as `\s`, lookarounds and optional parts are never taken as literal, so
 * the answer errs towards "no requirement", never towards a literal a match could lack.
 */
export function requiredLiterals(source: string): readonly (readonly string[])[] {
  let at = 0;
  const weight = (literal: string): number => {
    let sum = 0;
    for (let i = 0; i < literal.length; i++) sum += literal.charCodeAt(i) > 127 ? 2 : 1;
    return sum;
  };
  // Higher is better: the weakest literal decides, then the fewest literals.
  const better = (a: readonly string[], b: readonly string[]): boolean => {
    const minA = Math.min(...a.map(weight));
    const minB = Math.min(...b.map(weight));
    return minA !== minB ? minA > minB : a.length < b.length;
  };
  // Clauses: every match contains a literal of each clause. One branch keeps all its clauses; several branches
  // give one clause, the union of each branch's best.
  type Clauses = readonly (readonly string[])[];
  const alternation = (): Clauses => {
    const branches: Clauses[] = [];
    for (;;) {
      branches.push(sequence());
      if (source[at] !== '|') break;
      at++;
    }
    if (branches.length === 1) return branches[0] as Clauses;
    const union = new Set<string>();
    for (const clauses of branches) {
      const best = clauses.reduce<readonly string[] | undefined>(
        (kept, clause) => (kept === undefined || better(clause, kept) ? clause : kept),
        undefined,
      );
      if (best === undefined) return [];
      for (const literal of best) union.add(literal);
    }
    return [[...union]];
  };
  const sequence = (): Clauses => {
    const clauses: (readonly string[])[] = [];
    let run = '';
    const offer = (candidate: Clauses): void => {
      for (const clause of candidate) if (clause.length > 0) clauses.push(clause);
    };
    const flush = (): void => {
      if (run !== '') offer([[run]]);
      run = '';
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      // One atom: a literal unit (`literal`), a group (`inner`, or zero-width), or anything else.
      let literal: string | undefined;
      let inner: Clauses = [];
      const char = source[at] as string;
      if (char === '(') {
        at++;
        let lookaround = false;
        if (source[at] === '?') {
          if (source.startsWith('?:', at)) at += 2;
          else if (source.startsWith('?=', at) || source.startsWith('?!', at)) {
            at += 2;
            lookaround = true;
          } else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) {
            at += 3;
            lookaround = true;
          } else throw new Error(`requiredLiterals: unsupported group in ${source}`);
        }
        const group = alternation();
        if (source[at] !== ')') throw new Error(`requiredLiterals: unbalanced group in ${source}`);
        at++;
        inner = lookaround ? [] : group;
      } else if (char === '[') {
        at++;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        at++;
      } else if (char === '\\') {
        const escaped = source[at + 1] as string;
        at += 2;
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at, at + 4))) {
          literal = String.fromCharCode(Number.parseInt(source.slice(at, at + 4), 16));
          at += 4;
        } else if (escaped === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at, at + 2))) {
          literal = String.fromCharCode(Number.parseInt(source.slice(at, at + 2), 16));
          at += 2;
        } else if (escaped === 'n') literal = '\n';
        else if (escaped === 't') literal = '\t';
        else if (/[^a-zA-Z0-9]/.test(escaped)) literal = escaped;
        // Anything else (\s, \S, \d, \w, \b, back-references, \p{…}) is not a literal.
      } else if (char === '.' || char === '^' || char === '$') at++;
      else if ('*+?{'.includes(char)) throw new Error(`requiredLiterals: stray quantifier in ${source}`);
      else {
        literal = char;
        at++;
      }
      // Its quantifier, if any: only a minimum of one or more keeps the atom mandatory.
      let quantified = false;
      let mandatory = true;
      const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
      if (quantifier) {
        quantified = true;
        const head = quantifier[0][0];
        mandatory = head === '+' || (head === '{' && Number(quantifier[1]) >= 1);
        at += quantifier[0].length;
      }
      if (literal !== undefined && !quantified) {
        run += literal;
        continue;
      }
      flush();
      if (!mandatory) continue;
      if (literal !== undefined) offer([[literal]]);
      else offer(inner);
    }
    flush();
    return clauses;
  };
  const clauses = alternation();
  if (at !== source.length) throw new Error(`requiredLiterals: unbalanced ) in ${source}`);
  // The most selective clauses first, so a text usually fails the first one it is checked against.
  return [...clauses].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

function indexGates(rules: readonly GatedRule[]): GateIndex {
  const groupsOfWord = new Map<number, number[]>();
  const groupsOfLiteral = new Map<string, number[]>();
  const nonAsciiGroups: number[] = [];
  let groupCount = 0;
  const groupsOfRule = rules.map((rule) =>
    (rule.gate ?? []).map((group) => {
      const id = groupCount++;
      for (const stem of group.split(' ')) {
        if (stem === NON_ASCII_STEM) nonAsciiGroups.push(id);
        else if (stem.startsWith(LITERAL_PREFIX)) {
          const literal = stem.slice(LITERAL_PREFIX.length);
          groupsOfLiteral.set(literal, [...(groupsOfLiteral.get(literal) ?? []), id]);
        } else groupsOfWord.set(wordKey(stem), [...(groupsOfWord.get(wordKey(stem)) ?? []), id]);
      }
      return id;
    }),
  );
  // Rules that '*' opens for any text beyond ASCII also need one of their pattern's required literals, found by
  // one scan of the text, so Hindi text does not run Chinese patterns nor a password rule without a password word.
  const literalIds = new Map<string, number>();
  const literalsOfPair: number[][] = [];
  const literalsOfUnit: number[][] = [];
  const literalsOfTriple: number[][] = [];
  const idOf = (literal: string): number => {
    let id = literalIds.get(literal);
    if (id === undefined) {
      id = literalIds.size;
      literalIds.set(literal, id);
      const key =
        literal.length === 1
          ? literal.charCodeAt(0)
          : literal.length === 2
            ? pairKey(literal.charCodeAt(0), literal.charCodeAt(1))
            : tripleKey(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
      const table =
        literal.length === 1 ? literalsOfUnit : literal.length === 2 ? literalsOfPair : literalsOfTriple;
      table[key] = [...(table[key] ?? []), id];
    }
    return id;
  };
  const literalsOfRule = rules.map((rule) =>
    rule.gate?.some((group) => group.split(' ').includes(NON_ASCII_STEM)) && rule.pattern.flags === ''
      ? requiredLiterals(rule.pattern.source).map((clause) => clause.map(idOf))
      : [],
  );
  return {
    groupCount,
    groupsOfWord,
    groupsOfLiteral,
    nonAsciiGroups,
    groupsOfRule,
    literalsOfRule,
    literals: [...literalIds.keys()],
    literalsOfPair: Array.from({ length: PAIR_TABLE_SIZE }, (_, key) => literalsOfPair[key]),
    literalsOfUnit: Array.from({ length: PAIR_TABLE_SIZE }, (_, key) => literalsOfUnit[key]),
    literalsOfTriple: Array.from({ length: PAIR_TABLE_SIZE }, (_, key) => literalsOfTriple[key]),
  };
}

/**
 * Whether a UTF-16 unit above ASCII can belong to a word of another script: typographic quotes, dashes, spaces,
 * symbols, arrows and emoji (surrogates) cannot, so English text with a curly apostrophe does not open the gates
 * of every translated rule.
 */
function isNonAsciiLetter(code: number): boolean {
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !(code >= 0xfe00 && code <= 0xfe0f);
}

/** Which gate groups `text` opens: one pass over its [a-z] runs (no allocation), then the literal stems. */
function openGroups(gates: GateIndex, text: string): { open: Uint8Array; nonAscii: boolean } {
  const open = new Uint8Array(gates.groupCount);
  const openAll = (ids: readonly number[] | undefined): void => {
    for (const id of ids ?? []) open[id] = 1;
  };
  let key = 0;
  let letters = 0;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (letters < KEY_LENGTH) key = key * 27 + code - 96;
      letters++;
      continue;
    }
    if (letters > 0) openAll(gates.groupsOfWord.get(key));
    key = 0;
    letters = 0;
    if (code > 127 && !nonAscii) nonAscii = isNonAsciiLetter(code);
  }
  for (const [literal, ids] of gates.groupsOfLiteral) if (text.includes(literal)) openAll(ids);
  if (nonAscii) openAll(gates.nonAsciiGroups);
  return { open, nonAscii };
}

/** Which of the rules' required literals `text` contains: one pass, looking each position up by its first units. */
function foundLiterals(gates: GateIndex, text: string): Uint8Array {
  const found = new Uint8Array(gates.literals.length);
  const { literals, literalsOfPair, literalsOfTriple, literalsOfUnit } = gates;
  const mark = (candidates: readonly number[] | undefined, at: number): void => {
    if (candidates === undefined) return;
    for (const id of candidates)
      if (found[id] === 0 && text.startsWith(literals[id] as string, at)) found[id] = 1;
  };
  let first = text.length > 0 ? text.charCodeAt(0) : -1;
  let second = text.length > 1 ? text.charCodeAt(1) : -1;
  for (let i = 0; i < text.length; i++) {
    const third = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
    const units = literalsOfUnit[first];
    if (units !== undefined) for (const id of units) found[id] = 1;
    if (second >= 0) {
      mark(literalsOfPair[pairKey(first, second)], i);
      if (third >= 0) mark(literalsOfTriple[tripleKey(first, second, third)], i);
    }
    first = second;
    second = third;
  }
  return found;
}

/**
 * A matcher over `rules`: gates indexed once here, then per text one pass to see which gates open and a pattern
 * test only for the rules whose gates all opened.
 */
export function createRuleMatcher(rules: readonly GatedRule[]): (text: string) => RuleHit[] {
  const gates = indexGates(rules);
  return function matchRules(text: string): RuleHit[] {
    const { open, nonAscii } = openGroups(gates, text);
    let found: Uint8Array | undefined;
    const hits: RuleHit[] = [];
    rules.forEach((rule, index) => {
      if (!gates.groupsOfRule[index]?.every((id) => open[id] === 1)) return;
      // Only worth a scan when '*' opened the gates; ASCII text reaches few of these rules, through their stems.
      const clauses = gates.literalsOfRule[index] ?? [];
      if (nonAscii && clauses.length > 0) {
        found ??= foundLiterals(gates, text);
        const present = found;
        if (!clauses.every((clause) => clause.some((id) => present[id] === 1))) return;
      }
      if (rule.pattern.test(text)) hits.push({ id: rule.id, family: rule.family, weight: rule.weight });
    });
    return hits;
  };
}
