import type { ColumnType } from 'kysely';

/** Table types for Kysely. Instants are stored as ISO-8601 UTC text (fixed width, so they sort). */
export interface Database {
  controls: ControlTable;
  chat_sessions: ChatSessionTable;
  chat_messages: ChatMessageTable;
  calendar_events: CalendarEventTable;
  journal_entries: JournalEntryTable;
  workflow_runs: WorkflowRunTable;
  workflow_steps: WorkflowStepTable;
  users: UserTable;
  auth_sessions: AuthSessionTable;
  api_keys: ApiKeyTable;
  security_events: SecurityEventTable;
  bans: BanTable;
}

export interface BanTable {
  id: string;
  subject_type: 'ip' | 'user';
  /** An address, a CIDR block, or a user id. */
  subject: string;
  reason: string;
  /** 'ledger' (automatic), 'admin' (API) or 'cli'. */
  source: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  lifted_at: string | null;
  lifted_by: string | null;
}

export interface UserTable {
  id: string;
  /** Case-folded and NFKC-normalised, so "Alice" and "ａｌｉｃｅ" are one account. */
  username: string;
  password_hash: string;
  role: string;
  /** 0 or 1 (SQLite has no boolean). */
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface AuthSessionTable {
  id: string;
  user_id: string;
  /** Hex SHA-256 of the token's secret half; the secret itself is never stored. */
  secret_hash: string;
  created_at: string;
  last_activity_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface ApiKeyTable {
  id: string;
  user_id: string;
  name: string;
  /** Hex SHA-256 of the key's secret part. */
  secret_hash: string;
  /** JSON array of permissions, or null for all of the owner's. */
  scopes: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  revoked_at: string | null;
  /** Set on a rotated key: the instant until which it still works. */
  grace_until: string | null;
  replaced_by: string | null;
}

export interface SecurityEventTable {
  /**
   * The order of events and position in the hash chain: 1, 2, 3, … without gaps, assigned by the
   * appender under the chain lock. PostgreSQL (bigint) returns it as a string.
   */
  seq: ColumnType<number | string, number, number>;
  id: string;
  occurred_at: string;
  type: string;
  severity: 'info' | 'warning' | 'critical';
  user_id: string | null;
  ip: string | null;
  request_id: string | null;
  /** Canonical JSON object with the precise, internal reason; never shown to clients. */
  detail: string;
  /** The previous row's `hash`; 64 zeros for the first row. */
  prev_hash: string;
  /** Hex SHA-256 of `prev_hash` + the row's canonical JSON (see src/security/audit-chain.ts). */
  hash: string;
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
  model: string | null;
  tokens_reserved: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  exit_status: string | null;
  /** 0 or 1 (both engines store it as an integer). */
  truncated: number | null;
}

export interface ControlTable {
  name: string;
  /** JSON. */
  value: string;
  updated_at: string;
}
