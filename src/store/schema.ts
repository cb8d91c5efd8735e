/** Table types for Kysely. Instants are stored as ISO-8601 UTC text (fixed width, so they sort). */
export interface Database {
  chat_sessions: ChatSessionTable;
  chat_messages: ChatMessageTable;
  calendar_events: CalendarEventTable;
  journal_entries: JournalEntryTable;
  workflow_runs: WorkflowRunTable;
  workflow_steps: WorkflowStepTable;
}

export interface ChatSessionTable {
  id: string;
  user_id: string;
  title: string;
  /** Next message sequence number; gives a total order within a session even when clocks tie. */
  next_seq: number;
  created_at: string;
  updated_at: string;
}

export interface ChatMessageTable {
  id: string;
  session_id: string;
  seq: number;
  role: 'user' | 'assistant';
  content: string;
  agent_type: string | null;
  created_at: string;
}

export interface CalendarEventTable {
  id: string;
  user_id: string;
  title: string;
  description: string | null;
  starts_at: string;
  ends_at: string;
  created_at: string;
}

export interface JournalEntryTable {
  id: string;
  user_id: string;
  content: string;
  created_at: string;
}

export interface WorkflowRunTable {
  id: string;
  session_id: string;
  user_id: string;
  status: 'running' | 'completed' | 'failed';
  entry_agent: string;
  error_code: string | null;
  started_at: string;
  finished_at: string | null;
}

export interface WorkflowStepTable {
  id: string;
  run_id: string;
  seq: number;
  agent_type: string;
  action: string;
  status: 'completed' | 'failed';
  started_at: string;
  duration_ms: number;
}
