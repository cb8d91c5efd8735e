import type { z } from 'zod';
import { commaList, integerIn } from './config-fields.js';
import { DEFAULT_ALLOWED_COMMANDS } from './tools/command-policy.js';

/** Programs that run other programs or code: never allowed, whatever COMMAND_ALLOW_LIST says. */
const NEVER_ALLOWED = new Set([
  'sh',
  'bash',
  'dash',
  'zsh',
  'ksh',
  'csh',
  'fish',
  'env',
  'xargs',
  'nice',
  'nohup',
  'timeout',
  'sudo',
  'su',
  'doas',
  'python',
  'python3',
  'node',
  'perl',
  'ruby',
  'php',
  'lua',
  'awk',
  'gawk',
  'sed',
  'vi',
  'vim',
  'less',
  'more',
  'man',
  'git',
  'ssh',
  'scp',
  'curl',
  'wget',
  'nc',
  'ncat',
  'socat',
  'tar',
  'zip',
  'unzip',
  'rm',
  'mv',
  'cp',
  'dd',
  'chmod',
  'chown',
  'ln',
  'tee',
  'make',
  'busybox',
  'strace',
  'gdb',
  'watch',
  'script',
  'expect',
]);

/** The code assistant's tool variables (part of the one environment schema). */
export const TOOLS_ENV_SHAPE = {
  PYTHON_WARM_WORKERS: integerIn(
    0,
    8,
    'set PYTHON_WARM_WORKERS to loaded Python interpreters kept ready (0 to 8)',
  ).default(1),
  COMMAND_ALLOW_LIST: commaList()
    .refine(
      (names) => names.every((name) => /^[a-z0-9][a-z0-9._-]*$/.test(name) && !NEVER_ALLOWED.has(name)),
      {
        message:
          'set COMMAND_ALLOW_LIST to program names; shells, interpreters and programs that write or run others are refused',
      },
    )
    .optional(),
};

type ToolsEnv = z.output<z.ZodObject<typeof TOOLS_ENV_SHAPE>>;

/** Settings of the sandboxes and the command runner. */
export interface ToolsConfig {
  readonly pythonWarmWorkers: number;
  readonly allowedCommands: readonly string[];
}

/** Builds the tools settings. */
export function toolsConfigFrom(v: ToolsEnv): ToolsConfig {
  return Object.freeze({
    pythonWarmWorkers: v.PYTHON_WARM_WORKERS,
    allowedCommands: Object.freeze(v.COMMAND_ALLOW_LIST ?? [...DEFAULT_ALLOWED_COMMANDS]),
  });
}
