import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AgentType } from '../agents/definitions.js';
import { AppError } from '../errors.js';
import type { Permission } from '../security/permissions.js';
import { isSameOrigin } from '../security/same-origin.js';
import type { Services } from '../services.js';
import { clientInfo, presentedApiKey } from './auth-hooks.js';
import { toAppError } from './error-handler.js';
import { principalOf } from './routes/auth.js';
import { chatContext, chatHistory, messageText, replyMetadata } from './routes/chat.js';

const clientMessage = z.strictObject({
  type: z.literal('message'),
  data: z.strictObject({ message: messageText, ...chatContext.shape, history: chatHistory.optional() }),
});

/** Messages a socket may have waiting behind the one being answered. */
const MAX_QUEUED = 4;

/**
 * WS /ws/chat: the client sends `{type: "message", data: {message, session_id?}}`; the server answers
 * with `status` events as agents start, `message` deltas as text is produced, and one final `message`
 * with `done: true` (or one `error`).
 */
export function registerChatSocket(app: FastifyInstance, services: Services): void {
  app.get(
    '/ws/chat',
    { websocket: true, config: { access: 'chat:use' }, preValidation: rejectCrossSiteSocket },
    (socket, request) => {
      const upgraded = principalOf(request);
      // The socket lives for hours; re-check its credential before every turn, so logout, revocation,
      // disable and role changes reach an open socket too (closed with 1008, policy violation).
      const credential = request.sessionToken
        ? { kind: 'session' as const, value: request.sessionToken }
        : { kind: 'api_key' as const, value: presentedApiKey(request) ?? '' };
      const currentPrincipal = async () => {
        const client = clientInfo(request);
        const principal =
          credential.kind === 'session'
            ? await services.authenticator.fromSession(credential.value, client)
            : await services.authenticator.fromApiKey(credential.value, client);
        return principal?.userId === upgraded.userId && principal.permissions.has('chat:use')
          ? principal
          : null;
      };
      let queue: Promise<void> = Promise.resolve();
      let waiting = 0;
      const send = (type: 'status' | 'message' | 'error', data: Record<string, unknown>) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type, data }));
      };

      socket.on('message', (raw, isBinary) => {
        if (waiting >= MAX_QUEUED) {
          sendError(
            send,
            new AppError('invalid_request', 'Too many messages waiting; wait for the replies.'),
          );
          return;
        }
        waiting += 1;
        queue = queue
          .then(async () => {
            const principal = await currentPrincipal();
            if (!principal) {
              sendError(send, new AppError('authentication_required'));
              socket.close(1008, 'authentication_required');
              return;
            }
            // A lockdown declared while the socket is open holds from the next message on.
            if (services.controls.current().lockdown && principal.role !== 'admin') {
              sendError(send, new AppError('locked_down'));
              socket.close(1013, 'locked_down');
              return;
            }
            await answer(
              services,
              {
                userId: principal.userId,
                permissions: principal.permissions,
                client: clientInfo(request),
              },
              raw.toString(),
              isBinary,
              send,
            );
          })
          .catch((error) => {
            request.log.error({ err: error }, 'websocket turn failed');
          })
          .finally(() => {
            waiting -= 1;
          });
      });
      socket.on('error', (error) => request.log.warn({ err: error }, 'websocket error'));
    },
  );
}

/** Refuses the upgrade when a browser opens the socket from another site; non-browser clients send no Origin. */
async function rejectCrossSiteSocket(request: FastifyRequest): Promise<void> {
  const origin = request.headers.origin;
  if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) throw new AppError('forbidden');
}

type Send = (type: 'status' | 'message' | 'error', data: Record<string, unknown>) => void;

async function answer(
  services: Services,
  user: {
    userId: string;
    permissions: ReadonlySet<Permission>;
    client: { ip: string; requestId?: string | undefined };
  },
  raw: string,
  isBinary: boolean,
  send: Send,
) {
  let sessionId: string | undefined;
  try {
    if (isBinary) throw new AppError('unsupported_media_type', 'Send JSON text frames.');
    const parsed = clientMessage.safeParse(parseJson(raw));
    if (!parsed.success) throw parsed.error;
    const { message, session_id, agent_preference, timezone, model, max_tokens, history } = parsed.data.data;
    sessionId = session_id;
    const reply = await services.chat.handle(
      {
        ...user,
        message,
        sessionId: session_id,
        agentPreference: agent_preference,
        timeZone: timezone,
        model,
        maxTokens: max_tokens,
        history,
      },
      {
        onAgentStart: (agent: AgentType, id: string) => {
          sessionId = id;
          send('status', { message: 'processing', session_id: id, agent_type: agent });
        },
        onText: (delta: string, agent: AgentType, id: string) => {
          send('message', { message: delta, session_id: id, agent_type: agent, delta: true });
        },
      },
    );
    send('message', {
      message: reply.response,
      session_id: reply.sessionId,
      agent_type: reply.agentType,
      done: true,
      metadata: replyMetadata(reply),
    });
  } catch (error) {
    const appError = toAppError(error);
    sendError(send, appError, sessionId);
    if (appError.code === 'internal_error') throw error;
  }
}

function sendError(send: Send, error: AppError, sessionId?: string) {
  send('error', {
    message: error.message,
    error: error.code,
    ...(sessionId ? { session_id: sessionId } : {}),
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new AppError('invalid_request', 'The message is not valid JSON.', { cause: error });
  }
}
