import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ENCRYPTION_KEYS } from './keys.js';

/** The built CLI; `npm test` builds before it runs the tests. */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/main.js');

/** Fails with a clear message when the build is missing. */
export function requireBuild(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it first)`);
}

/** Runs `rampart <args>` to completion; `stdin` (if any) is written to its standard input, which then closes. */
export function runCli(args: string[], env: Record<string, string>, stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
  });
}

/** Starts `rampart start` and resolves once it prints its URL. */
export function startCliServer(env: Record<string, string>) {
  return new Promise<{ url: string; child: ChildProcess; stop(): Promise<number | null> }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'start'], {
        env: { PATH: process.env.PATH ?? '', ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS, ...env },
      });
      let output = '';
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
      child.stderr.on('data', (d) => (output += d));
      child.stdout.on('data', (d) => {
        output += d;
        const match = /Rampart listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve({
            url: match[1],
            child,
            stop: () =>
              new Promise((done) => {
                child.once('exit', (code) => done(code));
                child.kill('SIGTERM');
              }),
          });
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    },
  );
}
