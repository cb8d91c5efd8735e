/** How a sandboxed run or a command ended. */
export type ExitStatus =
  /** Finished normally (a command with exit code 0). */
  | 'ok'
  /** The code raised, or the command exited non-zero. */
  | 'error'
  /** Stopped at its CPU-time or wall-clock limit. */
  | 'timeout'
  /** Stopped at its memory limit. */
  | 'memory_limit';

/** What a run produced. Output is capped; `truncated` says whether anything was cut. */
export interface RunOutput {
  readonly status: ExitStatus;
  readonly stdout: string;
  readonly stderr: string;
  /** A command's exit code; null for sandboxes and for killed commands. */
  readonly exitCode: number | null;
  readonly truncated: boolean;
  readonly durationMs: number;
}

/** Stable codes of refusals: the input was not run at all. */
export type RefusalCode =
  | 'command_parse_error'
  | 'command_operator_refused'
  | 'command_not_allowed'
  | 'command_argument_refused'
  | 'path_outside_workspace'
  | 'invalid_path'
  | 'file_not_found'
  | 'file_too_large'
  | 'workspace_quota_exceeded'
  | 'code_too_large';

/** A refusal as a value: the stable code for the caller, the precise reason for the security log. */
export interface Refusal {
  readonly refused: true;
  readonly code: RefusalCode;
  /** Precise, for the security event; never shown to the client as is. */
  readonly reason: string;
}

/** Builds a refusal. */
export function refuse(code: RefusalCode, reason: string): Refusal {
  return { refused: true, code, reason };
}

/** Whether an outcome is a refusal. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { refused?: unknown }).refused === true;
}

/** Cuts text to `maxBytes` of UTF-8 without splitting a character; says whether it cut. */
export function capOutput(text: string, maxBytes: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return { text, truncated: false };
  // Decoding a cut buffer drops a split trailing character as U+FFFD; trim it.
  return {
    text: bytes
      .subarray(0, maxBytes)
      .toString('utf8')
      .replace(/\uFFFD$/, ''),
    truncated: true,
  };
}
