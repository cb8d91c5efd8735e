import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { inspectText } from '../security/attacks/detector.js';
import { CHANNELS, type Channel, createDetector } from '../security/guard/detector.js';
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

const INJECTION_USAGE = `Usage: rampart detect injection [--channel user|search_result|calendar_event|email|document|tool_output] < lines.jsonl

Reads JSON lines from standard input, each an object with a string "text" and optionally a "channel"
(default: --channel, else user), and writes one JSON line per input line, in order:
{"verdict":"allow"|"flag"|"block","score":<0..1>,"reasons":[...]}.
A line that is not JSON, has no string "text" or names an unknown channel gets
{"error":"invalid_line","line":<n>} (n from 1). Exit status: 0 all lines valid, 65 some line invalid, 64 usage error.
`;

function objectOf(line: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

function textOf(line: string): string | undefined {
  const text = objectOf(line)?.text;
  return typeof text === 'string' ? text : undefined;
}

/** Reads stdin line by line (never whole), writes one answer per line, waiting when stdout is slow. */
async function eachLine(io: CommandIo, answer: (line: string) => string | undefined): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let invalid = false;
  for await (const line of lines) {
    lineNumber++;
    let out = answer(line);
    if (out === undefined) {
      invalid = true;
      out = JSON.stringify({ error: 'invalid_line', line: lineNumber });
    }
    if (!io.stdout.write(`${out}\n`)) await once(io.stdout, 'drain');
  }
  return invalid ? EXIT_DATAERR : 0;
}

/** `rampart detect injection [--channel c]`: the prompt-injection detector over JSON lines. */
export async function runDetectInjection(args: string[], io: CommandIo): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout.write(INJECTION_USAGE);
    return 0;
  }
  const channelArg =
    args[0] === '--channel' && args.length === 2 ? args[1] : args.length === 0 ? 'user' : undefined;
  if (channelArg === undefined || !(CHANNELS as readonly string[]).includes(channelArg)) {
    io.stderr.write(
      `rampart detect injection: unexpected arguments: ${args.join(' ')}\n\n${INJECTION_USAGE}`,
    );
    return EXIT_USAGE;
  }
  const detector = createDetector();
  return eachLine(io, (line) => {
    const row = objectOf(line);
    const channel = row?.channel ?? channelArg;
    if (typeof row?.text !== 'string' || !(CHANNELS as readonly unknown[]).includes(channel))
      return undefined;
    const { verdict, score, reasons } = detector.score(row.text, channel as Channel);
    return JSON.stringify({ verdict, score, reasons });
  });
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
  return eachLine(io, (line) => {
    const text = textOf(line);
    if (text === undefined) return undefined;
    const { verdict, score, classes } = inspectText(text);
    return JSON.stringify({ verdict, score, classes });
  });
}
