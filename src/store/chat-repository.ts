import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Keyring } from '../security/keyring.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';

/** A chat session as returned to callers. */
export interface ChatSession {
  id: string;
  userId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  messageCount: number;
}

/** A stored chat message. */
export interface ChatMessage {
  id: string;
  sessionId: string;
  seq: number;
  role: 'user' | 'assistant';
  content: string;
  agentType: string | null;
  createdAt: string;
}

const TITLE_MAX_CHARS = 80;

/** Chat sessions and their messages; every query is parameterised by Kysely. */
export function createChatRepository(db: Kysely<Database>, clock: Clock, keyring: Keyring) {
  const toSession = (row: SessionRow): ChatSession => ({
    id: row.id,
    userId: row.user_id,
    title: keyring.open(row.title, `chat_sessions.title:${row.id}`),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    messageCount: Number(row.message_count ?? 0),
  });
  const toMessage = (row: Database['chat_messages']): ChatMessage => ({
    id: row.id,
    sessionId: row.session_id,
    seq: row.seq,
    role: row.role,
    content: keyring.open(row.content, `chat_messages.content:${row.id}`),
    agentType: row.agent_type,
    createdAt: row.created_at,
  });
  return {
    async createSession(userId: string, firstMessage: string): Promise<ChatSession> {
      const now = clock.now().toISOString();
      const title = firstMessage.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX_CHARS) || 'New chat';
      const id = newId();
      const sealed = keyring.seal(title, `chat_sessions.title:${id}`);
      const row = { id, user_id: userId, title: sealed, next_seq: 0, created_at: now, updated_at: now };
      await db.insertInto('chat_sessions').values(row).execute();
      return { id: row.id, userId, title, createdAt: now, updatedAt: now, messageCount: 0 };
    },

    async getSession(id: string): Promise<ChatSession | undefined> {
      const row = await sessionsWithCounts(db).where('s.id', '=', id).executeTakeFirst();
      return row && toSession(row);
    },

    async listSessions(userId: string, limit = 100): Promise<ChatSession[]> {
      const rows = await sessionsWithCounts(db)
        .where('s.user_id', '=', userId)
        .orderBy('s.updated_at', 'desc')
        .orderBy('s.id')
        .limit(limit)
        .execute();
      return rows.map(toSession);
    },

    /** Sessions of one user, or of everyone when no user is given. */
    async countSessions(userId?: string): Promise<number> {
      let query = db.selectFrom('chat_sessions').select((eb) => eb.fn.countAll<number | string>().as('n'));
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Appends a message; the sequence number comes from the session row, so order survives equal clocks. */
    async appendMessage(
      sessionId: string,
      message: { role: 'user' | 'assistant'; content: string; agentType: string | null },
    ): Promise<ChatMessage> {
      const now = clock.now().toISOString();
      const { next_seq: seq } = await db
        .updateTable('chat_sessions')
        .set((eb) => ({ next_seq: eb('next_seq', '+', 1), updated_at: now }))
        .where('id', '=', sessionId)
        .returning('next_seq')
        .executeTakeFirstOrThrow();
      const id = newId();
      const row = {
        id,
        session_id: sessionId,
        seq,
        role: message.role,
        content: keyring.seal(message.content, `chat_messages.content:${id}`),
        agent_type: message.agentType,
        created_at: now,
      };
      await db.insertInto('chat_messages').values(row).execute();
      return {
        id,
        sessionId,
        seq,
        role: message.role,
        content: message.content,
        agentType: message.agentType,
        createdAt: now,
      };
    },

    async listMessages(sessionId: string, limit = 1000): Promise<ChatMessage[]> {
      const rows = await db
        .selectFrom('chat_messages')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse().map(toMessage);
    },

    /** Deletes a session's messages and returns how many there were. */
    async clearMessages(sessionId: string): Promise<number> {
      const result = await db
        .deleteFrom('chat_messages')
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async lastActivity(userId: string): Promise<string | null> {
      const row = await db
        .selectFrom('chat_sessions')
        .select((eb) => eb.fn.max('updated_at').as('last'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.last ?? null;
    },
  };
}

/** The chat repository's type. */
export type ChatRepository = ReturnType<typeof createChatRepository>;

function sessionsWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('chat_sessions as s')
    .select(['s.id', 's.user_id', 's.title', 's.created_at', 's.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('chat_messages as m')
        .whereRef('m.session_id', '=', 's.id')
        .select(eb.fn.countAll<number | string>().as('c'))
        .as('message_count'),
    );
}

interface SessionRow {
  id: string;
  user_id: string;
  title: string;
  created_at: string;
  updated_at: string;
  message_count: number | string | null;
}
