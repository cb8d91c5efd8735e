import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../errors.js';

/**
 * Reads a new password: on a terminal, asked twice without echo and required to match; otherwise
 * the first line of standard input, without its line ending. Never from the command line.
 */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine(process.stdin);
  const [first, second] = await promptHidden(['Password: ', 'Repeat password: ']);
  if (first !== second) throw new AppError('validation_failed', 'The passwords do not match.');
  return first ?? '';
}

/** The first line of a stream, with only its trailing line ending removed. */
export async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  let complete = false;
  for await (const chunk of stream) {
    text += chunk as string;
    const end = text.indexOf('\n');
    if (end >= 0) {
      text = text.slice(0, end);
      complete = true;
      break;
    }
  }
  if (complete) text = text.replace(/\r$/, '');
  if (text === '') throw new AppError('validation_failed', 'No password on standard input.');
  return text;
}

/** Asks questions on the terminal, one line each, without echoing the answers. */
async function promptHidden(questions: readonly string[]): Promise<string[]> {
  // Everything readline writes (the echo of typed characters) is swallowed; prompts go to stderr.
  const silent = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  let cancelled = false;
  rl.once('SIGINT', () => {
    cancelled = true;
    rl.close();
  });
  const lines = rl[Symbol.asyncIterator]();
  const answers: string[] = [];
  try {
    for (const question of questions) {
      process.stderr.write(question);
      const line = await lines.next();
      process.stderr.write('\n');
      if (line.done)
        throw new AppError('validation_failed', cancelled ? 'Cancelled.' : 'No password entered.');
      answers.push(line.value);
    }
    return answers;
  } finally {
    rl.close();
  }
}
