import type fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Refusal } from './outcome.js';
import { refuse } from './outcome.js';

/** A relative path that passed validation: NFC, `/`-separated, without empty or `.` segments. */
export interface JailPath {
  readonly segments: readonly string[];
  readonly normalised: string;
}

/** Where a jailed path lands on disk, with its parent's real path already checked. */
export interface Resolved {
  /** Absolute path of the final component under the parent's real path; never itself resolved. */
  readonly target: string;
  /** Parent directories still to create, outermost first. */
  readonly missingDirs: readonly string[];
  /** `lstat` of the target (a symlink is reported as a symlink), or null when absent. */
  readonly stat: fs.Stats | null;
}

// C0, DEL and C1: NUL truncates paths in C-based consumers, the rest forge log lines and terminal output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// `C:`, `php:`, `file:`: drive letters and file-inclusion wrappers (php://filter, expect://, zip://).
const SCHEME_OR_DRIVE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Two or more dots opening or closing a name: `..`, `....//` (naive filters strip `../` once), `.. ` and
// `x..` (Windows drops trailing dots and spaces), `..;/` (servlet path parameters), `..∕` or `..0x2f`
// (lookalike or spelled-out slash a consumer may map). Dots inside a name (`a..b`) stay legal.
const DOT_RUN = /(?:^|[^\p{L}\p{N}_-])\.{2,}|\.{2,}(?:[^\p{L}\p{N}_-]|$)/u;
// Overlong UTF-8 leads (C0, C1) and the 5/6-byte forms (F8-FF) never occur in text: they only exist to
// smuggle `.`, `/` and `\` past filters that decode differently from the next consumer.
const EVASIVE_BYTE = /%(?:c[01]|f[89a-f])/i;
const PERCENT = /%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})/g;
// Characters Windows refuses in names, which are also glob and shell metacharacters; `?` is what a
// Unicode dot becomes in a lossy conversion (`.?/.?/etc/passwd`). No ordinary workspace name needs them.
const RESERVED = /[?*<>|"]/;
// `%%32%%65`: a doubled percent sign only exists to get one decoding layer past a filter.
const DOUBLED_PERCENT = /%%/;
// Spelled-out hex of `.`, `/` and `\` (`0x2e0x2e0x2f`), which some decoders map back.
const HEX_SPELLED = /0x(2e|2f|5c)/gi;
const HEX_CHARS: Record<string, string> = { '2e': '.', '2f': '/', '5c': '\\' };
// A name that is all base64 and long enough to carry a path (`Li4vZXRjL3Bhc3N3ZA==` is `../etc/passwd`).
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){2,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const NAME_MAX_BYTES = 255;

function literalRefusal(text: string, via: string): Refusal | null {
  if (CONTROL.test(text)) return refuse('invalid_path', `${via}contains a NUL or control character`);
  if (DOT_RUN.test(text)) {
    return refuse(
      'path_outside_workspace',
      `${via}has two or more dots opening or closing a name (directory traversal)`,
    );
  }
  if (text.includes('\\')) return refuse('invalid_path', `${via}contains a backslash (Windows separator)`);
  if (text.startsWith('/')) return refuse('invalid_path', `${via}is absolute`);
  if (text.startsWith('~')) return refuse('invalid_path', `${via}starts with ~ (home directory expansion)`);
  if (SCHEME_OR_DRIVE.test(text))
    return refuse('invalid_path', `${via}starts with a drive letter or URL scheme`);
  if (RESERVED.test(text)) return refuse('invalid_path', `${via}contains one of ? * < > | "`);
  if (DOUBLED_PERCENT.test(text)) return refuse('invalid_path', `${via}contains a doubled percent sign`);
  return null;
}

/** The base64 payload a name carries, when it decodes to printable text with a separator in it. */
function base64Path(text: string): string | null {
  if (!BASE64.test(text)) return null;
  const decoded = Buffer.from(text, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(decoded) && /[/\\]/.test(decoded) ? decoded : null;
}

/** Decodes UTF-8 bytes leniently: overlong forms (C0 AE = `.`) are accepted, stray bytes dropped. */
function decodeBytesLoosely(bytes: readonly number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc0 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : 4;
    if (lead >= 0x80 && (lead < 0xc0 || lead >= 0xf8)) {
      i += 1;
      continue;
    }
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    let complete = true;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        complete = false;
        break;
      }
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (!complete) {
      i += 1;
      continue;
    }
    if (codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff))
      out += String.fromCodePoint(codePoint);
    i += length;
  }
  return out;
}

function percentDecodeOnce(text: string): string {
  let out = '';
  let bytes: number[] = [];
  let last = 0;
  for (const match of text.matchAll(PERCENT)) {
    if (match.index > last || match[1] !== undefined) {
      out += decodeBytesLoosely(bytes) + text.slice(last, match.index);
      bytes = [];
    }
    if (match[1] !== undefined) out += String.fromCharCode(Number.parseInt(match[1], 16));
    else bytes.push(Number.parseInt(match[2] ?? '0', 16));
    last = match.index + match[0].length;
  }
  return out + decodeBytesLoosely(bytes) + text.slice(last);
}

/**
 * What a decoding consumer (web server, shell helper, another tool) could make of the path: up to four
 * rounds of percent-decoding (`%252e` and `%%32%65` are double-encoded), overlong UTF-8, `%uXXXX`, then
 * NFKC (fullwidth `．．／`).
 */
function decodeLoosely(text: string): { decoded: string; evasive: boolean } {
  let current = text;
  let evasive = false;
  for (let round = 0; round < 4; round++) {
    evasive ||= EVASIVE_BYTE.test(current);
    const next = percentDecodeOnce(current).replace(
      HEX_SPELLED,
      (_, hex: string) => HEX_CHARS[hex.toLowerCase()] ?? '',
    );
    if (next === current) break;
    current = next;
  }
  return { decoded: current.normalize('NFKC'), evasive };
}

/**
 * Validates a relative path: `invalid_path` for malformed or absolute paths, `path_outside_workspace` for
 * traversal, literal or encoded; `%` stays a literal character in names that decode to nothing hostile.
 */
export function validateRelPath(raw: unknown, maxPathChars: number): JailPath | Refusal {
  if (typeof raw !== 'string') return refuse('invalid_path', 'path is not a string');
  // Bound the work before normalising an attacker-sized string.
  if (raw.length > maxPathChars * 4) return refuse('invalid_path', `path has ${raw.length} characters`);
  const text = raw.normalize('NFC');
  if (text.length < 1 || text.length > maxPathChars) {
    return refuse('invalid_path', `path has ${text.length} characters, allowed 1..${maxPathChars}`);
  }
  const literal = literalRefusal(text, 'path ');
  if (literal) return literal;
  const carried = text
    .split('/')
    .map(base64Path)
    .find((decoded) => decoded !== null);
  if (carried) return refuse('path_outside_workspace', 'a name is base64 of a path (encoded traversal)');
  const { decoded, evasive } = decodeLoosely(text);
  if (decoded !== text) {
    const encoded = literalRefusal(decoded, 'decoded (percent, overlong UTF-8 or NFKC) path ');
    if (encoded) return encoded;
    if (decoded.split('/').length > text.split('/').length) {
      return refuse('invalid_path', 'path contains an encoded separator');
    }
  }
  if (evasive) return refuse('invalid_path', 'path percent-encodes an overlong or invalid UTF-8 lead byte');
  const segments = text.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => Buffer.byteLength(segment) > NAME_MAX_BYTES)) {
    return refuse('invalid_path', `a path segment exceeds ${NAME_MAX_BYTES} bytes`);
  }
  return { segments, normalised: segments.join('/') };
}

/** Whether `candidate` is `root` or lies below it (both absolute, normalised). */
export function isInside(root: string, candidate: string): boolean {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate === root || candidate.startsWith(prefix);
}

async function lstatOrNull(file: string): Promise<fs.Stats | null> {
  try {
    return await fsp.lstat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Resolves `segments` (non-empty) under the workspace's real path: the deepest existing ancestor is
 * `realpath`ed and must stay inside, so a symlinked directory pointing out is refused; the final component
 * is only `lstat`ed, never followed.
 */
export async function resolveInside(root: string, segments: readonly string[]): Promise<Resolved | Refusal> {
  const lexical = path.resolve(root, ...segments);
  if (!isInside(root, lexical) || lexical === root) {
    return refuse('path_outside_workspace', `path resolves to ${lexical}, outside ${root}`);
  }
  const parents = segments.slice(0, -1);
  for (let depth = parents.length; depth >= 0; depth--) {
    const ancestor = path.join(root, ...parents.slice(0, depth));
    if ((await lstatOrNull(ancestor)) === null) continue;
    let real: string;
    try {
      real = await fsp.realpath(ancestor);
    } catch {
      return refuse('path_outside_workspace', `${ancestor} is a dangling or looping symbolic link`);
    }
    if (!isInside(root, real)) {
      return refuse('path_outside_workspace', `${ancestor} resolves through a symbolic link to ${real}`);
    }
    if (!(await fsp.stat(real)).isDirectory())
      return refuse('invalid_path', `${ancestor} is not a directory`);
    const rest = parents.slice(depth);
    const missingDirs = rest.map((_, index) => path.join(real, ...rest.slice(0, index + 1)));
    const target = path.join(real, ...rest, segments[segments.length - 1] ?? '');
    return { target, missingDirs, stat: rest.length > 0 ? null : await lstatOrNull(target) };
  }
  return refuse('invalid_path', `workspace ${root} does not exist`);
}

/**
 * Where the kernel says an open descriptor points (`/proc/self/fd`), or null without procfs. Checked after
 * every open, so a parent directory swapped for a symlink between resolution and open is still caught.
 */
export async function openedPath(fd: number): Promise<string | null> {
  try {
    return await fsp.readlink(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

/** Entries (files, directories, links) and file bytes under `root`, walked with `lstat`: links are not followed. */
export async function workspaceUsage(
  root: string,
  stopAfterEntries: number,
): Promise<{ entries: number; bytes: number }> {
  let entries = 0;
  let bytes = 0;
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
      entries += 1;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) bytes += (await fsp.lstat(full)).size;
      // Past the limit no write can succeed: stop rather than walk a directory bomb.
      if (entries > stopAfterEntries) return { entries, bytes };
    }
  }
  return { entries, bytes };
}

const queues = new Map<string, Promise<void>>();

/** Runs `task` after earlier tasks on the same workspace, so quota checks and renames do not interleave. */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

/** Maps the errors a racing filesystem change can cause to refusals; anything else is rethrown. */
export function refusalFromFsError(error: unknown, file: string): Refusal {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP')
    return refuse('path_outside_workspace', `${file} became a symbolic link (O_NOFOLLOW)`);
  if (code === 'ENOENT') return refuse('file_not_found', `${file} does not exist`);
  if (code === 'ENOTEMPTY' || code === 'EEXIST')
    return refuse('invalid_path', `${file} is not an empty directory`);
  if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') {
    return refuse('invalid_path', `${file}: ${code}`);
  }
  throw error;
}
