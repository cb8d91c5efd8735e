import { unspotlight } from '../../security/guard/spotlight.js';
import type { LlmProvider, LlmRequest, LlmResponse, LlmStreamEvent, LlmToolCall } from '../provider.js';
import { calendarToolCall } from './calendar.js';
import { codeToolCall } from './code.js';
import { classifyIntent } from './intent.js';
import { journalToolCall } from './journal.js';
import { smallTalk } from './small-talk.js';

const CODE_REQUEST =
  /```|\b(run|execute|evaluate)\b[^.\n]{0,40}\b(code|python|javascript|js|script|command)\b/i;

/**
 * The offline model: a rule-based stand-in used when no LLM is configured. It speaks the same
 * protocol as a real model (tool calls in, tool results back), so agents run unchanged on it.
 */
export function createOfflineProvider(): LlmProvider {
  let callCount = 0;
  const complete = async (request: LlmRequest): Promise<LlmResponse> => {
    request.signal?.throwIfAborted();
    callCount += 1;
    return respond(request, `call_offline_${callCount}`);
  };
  return {
    name: 'offline',
    model: 'offline-rules',
    complete,
    async *stream(request): AsyncIterable<LlmStreamEvent> {
      const response = await complete(request);
      for (const delta of response.text.match(/\S+\s*|\s+/g) ?? []) yield { type: 'text', delta };
      yield { type: 'done', response };
    },
  };
}

function respond(request: LlmRequest, callId: string): LlmResponse {
  const last = request.messages.at(-1);
  if (last?.role === 'tool') {
    const results = [];
    for (let i = request.messages.length - 1; i >= 0; i--) {
      const message = request.messages[i];
      if (message?.role !== 'tool') break;
      results.unshift(unspotlight(message.content));
    }
    return answer(request, results.join('\n\n'));
  }
  const text = last?.role === 'user' ? last.content : '';
  const offered = new Set(request.tools.map((t) => t.name));
  if ([...offered].some((name) => name.startsWith('delegate_to_'))) {
    const intent = classifyIntent(text);
    const tool = intent.target && `delegate_to_${intent.target}`;
    if (tool && offered.has(tool))
      return call(request, { id: callId, name: tool, input: { request: text } }, intent.confidence);
    return answer(request, smallTalk(text, request.context.now, request.context.timeZone), intent.confidence);
  }
  if (offered.has('web_search')) {
    return call(request, { id: callId, name: 'web_search', input: { query: text } });
  }
  if (offered.has('create_event')) {
    const result = calendarToolCall(text, request.context, callId);
    return typeof result === 'string' ? answer(request, result) : call(request, result);
  }
  if (offered.has('journal_add')) {
    const journal = journalToolCall(text, callId);
    if (journal) return call(request, journal);
    const code = codeToolCall(text, offered, callId);
    if (typeof code === 'string') return answer(request, code);
    if (code) return call(request, code);
    if (CODE_REQUEST.test(text) && !offered.has('run_python')) {
      return answer(
        request,
        'I cannot run code for you: it needs the tools:code permission, and I will not pretend to have run it.',
      );
    }
    return answer(
      request,
      'Offline I can run Python or JavaScript ("Run this Python code: ...", or a ```python or ```js block), ' +
        'run allow-listed commands in your workspace ("Run this command: ls -la"), work on its files ' +
        '("List my files", "Read the file notes.txt", "Write to the file notes.txt: ...") and keep your ' +
        'journal ("Add to my journal: ...", "Show my journal", "Clear my journal"). Help with writing code ' +
        'needs an LLM provider, which an administrator can configure.',
    );
  }
  return answer(request, 'I cannot help with that on this server without a language model.');
}

function answer(request: LlmRequest, text: string, confidence = 0.9): LlmResponse {
  return { text, toolCalls: [], stopReason: 'end', usage: usage(request, text), confidence };
}

function call(request: LlmRequest, toolCall: LlmToolCall, confidence = 0.9): LlmResponse {
  return { text: '', toolCalls: [toolCall], stopReason: 'tool_use', usage: usage(request, ''), confidence };
}

/** A rough count (four characters a token) so budgets behave as they would with a real model. */
function usage(request: LlmRequest, output: string) {
  const input = request.system.length + request.messages.reduce((n, m) => n + m.content.length, 0);
  return { inputTokens: Math.ceil(input / 4), outputTokens: Math.ceil(output.length / 4) };
}
