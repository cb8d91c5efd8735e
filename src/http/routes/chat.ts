import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ChatReply } from '../../agents/chat-service.js';
import { AGENT_TYPES } from '../../agents/definitions.js';
import { isTimeZone } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Services } from '../../services.js';
import { isId } from '../../store/ids.js';
import { clientInfo } from '../auth-hooks.js';
import { noQuery } from '../validation.js';
import { principalOf } from './auth.js';

/** Longest accepted message, in characters (Unicode code points). */
export const MESSAGE_MAX_CHARS = 10_000;

/** The `message` field: non-blank text of at most MESSAGE_MAX_CHARS code points. */
export const messageText = z
  .string()
  .max(MESSAGE_MAX_CHARS * 2)
  .refine((s) => [...s].length <= MESSAGE_MAX_CHARS, { message: 'too long' })
  .refine((s) => s.trim().length > 0, { message: 'empty' });

/** The `context` of a chat request, shared by HTTP and WebSocket. */
export const chatContext = z.strictObject({
  session_id: z.string().max(100).optional(),
  agent_preference: z.enum(AGENT_TYPES).optional(),
  timezone: z.string().max(64).refine(isTimeZone).optional(),
  /** Checked against the allow-list by the model policy, which answers `model_not_allowed`. */
  model: z.string().max(200).optional(),
  /** Any number reaches the policy, so 10^9 gets `max_tokens_too_large`, not a shape error. */
  max_tokens: z.number().optional(),
});

/** Earlier turns from a client that keeps its own history; roles are checked by the chat service. */
export const chatHistory = z
  .array(z.strictObject({ role: z.string().max(32), content: messageText }))
  .max(50);

const chatBody = z.strictObject({
  message: messageText,
  context: chatContext.optional(),
  history: chatHistory.optional(),
});
const sessionParams = z.strictObject({ id: z.string().max(100) });

/** POST /api/chat and the session history routes. */
export function registerChatRoutes(app: FastifyInstance, services: Services): void {
  app.post<{ Body: z.infer<typeof chatBody> }>(
    '/api/chat',
    { schema: { body: chatBody, querystring: noQuery }, config: { access: 'chat:use' } },
    async (request) => {
      const { message, context, history } = request.body;
      const reply = await services.chat.handle({
        userId: principalOf(request).userId,
        permissions: principalOf(request).permissions,
        message,
        sessionId: context?.session_id,
        agentPreference: context?.agent_preference,
        timeZone: context?.timezone,
        model: context?.model,
        maxTokens: context?.max_tokens,
        history,
        client: clientInfo(request),
      });
      return {
        response: reply.response,
        agent_type: reply.agentType,
        session_id: reply.sessionId,
        metadata: replyMetadata(reply),
        status: 'success',
      };
    },
  );

  app.get(
    '/api/chat/sessions',
    { schema: { querystring: noQuery }, config: { access: 'chat:use' } },
    async (request) => {
      const sessions = await services.store.chat.listSessions(principalOf(request).userId);
      return {
        sessions: sessions.map((s) => ({
          id: s.id,
          title: s.title,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
          message_count: s.messageCount,
        })),
      };
    },
  );

  app.get<{ Params: z.infer<typeof sessionParams> }>(
    '/api/chat/sessions/:id/messages',
    { schema: { params: sessionParams, querystring: noQuery }, config: { access: 'chat:use' } },
    async (request) => {
      const session = await ownSession(services, request.params.id, principalOf(request).userId);
      const messages = await services.store.chat.listMessages(session.id);
      return {
        session_id: session.id,
        messages: messages.map((m) => ({
          id: m.id,
          role: m.role,
          content: m.content,
          agent_type: m.agentType,
          created_at: m.createdAt,
        })),
      };
    },
  );
}

/** The `metadata` of a reply, shared by HTTP and WebSocket. */
export function replyMetadata(reply: ChatReply) {
  return {
    processing_time: reply.processingTimeSeconds,
    agent_confidence: reply.confidence,
    sources: reply.sources,
    tokens: reply.tokens,
  };
}

/** Loads a session the user owns; someone else's session is as unknown as a missing one. */
export async function ownSession(services: Services, id: string, userId: string) {
  const session = isId(id) ? await services.store.chat.getSession(id) : undefined;
  if (!session || session.userId !== userId) throw new AppError('not_found', 'No such chat session.');
  return session;
}
