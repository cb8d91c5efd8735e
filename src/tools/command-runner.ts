import type { ExecFileException } from 'node:child_process';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCommand, DEFAULT_ALLOWED_COMMANDS } from './command-policy.js';
import type { Refusal, RunOutput } from './outcome.js';
import { capOutput, isRefusal, refuse } from './outcome.js';

/** Where programs are looked up: fixed, so a user's PATH (or a `ls` dropped in the workspace) is never used. */
const SEARCH_PATH = ['/usr/local/bin', '/usr/bin', '/bin'];
const PRLIMIT = '/usr/bin/prlimit';
/** 256 MiB address space, 5 s CPU, 64 processes (fork bombs), 10 MiB files (a write that slipped through). */
const LIMITS = ['--as=268435456', '--cpu=5', '--nproc=64', '--fsize=10485760'];
/** The whole environment of a command: nothing of the server's (API keys, tokens) reaches it. */
const envFor = (workspace: string): NodeJS.ProcessEnv => ({
  PATH: '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  HOME: workspace,
});

/** Runs allow-listed commands in a workspace. */
export interface CommandRunner {
  run(line: string, workspace: string): Promise<RunOutput | Refusal>;
}

/** Options of the command runner. */
export interface CommandRunnerOptions {
  /**
   * Wall-clock limit; the command is killed with SIGKILL after it.
   * @default 5000
   */
  readonly timeoutMs?: number;
  /**
   * Cap on each of stdout and stderr; a command printing twice this much is killed and reported as
   * status 'error', exitCode null, truncated.
   * @default 65536
   */
  readonly maxOutputBytes?: number;
  /**
   * Programs that may run; never add one that runs other programs (env, xargs, sh, timeout, nice).
   * @default DEFAULT_ALLOWED_COMMANDS
   */
  readonly allowed?: readonly string[];
  /**
   * Whether to run under `/usr/bin/prlimit` with memory, CPU, process and file-size limits.
   * @default true when /usr/bin/prlimit exists
   */
  readonly usePrlimit?: boolean;
}

/** The absolute binary for a program name, from the fixed search path; undefined if not installed. */
function resolveProgram(program: string): string | undefined {
  for (const dir of SEARCH_PATH) {
    const candidate = path.join(dir, program);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this directory; try the next.
    }
  }
  return undefined;
}

function outcome(
  error: ExecFileException | null,
  stdout: Buffer,
  stderr: Buffer,
  cap: number,
  started: number,
): RunOutput {
  const out = capOutput(stdout.toString('utf8'), cap);
  const err = capOutput(stderr.toString('utf8'), cap);
  // Killed for printing too much: the output is what matters, and it is marked truncated.
  const overflow = error?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
  // `killed` is our timeout's SIGKILL; SIGXCPU is prlimit's CPU limit.
  const timedOut = !overflow && (error?.killed === true || error?.signal === 'SIGXCPU');
  return {
    status: timedOut ? 'timeout' : error ? 'error' : 'ok',
    stdout: out.text,
    stderr: err.text,
    exitCode: error ? (typeof error.code === 'number' ? error.code : null) : 0,
    truncated: out.truncated || err.truncated || overflow,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * A runner of allow-listed commands: no shell, argv checked by `checkCommand`, cwd the workspace, scrubbed
 * environment, a timeout, capped output and (with prlimit) resource limits.
 */
export function createCommandRunner(options: CommandRunnerOptions = {}): CommandRunner {
  const timeoutMs = options.timeoutMs ?? 5000;
  const cap = options.maxOutputBytes ?? 64 * 1024;
  const allowed = options.allowed ?? DEFAULT_ALLOWED_COMMANDS;
  const usePrlimit = options.usePrlimit ?? fs.existsSync(PRLIMIT);

  return {
    async run(line, workspace) {
      let cwd: string;
      try {
        cwd = fs.realpathSync(workspace);
        if (!fs.statSync(cwd).isDirectory()) throw new Error('not a directory');
      } catch {
        return refuse('invalid_path', `workspace ${JSON.stringify(workspace)} is not a directory`);
      }
      // Checked right before the run, so symlinks are resolved against the workspace as it is now.
      const checked = checkCommand(line, { workspace: cwd, allowed });
      if (isRefusal(checked)) return checked;
      const binary = resolveProgram(checked.program);
      if (!binary) {
        return refuse(
          'command_not_allowed',
          `program ${checked.program} is not installed in ${SEARCH_PATH.join(':')}`,
        );
      }
      const [file, argv] = usePrlimit
        ? [PRLIMIT, [...LIMITS, '--', binary, ...checked.args]]
        : [binary, [...checked.args]];
      const started = performance.now();
      return new Promise<RunOutput>((resolve) => {
        const child = execFile(
          file,
          argv,
          {
            cwd,
            env: envFor(cwd),
            shell: false,
            timeout: timeoutMs,
            maxBuffer: cap * 2,
            killSignal: 'SIGKILL',
            windowsHide: true,
            encoding: 'buffer',
          },
          (error, stdout, stderr) => resolve(outcome(error, stdout, stderr, cap, started)),
        );
        // No input: `cat` or `grep x` without a file read stdin and would otherwise wait for the timeout.
        // A child that exits first closes the pipe; an EPIPE here must not become an unhandled 'error' event.
        child.stdin?.on('error', () => {});
        child.stdin?.end();
      });
    },
  };
}
