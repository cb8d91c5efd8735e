import type { LlmProvider, LlmRequest, LlmResponse, LlmToolCall } from '../../src/llm/provider.js';

/** One scripted model turn: text, tool calls, or a function of the request. */
export type Script = string | LlmToolCall[] | ((request: LlmRequest) => LlmResponse | Promise<LlmResponse>);

/** A provider that answers from a script and records every request it gets. */
export function createScriptedProvider(scripts: Script[]) {
  const requests: LlmRequest[] = [];
  const next = async (request: LlmRequest): Promise<LlmResponse> => {
    requests.push(request);
    const script = scripts.shift();
    if (script === undefined) throw new Error('scripted provider ran out of responses');
    if (typeof script === 'function') return script(request);
    const usage = { inputTokens: 1, outputTokens: 1 };
    if (typeof script === 'string') return { text: script, toolCalls: [], stopReason: 'end', usage };
    return { text: '', toolCalls: script, stopReason: 'tool_use', usage };
  };
  const provider: LlmProvider = {
    name: 'scripted',
    model: 'scripted-1',
    complete: next,
    async *stream(request) {
      const response = await next(request);
      if (response.text) yield { type: 'text', delta: response.text };
      yield { type: 'done', response };
    },
  };
  return { provider, requests };
}
