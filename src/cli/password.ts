import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../errors.js';

/**
 * Reads a new password: on a terminal, asked twice without echo and required to match; otherwise
 * the first line of standard input, without its line ending. Never from the command line.
 */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine(process.stdin);
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Repeat password: ');
  if (first !== second) throw new AppError('validation_failed', 'The passwords do not match.');
  return first;
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

/** Asks a question on the terminal without echoing the answer. */
async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve, reject) => {
      rl.once('SIGINT', () => reject(new AppError('validation_failed', 'Cancelled.')));
      rl.once('close', () => reject(new AppError('validation_failed', 'No password entered.')));
      rl.question(question, resolve);
      muted = true;
    });
  } finally {
    muted = false;
    process.stderr.write('\n');
    rl.close();
  }
}
