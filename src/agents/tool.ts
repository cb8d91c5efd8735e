import { z } from 'zod';
import type { LlmToolSpec } from '../llm/provider.js';
import type { Permission } from '../security/permissions.js';
import type { Repositories } from '../store/store.js';

/** What a tool may use while it runs: the caller's identity and clock, and the repositories. */
export interface ToolContext {
  readonly userId: string;
  readonly now: Date;
  readonly timeZone: string;
  readonly repos: Repositories;
  readonly signal: AbortSignal;
  /** What the user may do; a tool whose permission is missing is neither offered nor run. */
  readonly permissions: ReadonlySet<Permission>;
  /** The caller's address and request id, for security events a tool records. */
  readonly client?: { readonly ip: string; readonly requestId?: string | undefined } | undefined;
  /** Records the web pages a tool's answer came from; they reach the client as `metadata.sources`. */
  readonly cite: (sources: readonly Source[]) => void;
  /** Records a violation (a refused command, an escape attempt, a resource-limit kill) for the ledger. */
  readonly report?: ((violation: ToolViolation) => Promise<void>) | undefined;
}

/** A violation a tool saw; its detail goes to the security log, never to the client. */
export interface ToolViolation {
  readonly type: 'tool_refused' | 'sandbox_escape_attempt' | 'sandbox_limit_exceeded';
  readonly tool: string;
  readonly detail: Record<string, unknown>;
}

/** How a tool that runs something ended, for the workflow step; plain tools return text only. */
export interface ToolResult {
  /** What the model (and, offline, the user) reads. */
  readonly content: string;
  readonly exitStatus: 'ok' | 'error' | 'timeout' | 'memory_limit' | 'refused';
  readonly truncated: boolean;
}

/** A web page an answer rests on. */
export interface Source {
  readonly url: string;
  readonly title?: string | undefined;
}

/** A tool is a value: a name, a schema for its input, and what it does. Its result is text for the model. */
export interface Tool<Input = unknown> {
  readonly name: string;
  readonly description: string;
  readonly input: z.ZodType<Input>;
  /** The permission a user needs for this tool. */
  readonly permission: Permission;
  execute(input: Input, context: ToolContext): Promise<string | ToolResult>;
}

/** Defines a tool with its input type inferred from the schema. */
export function defineTool<Input>(tool: {
  name: string;
  description: string;
  input: z.ZodType<Input>;
  permission: Permission;
  execute(input: Input, context: ToolContext): Promise<string | ToolResult>;
}): Tool<Input> {
  return tool;
}

const specs = new WeakMap<Tool, LlmToolSpec>();

/** The description of a tool that a model sees (its input schema as JSON Schema); computed once per tool. */
export function toToolSpec(tool: Tool): LlmToolSpec {
  let spec = specs.get(tool);
  if (!spec) {
    const { $schema: _ignored, ...inputSchema } = z.toJSONSchema(tool.input, { io: 'input' }) as Record<
      string,
      unknown
    >;
    spec = { name: tool.name, description: tool.description, inputSchema };
    specs.set(tool, spec);
  }
  return spec;
}
