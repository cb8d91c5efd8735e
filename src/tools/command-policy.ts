import fs from 'node:fs';
import path from 'node:path';
import type { ParseEntry } from 'shell-quote';
import { parse } from 'shell-quote';
import type { Refusal } from './outcome.js';
import { refuse } from './outcome.js';

/** Programs the assistant may run: read-only, none runs another program or writes a file. */
// biome-ignore format: a list of names reads best on one line
export const DEFAULT_ALLOWED_COMMANDS = ['ls', 'cat', 'head', 'tail', 'wc', 'grep', 'sort', 'uniq', 'cut', 'date', 'echo', 'pwd', 'find'] as const;

/** A checked command: the program name (resolved to a binary by the runner) and its argv, run without a shell. */
export interface ParsedCommand {
  readonly program: string;
  readonly args: readonly string[];
}

/**
 * Option grammar of a program, so values are told apart from paths; GNU getopt accepts options after
 * operands and unique prefixes of long names, so both are handled.
 */
interface Grammar {
  /** Short options with a required value, attached (`-n2`) or the next argument. */
  readonly value?: string;
  /** Short options whose value is a path. */
  readonly pathValue?: string;
  /** Short options whose value can only be attached (`-Iseconds`). */
  readonly attached?: string;
  readonly refused?: string;
  /** Long options (space-separated) with a required text value. */
  readonly long?: string;
  /** Long options with an optional value, which is only ever given as `--name=value`. */
  readonly longOptional?: string;
  readonly longPath?: string;
  readonly longRefused?: string;
  /** Long flags that are also a prefix of a long option with a value (grep `--binary`, `--binary-files`). */
  readonly longFlags?: string;
  /** Operands are paths, except grep's leading pattern, date's `+FORMAT` and uniq's single input. */
  readonly operands?: 'paths' | 'grep' | 'date' | 'uniq';
}

const GRAMMARS: Readonly<Record<string, Grammar>> = {
  // -L / --dereference with -R would walk a symlink out of the workspace.
  ls: {
    value: 'ITw',
    refused: 'L',
    long: 'block-size format hide ignore indicator-style quoting-style sort tabsize time time-style width',
    longOptional: 'color classify hyperlink',
    longRefused: 'dereference',
  },
  head: { value: 'cn', long: 'bytes lines' },
  // -f / -F / --follow never exit, holding a process until the timeout.
  tail: {
    value: 'cns',
    refused: 'fF',
    long: 'bytes lines max-unchanged-stats pid sleep-interval',
    longRefused: 'follow',
  },
  wc: { longPath: 'files0-from' },
  // -R follows every symlink while recursing, so `grep -R root .` would read /etc through `evil -> /etc`.
  grep: {
    value: 'efmABCdDX',
    pathValue: 'f',
    refused: 'R',
    long: 'regexp max-count label binary-files directories devices include exclude exclude-dir before-context after-context context group-separator',
    longOptional: 'color colour',
    longPath: 'file exclude-from',
    longRefused: 'dereference-recursive',
    longFlags: 'binary',
    operands: 'grep',
  },
  // -o writes a file; --compress-program runs an arbitrary program.
  sort: {
    value: 'kStTo',
    pathValue: 'T',
    refused: 'o',
    long: 'key buffer-size field-separator parallel batch-size sort',
    longOptional: 'check',
    longPath: 'temporary-directory random-source files0-from',
    longRefused: 'output compress-program',
  },
  // uniq's second operand is an output file it overwrites.
  uniq: {
    value: 'fsw',
    long: 'skip-fields skip-chars check-chars',
    longOptional: 'all-repeated group',
    operands: 'uniq',
  },
  cut: { value: 'bcdf', long: 'bytes characters delimiter fields output-delimiter' },
  // -s / --set and a bare MMDDhhmm operand set the system clock.
  date: {
    value: 'dfrs',
    pathValue: 'fr',
    attached: 'I',
    refused: 's',
    long: 'date rfc-3339',
    longOptional: 'iso-8601',
    longPath: 'file reference',
    longRefused: 'set',
    operands: 'date',
  },
};

const words = (list: string | undefined): string[] => (list ? list.split(' ') : []);
const dashed = (list: string): Set<string> => new Set(words(list).map((p) => `-${p}`));

// Actions that run programs or write files, and -follow, which walks symlinks out of the workspace.
const FIND_REFUSED = dashed('exec execdir ok okdir delete fprint fprint0 fprintf fls follow');
const FIND_TEXT = dashed(
  'name iname path ipath wholename iwholename regex iregex lname ilname regextype type xtype amin atime cmin ctime mmin mtime used size perm user group uid gid links inum maxdepth mindepth printf fstype context',
);
const FIND_PATH = dashed('newer anewer cnewer samefile files0-from');

/** Shell syntax no argv can contain legitimately; shell-quote would turn some of it into plain strings. */
const SHELL_SYNTAX: readonly (readonly [string, string])[] = [
  ['`', 'command substitution (backtick)'],
  ['$(', 'command substitution'],
  ['${', 'parameter expansion'],
  ['<(', 'process substitution'],
  ['>(', 'process substitution'],
  ["$'", 'ANSI-C quoting (it hides bytes such as / and NUL from these checks)'],
];

interface Jail {
  readonly workspace: string;
  readonly real: string;
}

const show = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

function within(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Whether the deepest existing part of `abs` really (symlinks resolved) lies inside the workspace. */
function reallyWithin(abs: string, jail: Jail): boolean {
  for (let probe = abs; ; probe = path.dirname(probe)) {
    try {
      return within(jail.real, fs.realpathSync(probe));
    } catch {
      if (probe === jail.workspace || probe === path.dirname(probe)) return true;
      // It exists but cannot be resolved: a dangling or looping symlink, whose target we cannot vouch for.
      if (exists(probe)) return false;
    }
  }
}

function checkPath(arg: string, jail: Jail, what = 'path'): Refusal | undefined {
  const bad = (why: string) => refuse('command_argument_refused', `${what} ${show(arg)} ${why}`);
  if (arg.startsWith('/')) return bad('is absolute; paths must be relative to the workspace');
  if (arg.startsWith('~')) return bad("starts with '~' (home directory)");
  if (arg.split('/').includes('..')) return bad("has a '..' segment");
  const abs = path.resolve(jail.workspace, arg);
  if (!within(jail.workspace, abs)) return bad('leaves the workspace');
  if (!reallyWithin(abs, jail)) {
    return refuse(
      'path_outside_workspace',
      `${what} ${show(arg)} resolves through a symlink outside the workspace`,
    );
  }
  return undefined;
}

function globRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`));
  return new RegExp(`^${body}$`, 's');
}

/** Expands `*` and `?` in the last segment only, inside the workspace, the way bash would. */
function expandGlob(pattern: string, jail: Jail): string[] | Refusal {
  const cut = pattern.lastIndexOf('/') + 1;
  const dir = pattern.slice(0, cut);
  const base = pattern.slice(cut);
  if (/[*?]/.test(dir)) {
    return refuse('command_argument_refused', `glob ${show(pattern)} has wildcards before its last segment`);
  }
  const refusal = checkPath(dir === '' ? '.' : dir, jail, 'glob directory');
  if (refusal) return refusal;
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.resolve(jail.workspace, dir));
  } catch {
    // An unreadable directory matches nothing, and bash then passes the pattern on as it is.
  }
  const re = globRegExp(base);
  const hits = names.filter((n) => re.test(n) && (base.startsWith('.') || !n.startsWith('.'))).sort();
  // A file named `-o` or `--output=x` must not become an option (wildcard injection).
  return hits.length === 0
    ? [pattern]
    : hits.map((n) => (`${dir}${n}`.startsWith('-') ? `./${dir}${n}` : dir + n));
}

type LongKind = 'refused' | 'path' | 'text' | 'optional' | 'flag';

function longKind(g: Grammar, name: string): { kind: LongKind; exact: boolean } {
  const lists: readonly (readonly [LongKind, string[]])[] = [
    ['refused', words(g.longRefused)],
    ['path', words(g.longPath)],
    ['text', words(g.long)],
    ['optional', words(g.longOptional)],
    ['flag', words(g.longFlags)],
  ];
  for (const [kind, names] of lists) if (names.includes(name)) return { kind, exact: true };
  // getopt takes any unique prefix, so `--out` is `--output`.
  for (const [kind, names] of lists) if (names.some((n) => n.startsWith(name))) return { kind, exact: false };
  return { kind: 'flag', exact: true };
}

function checkOptions(program: string, g: Grammar, args: readonly string[], jail: Jail): Refusal | undefined {
  const operands: string[] = [];
  let patternGiven = false;
  const optionRefused = (opt: string) =>
    refuse(
      'command_argument_refused',
      `option ${show(opt)} of ${program} writes, executes, follows or hangs`,
    );
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const attachedValue = eq < 0 ? undefined : arg.slice(eq + 1);
      const { kind, exact } = longKind(g, name);
      if (kind === 'refused') return optionRefused(arg);
      // Whether an abbreviation takes the next argument depends on flags we do not list; spelt out, it is certain.
      if (!exact && (kind === 'path' || kind === 'text')) {
        return refuse(
          'command_argument_refused',
          `abbreviated option ${show(arg)}: write long options in full`,
        );
      }
      if (name === 'regexp' || name === 'file') patternGiven = true;
      if (kind === 'optional') continue;
      const value = attachedValue ?? (kind === 'flag' ? undefined : args[++i]);
      // An unknown option's `=value` might name a file: checked as a path, to be safe.
      if (value !== undefined && kind !== 'text') {
        const refusal = checkPath(value, jail, `value of ${show(`--${name}`)}`);
        if (refusal) return refusal;
      }
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg.charAt(j);
      if (g.refused?.includes(c)) return optionRefused(`-${c}`);
      if (g.attached?.includes(c)) break;
      if (!g.value?.includes(c)) continue;
      if (c === 'e' || c === 'f') patternGiven = true;
      const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
      if (value !== undefined && g.pathValue?.includes(c)) {
        const refusal = checkPath(value, jail, `value of -${c}`);
        if (refusal) return refusal;
      }
      break;
    }
  }
  return checkOperands(program, g, operands, patternGiven, jail);
}

function checkOperands(
  program: string,
  g: Grammar,
  operands: string[],
  patternGiven: boolean,
  jail: Jail,
): Refusal | undefined {
  if (g.operands === 'grep' && !patternGiven) operands.shift();
  if (g.operands === 'uniq' && operands.length > 1) {
    return refuse(
      'command_argument_refused',
      'uniq takes one input; its second operand is a file it overwrites',
    );
  }
  for (const operand of operands) {
    if (g.operands === 'date') {
      if (operand.startsWith('+')) continue;
      return refuse('command_argument_refused', `date operand ${show(operand)} would set the clock`);
    }
    const refusal = checkPath(operand, jail, `${program} operand`);
    if (refusal) return refusal;
  }
  return undefined;
}

function checkFind(args: readonly string[], jail: Jail): Refusal | undefined {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-L')
      return refuse('command_argument_refused', 'find -L follows symlinks out of the workspace');
    if (a === '-D') i++;
    else if (a !== '-H' && a !== '-P' && !a.startsWith('-O')) break;
  }
  const isExpression = (a: string) => a.startsWith('-') || ['(', ')', '!', ','].includes(a);
  for (; i < args.length && !isExpression(args[i] ?? ''); i++) {
    const refusal = checkPath(args[i] ?? '', jail, 'find starting point');
    if (refusal) return refusal;
  }
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (FIND_REFUSED.has(a))
      return refuse('command_argument_refused', `find ${a} executes, writes or follows symlinks`);
    if (FIND_TEXT.has(a) || /^-newer[aBcm]t$/.test(a)) i++;
    else if (FIND_PATH.has(a) || /^-newer[aBcm]{2}$/.test(a)) {
      const refusal = checkPath(args[++i] ?? '.', jail, `value of find ${a}`);
      if (refusal) return refusal;
    } else if (!isExpression(a)) {
      const refusal = checkPath(a, jail, 'find operand');
      if (refusal) return refusal;
    }
  }
  return undefined;
}

/** Offset of a NUL, newline, CR or other C0/C1 control (a second command, or a terminal trick); tab is whitespace. */
function controlCharacter(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

/** shell-quote silently drops an unterminated quote; a command that means something else is not run. */
function quotingError(line: string): string | undefined {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (c === '\\') {
      if (++i >= line.length) return 'trailing backslash';
    } else if (quote === '"') {
      if (c === '"') quote = '';
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote === '' ? undefined : `unterminated ${quote === '"' ? 'double' : 'single'} quote`;
}

/** Parses and checks a command line; returns the argv to run, or a refusal. */
export function checkCommand(
  line: string,
  options: {
    /** The user's workspace: every path must stay inside it, symlinks resolved. */
    readonly workspace: string;
    /** @default DEFAULT_ALLOWED_COMMANDS */
    readonly allowed?: readonly string[];
    /** @default 1000 */
    readonly maxLineChars?: number;
  },
): ParsedCommand | Refusal {
  const maxLineChars = options.maxLineChars ?? 1000;
  if (line.trim() === '') return refuse('command_parse_error', 'empty command line');
  if (line.length > maxLineChars) {
    return refuse('command_parse_error', `command line of ${line.length} characters exceeds ${maxLineChars}`);
  }
  const at = controlCharacter(line);
  if (at >= 0) {
    const code = (line.codePointAt(at) ?? 0).toString(16).padStart(4, '0');
    return refuse('command_operator_refused', `control character U+${code} at offset ${at}`);
  }
  for (const [syntax, what] of SHELL_SYNTAX) {
    if (line.includes(syntax))
      return refuse('command_operator_refused', `${what} ${show(syntax)} is refused`);
  }
  const quoting = quotingError(line);
  if (quoting) return refuse('command_parse_error', quoting);
  let tokens: ParseEntry[];
  try {
    // Variables stay literal text: there is no shell, so `$HOME` reaching argv as is cannot leak anything.
    tokens = parse(line, (name) => `$${name}`);
  } catch (error) {
    return refuse('command_parse_error', `unparseable: ${(error as Error).message}`);
  }
  for (const t of tokens) {
    if (typeof t === 'string' || ('op' in t && t.op === 'glob')) continue;
    const what = 'comment' in t ? 'comment' : `operator ${show(t.op)}`;
    return refuse('command_operator_refused', `${what}: commands run without a shell, one program at a time`);
  }
  const [program, ...rest] = tokens;
  const allowed: readonly string[] = options.allowed ?? DEFAULT_ALLOWED_COMMANDS;
  if (typeof program !== 'string' || !/^\w[\w.+-]*$/.test(program) || !allowed.includes(program)) {
    const name = typeof program === 'string' ? program : JSON.stringify(program);
    return refuse(
      'command_not_allowed',
      `program ${show(name)} is not on the allow-list (a bare name is required)`,
    );
  }
  const workspace = path.resolve(options.workspace);
  let real = workspace;
  try {
    real = fs.realpathSync(workspace);
  } catch {
    // A missing workspace has no symlinks to follow; the runner refuses to run in it anyway.
  }
  const jail: Jail = { workspace, real };
  const args: string[] = [];
  for (const t of rest) {
    if (typeof t === 'string') args.push(t);
    else if ('pattern' in t) {
      const expanded = expandGlob(t.pattern, jail);
      if (!Array.isArray(expanded)) return expanded;
      args.push(...expanded);
    }
  }
  const refusal =
    program === 'echo'
      ? undefined
      : program === 'find'
        ? checkFind(args, jail)
        : checkOptions(program, GRAMMARS[program] ?? {}, args, jail);
  return refusal ?? { program, args };
}
