import type { LlmToolCall } from '../provider.js';

const ADD =
  /^(?:please\s+)?(?:add|write|put|note|save|record|log)\b[^:]{0,40}?\b(?:journal|diary)\b\s*(?:that\s+|:\s*|-\s*)?([\s\S]+)$/i;
const PREFIX = /^(?:journal|diary)\s*:\s*([\s\S]+)$/i;
const CLEAR = /\b(clear|delete|erase|wipe|empty)\b[^.]{0,40}\b(journal|diary)\b/i;
const READ = /\b(show|read|list|view|display|what(?:'s| is)? in|open)\b[^.]{0,40}\b(journal|diary)\b/i;

/** Turns a journal request into a tool call, or returns undefined when it is not one. */
export function journalToolCall(text: string, id: string): LlmToolCall | undefined {
  const trimmed = text.trim();
  const added = PREFIX.exec(trimmed) ?? ADD.exec(trimmed);
  if (added?.[1]?.trim()) return { id, name: 'journal_add', input: { text: added[1].trim() } };
  if (CLEAR.test(trimmed)) return { id, name: 'journal_clear', input: {} };
  if (READ.test(trimmed)) return { id, name: 'journal_read', input: { limit: 20 } };
  return undefined;
}
