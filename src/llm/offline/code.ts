import type { LlmToolCall } from '../provider.js';

const LANGUAGES: Record<string, 'run_python' | 'run_javascript'> = {
  python: 'run_python',
  python3: 'run_python',
  py: 'run_python',
  javascript: 'run_javascript',
  js: 'run_javascript',
  node: 'run_javascript',
};

/** Bounded so a message of many backticks cannot make the scan quadratic. */
const FENCED = /```[ \t]{0,8}([A-Za-z0-9]{0,12})[ \t]{0,8}\r?\n([\s\S]{1,100000}?)```/;
const RUN_LANGUAGE =
  /\b(?:run|execute|evaluate)\s+(?:this|the|some|my)?\s*(python3?|py|javascript|js|node)\b(?:\s+code)?\s*:\s*([\s\S]+)$/i;
const RUN_COMMAND = /\b(?:run|execute)\s+(?:this|the|a)?\s*(?:shell\s+)?command\s*:\s*(.+)$/i;
const LIST_FILES = /\b(?:list|show)\s+(?:my\s+|the\s+)?(?:files|workspace)\b/i;
const READ_FILE = /\b(?:read|show|open|cat)\s+(?:the\s+)?file\s+(\S+)/i;
const WRITE_FILE = /\b(write|append)\s+(?:to\s+)?(?:the\s+)?file\s+(\S+?)\s*:\s*([\s\S]+)$/i;
const DELETE_FILE = /\b(?:delete|remove)\s+(?:the\s+)?file\s+(\S+)/i;

const NEEDS: Record<string, string> = {
  run_python: 'running code needs the tools:code permission',
  run_javascript: 'running code needs the tools:code permission',
  run_command: 'running commands needs the tools:commands permission (administrators)',
  list_files: 'working on files needs the tools:files permission (administrators)',
  read_file: 'working on files needs the tools:files permission (administrators)',
  write_file: 'working on files needs the tools:files permission (administrators)',
  append_file: 'working on files needs the tools:files permission (administrators)',
  delete_file: 'working on files needs the tools:files permission (administrators)',
};

function wanted(text: string): { name: string; input: Record<string, unknown> } | undefined {
  const fenced = FENCED.exec(text);
  if (fenced) {
    const tag = (fenced[1] ?? '').toLowerCase();
    const tool =
      LANGUAGES[tag] ??
      (/\bpython\b/i.test(text)
        ? 'run_python'
        : /\b(javascript|js)\b/i.test(text)
          ? 'run_javascript'
          : undefined);
    if (tool) return { name: tool, input: { code: fenced[2] } };
  }
  const language = RUN_LANGUAGE.exec(text);
  if (language) {
    const tool = LANGUAGES[(language[1] ?? '').toLowerCase()] ?? 'run_python';
    return { name: tool, input: { code: (language[2] ?? '').trim() } };
  }
  const command = RUN_COMMAND.exec(text);
  if (command) return { name: 'run_command', input: { command: (command[1] ?? '').trim() } };
  const write = WRITE_FILE.exec(text);
  if (write) {
    const name = (write[1] ?? '').toLowerCase() === 'append' ? 'append_file' : 'write_file';
    return { name, input: { path: write[2], content: write[3] } };
  }
  const remove = DELETE_FILE.exec(text);
  if (remove) return { name: 'delete_file', input: { path: remove[1] } };
  const read = READ_FILE.exec(text);
  if (read) return { name: 'read_file', input: { path: read[1] } };
  if (LIST_FILES.test(text)) return { name: 'list_files', input: {} };
  return undefined;
}

/**
 * The offline model's reading of a code request: a tool call for the code assistant's sandboxes,
 * command runner or file editor; a sentence when the user lacks the tool; undefined when the text
 * asks for none of them.
 */
export function codeToolCall(
  text: string,
  offered: ReadonlySet<string>,
  callId: string,
): LlmToolCall | string | undefined {
  const want = wanted(text);
  if (!want) return undefined;
  if (!offered.has(want.name))
    return `I cannot do that for you: ${NEEDS[want.name] ?? 'the tool is not available'}.`;
  return { id: callId, name: want.name, input: want.input };
}
