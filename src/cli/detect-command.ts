import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { inspectText } from '../security/attacks/detector.js';
import { EXIT_USAGE } from './args.js';

/** Exit status when some input lines were not valid (sysexits EX_DATAERR). */
export const EXIT_DATAERR = 65;

const USAGE = `Usage: rampart detect attacks < lines.jsonl

Reads JSON lines from standard input, each an object with a string "text", and writes one JSON line per
input line, in order: {"verdict":"allow"|"flag"|"block","score":<points>,"classes":[...]}.
A line that is not JSON or has no string "text" gets {"error":"invalid_line","line":<n>} (n from 1).
Exit status: 0 all lines valid, 65 some line invalid, 64 usage error.
`;

/** Standard streams of a command, injectable for tests. */
export interface CommandIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

function textOf(line: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const text = (parsed as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/**
 * `rampart detect attacks`: scores each JSON line of stdin with the web-attack detector, streaming line
 * by line (stdin is never held whole) and waiting for stdout to drain when it is slow.
 */
export async function runDetectAttacks(args: string[], io: CommandIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    io.stderr.write(`rampart detect attacks: unexpected arguments: ${args.join(' ')}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let invalid = false;
  for await (const line of lines) {
    lineNumber++;
    const text = textOf(line);
    let out: string;
    if (text === undefined) {
      invalid = true;
      out = JSON.stringify({ error: 'invalid_line', line: lineNumber });
    } else {
      const { verdict, score, classes } = inspectText(text);
      out = JSON.stringify({ verdict, score, classes });
    }
    if (!io.stdout.write(`${out}\n`)) await once(io.stdout, 'drain');
  }
  return invalid ? EXIT_DATAERR : 0;
}
