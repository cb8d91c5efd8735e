/** A model answer that cannot be used (a tool call whose input is not a JSON object, a stream cut short). */
export class LlmProtocolError extends Error {}

/** A tool call's input as the model gave it, which must be a plain object. */
export function toolInput(name: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LlmProtocolError(`The model called ${name} with an input that is not an object`);
  }
  return value as Record<string, unknown>;
}

/** A tool call's input streamed as JSON text; a tool without parameters may stream none at all. */
export function parseToolInput(name: string, json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = json.trim() === '' ? {} : JSON.parse(json);
  } catch {
    throw new LlmProtocolError(`The model called ${name} with an input that is not JSON`);
  }
  return toolInput(name, value);
}
