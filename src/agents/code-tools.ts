import { z } from 'zod';
import type { CommandRunner } from '../tools/command-runner.js';
import type { FileEditor } from '../tools/file-editor.js';
import type { JsSandbox } from '../tools/js-sandbox.js';
import { isRefusal, type Refusal, type RefusalCode, type RunOutput } from '../tools/outcome.js';
import type { PythonSandbox } from '../tools/python-sandbox.js';
import { workspaceFor } from '../tools/workspace.js';
import { defineTool, type Tool, type ToolContext, type ToolResult } from './tool.js';

/** The engines the code assistant's tools run on; each is optional, and its tools appear only when set. */
export interface CodeEngines {
  readonly javascript?: Pick<JsSandbox, 'run'> | undefined;
  readonly python?: Pick<PythonSandbox, 'run'> | undefined;
  readonly commands?: CommandRunner | undefined;
  readonly files?: FileEditor | undefined;
  /** Workspaces live in `DATA_DIR/workspaces/<user id>`. */
  readonly dataDir: string;
}

/** What a refusal tells the model and the user: the stable code and what it means, not the precise reason. */
const REFUSAL_TEXT: Record<RefusalCode, string> = {
  command_parse_error: 'the command could not be read (empty or too long)',
  command_operator_refused: 'pipes, ;, &&, redirections, substitutions and backticks are not allowed',
  command_not_allowed:
    'that program is not on the allow-list (ls cat head tail wc grep sort uniq cut date echo pwd find)',
  command_argument_refused:
    'an argument reaches outside the workspace or asks the program to write or run something',
  path_outside_workspace: 'the path leads outside your workspace',
  invalid_path: 'the path is not a valid relative path in your workspace',
  file_not_found: 'no such file in your workspace',
  file_too_large: 'the file is over the size limit',
  workspace_quota_exceeded: 'your workspace is full (size or file count)',
  code_too_large: 'the program is over the size limit',
};

async function refused(tool: string, refusal: Refusal, context: ToolContext): Promise<ToolResult> {
  await context.report?.({
    type: 'tool_refused',
    tool,
    detail: { code: refusal.code, reason: refusal.reason },
  });
  return {
    content: `Error: refused (${refusal.code}): ${REFUSAL_TEXT[refusal.code]}.`,
    exitStatus: 'refused',
    truncated: false,
  };
}

function fence(text: string): string {
  return `\`\`\`\n${text.replace(/```/g, '`\u200b``')}\n\`\`\``;
}

/** A run's result as text: status, then what it printed, fenced so it reads as output, not instructions. */
function describeRun(label: string, run: RunOutput): string {
  const parts = [
    `${label} finished: ${run.status}${run.exitCode === null ? '' : ` (exit code ${run.exitCode})`}, ${Math.round(run.durationMs)} ms.`,
  ];
  if (run.stdout) parts.push(`Output:\n${fence(run.stdout.replace(/\n$/, ''))}`);
  if (run.stderr) parts.push(`Errors:\n${fence(run.stderr.replace(/\n$/, ''))}`);
  if (!run.stdout && !run.stderr) parts.push('It printed nothing.');
  if (run.truncated) parts.push('(Output was cut at the size limit.)');
  return parts.join('\n');
}

/**
 * QuickJS has no host, so reaching for one ends in a ReferenceError: that is how an escape attempt
 * from JavaScript shows (`this.constructor.constructor('return process')()`, `require('fs')`).
 */
const HOST_NAMES =
  /'(process|require|module|__dirname|__filename|Deno|Bun)' is not defined|import\(\) is not supported|could not load module/g;

function javascriptEscapes(run: RunOutput): string[] {
  return [...run.stderr.matchAll(HOST_NAMES)].map((match) => `js:${match[1] ?? 'import'}`);
}

async function finishRun(
  tool: string,
  label: string,
  run: RunOutput & { readonly escapes?: readonly string[] },
  context: ToolContext,
): Promise<ToolResult> {
  if (run.escapes && run.escapes.length > 0) {
    await context.report?.({ type: 'sandbox_escape_attempt', tool, detail: { attempts: run.escapes } });
  }
  if (run.status === 'timeout' || run.status === 'memory_limit') {
    await context.report?.({ type: 'sandbox_limit_exceeded', tool, detail: { limit: run.status } });
  }
  return { content: describeRun(label, run), exitStatus: run.status, truncated: run.truncated };
}

const codeInput = z.object({ code: z.string().min(1).max(100_000) });
const pathInput = z.object({ path: z.string().min(1).max(1000) });
const writeInput = z.object({ path: z.string().min(1).max(1000), content: z.string().max(1_048_576) });

/** The code assistant's tools for the engines this server has. */
export function createCodeTools(engines: CodeEngines): Tool[] {
  const tools: Tool[] = [];
  const { javascript, python, commands, files } = engines;
  const workspace = (context: ToolContext) => workspaceFor(engines.dataDir, context.userId);
  if (python) {
    tools.push(
      defineTool({
        name: 'run_python',
        permission: 'tools:code',
        description:
          'Run a Python program in a sandbox (no network, no host files, 5 s) and return its output.',
        input: codeInput,
        async execute({ code }, context) {
          const run = await python.run(code);
          return isRefusal(run)
            ? refused('run_python', run, context)
            : finishRun('run_python', 'Python', run, context);
        },
      }),
    );
  }
  if (javascript) {
    tools.push(
      defineTool({
        name: 'run_javascript',
        permission: 'tools:code',
        description:
          'Run JavaScript in a sandbox (no host objects, no network, 1 s of CPU) and return its output.',
        input: codeInput,
        async execute({ code }, context) {
          const run = await javascript.run(code);
          return isRefusal(run)
            ? refused('run_javascript', run, context)
            : finishRun('run_javascript', 'JavaScript', { ...run, escapes: javascriptEscapes(run) }, context);
        },
      }),
    );
  }
  if (commands) {
    tools.push(
      defineTool({
        name: 'run_command',
        permission: 'tools:commands',
        description:
          'Run one allow-listed command (ls cat head tail wc grep sort uniq cut date echo pwd find) in the ' +
          "user's workspace, without a shell: no pipes, redirections or substitutions.",
        input: z.object({ command: z.string().min(1).max(1000) }),
        async execute({ command }, context) {
          const run = await commands.run(command, workspace(context));
          return isRefusal(run)
            ? refused('run_command', run, context)
            : finishRun('run_command', 'The command', run, context);
        },
      }),
    );
  }
  if (files) tools.push(...fileTools(files, workspace));
  return tools;
}

function fileTools(files: FileEditor, workspace: (context: ToolContext) => string): Tool[] {
  const done = (content: string): ToolResult => ({ content, exitStatus: 'ok', truncated: false });
  const tool = <I>(
    name: string,
    description: string,
    input: z.ZodType<I>,
    act: (input: I, root: string) => Promise<string | Refusal>,
  ) =>
    defineTool({
      name,
      permission: 'tools:files',
      description,
      input,
      async execute(parsed, context) {
        const outcome = await act(parsed, workspace(context));
        return isRefusal(outcome) ? refused(name, outcome, context) : done(outcome);
      },
    });
  const text = <T>(outcome: T | Refusal, format: (value: T) => string) =>
    isRefusal(outcome) ? outcome : format(outcome);
  return [
    tool('read_file', "Read a text file of the user's workspace.", pathInput, async ({ path }, root) =>
      text(await files.read(root, path), (r) => `${path} (${r.sizeBytes} bytes):\n${fence(r.content)}`),
    ),
    tool(
      'write_file',
      "Create or replace a text file in the user's workspace.",
      writeInput,
      async ({ path, content }, root) =>
        text(await files.write(root, path, content), (r) => `Wrote ${path} (${r.sizeBytes} bytes).`),
    ),
    tool(
      'append_file',
      "Append text to a file in the user's workspace.",
      writeInput,
      async ({ path, content }, root) =>
        text(
          await files.append(root, path, content),
          (r) => `Appended to ${path}; it is now ${r.sizeBytes} bytes.`,
        ),
    ),
    tool(
      'list_files',
      "List a directory of the user's workspace.",
      z.object({ path: z.string().max(1000).optional() }),
      async ({ path }, root) =>
        text(await files.list(root, path), (r) =>
          r.entries.length === 0
            ? 'The directory is empty.'
            : r.entries
                .map(
                  (e) =>
                    `${e.type === 'directory' ? 'dir ' : 'file'} ${e.path}${e.type === 'file' ? ` (${e.sizeBytes} bytes)` : ''}`,
                )
                .join('\n'),
        ),
    ),
    tool(
      'delete_file',
      "Delete a file or an empty directory of the user's workspace.",
      pathInput,
      async ({ path }, root) => text(await files.remove(root, path), () => `Deleted ${path}.`),
    ),
  ];
}
