import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import type { Keyring } from '../security/keyring.js';
import type { Database } from './schema.js';
import { SEALED_COLUMNS, sealedContext } from './sealed-columns.js';

/** Schema migrations, in order. Never edit a shipped migration; add a new one. */
function migrations(keyring: Keyring | undefined): Record<string, Migration> {
  return {
    '0001_foundation': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('chat_sessions')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('chat_sessions_user_updated')
          .on('chat_sessions')
          .columns(['user_id', 'updated_at'])
          .execute();

        await db.schema
          .createTable('chat_messages')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('session_id', 'varchar(64)', (c) =>
            c.notNull().references('chat_sessions.id').onDelete('cascade'),
          )
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('role', 'varchar(16)', (c) => c.notNull().check(sql`role in ('user', 'assistant')`))
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('agent_type', 'varchar(64)')
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addUniqueConstraint('chat_messages_session_seq', ['session_id', 'seq'])
          .execute();

        await db.schema
          .createTable('calendar_events')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('starts_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('ends_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addCheckConstraint('calendar_events_order', sql`ends_at > starts_at`)
          .execute();
        await db.schema
          .createIndex('calendar_events_user_start')
          .on('calendar_events')
          .columns(['user_id', 'starts_at'])
          .execute();

        await db.schema
          .createTable('journal_entries')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('journal_entries_user_created')
          .on('journal_entries')
          .columns(['user_id', 'created_at'])
          .execute();

        await db.schema
          .createTable('workflow_runs')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('session_id', 'varchar(64)', (c) =>
            c.notNull().references('chat_sessions.id').onDelete('cascade'),
          )
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) =>
            c.notNull().check(sql`status in ('running', 'completed', 'failed')`),
          )
          .addColumn('entry_agent', 'varchar(64)', (c) => c.notNull())
          .addColumn('error_code', 'varchar(64)')
          .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('finished_at', 'varchar(32)')
          .execute();
        await db.schema
          .createIndex('workflow_runs_session_started')
          .on('workflow_runs')
          .columns(['session_id', 'started_at'])
          .execute();

        await db.schema
          .createTable('workflow_steps')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('run_id', 'varchar(64)', (c) =>
            c.notNull().references('workflow_runs.id').onDelete('cascade'),
          )
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('agent_type', 'varchar(64)', (c) => c.notNull())
          .addColumn('action', 'varchar(128)', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) =>
            c.notNull().check(sql`status in ('completed', 'failed')`),
          )
          .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('duration_ms', 'integer', (c) => c.notNull())
          .addUniqueConstraint('workflow_steps_run_seq', ['run_id', 'seq'])
          .execute();
      },
    },
    '0002_identity': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('role', 'varchar(32)', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('auth_sessions')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('last_activity_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('ip', 'varchar(64)', (c) => c.notNull())
          .addColumn('user_agent', 'varchar(256)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();

        await db.schema
          .createTable('api_keys')
          .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('name', 'varchar(100)', (c) => c.notNull())
          .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('scopes', 'text')
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('expires_at', 'varchar(32)')
          .addColumn('last_used_at', 'varchar(32)')
          .addColumn('last_used_ip', 'varchar(64)')
          .addColumn('revoked_at', 'varchar(32)')
          .addColumn('grace_until', 'varchar(32)')
          .addColumn('replaced_by', 'varchar(32)')
          .execute();
        await db.schema.createIndex('api_keys_user').on('api_keys').column('user_id').execute();

        // seq orders events and numbers the hash chain 1, 2, 3, … without gaps. The appender assigns it
        // under the chain lock (tail + 1), not a database sequence: PostgreSQL sequences skip numbers on
        // rollback, and a gap must mean a deleted row.
        const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
        await db.schema
          .createTable('security_events')
          .addColumn('seq', isPostgres ? 'bigint' : 'integer', (c) => c.primaryKey())
          .addColumn('id', 'varchar(64)', (c) => c.notNull().unique())
          .addColumn('occurred_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('type', 'varchar(64)', (c) => c.notNull())
          .addColumn('severity', 'varchar(16)', (c) => c.notNull())
          .addColumn('user_id', 'varchar(64)')
          .addColumn('ip', 'varchar(64)')
          .addColumn('request_id', 'varchar(64)')
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('security_events_occurred')
          .on('security_events')
          .column('occurred_at')
          .execute();
        // The admin and CLI filters, newest first.
        for (const column of ['type', 'user_id', 'ip'] as const) {
          await db.schema
            .createIndex(`security_events_${column}_seq`)
            .on('security_events')
            .columns([column, 'seq'])
            .execute();
        }
      },
    },
    '0003_bans': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('bans')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('subject_type', 'varchar(8)', (c) =>
            c.notNull().check(sql`subject_type in ('ip', 'user')`),
          )
          .addColumn('subject', 'varchar(64)', (c) => c.notNull())
          .addColumn('reason', 'varchar(200)', (c) => c.notNull())
          .addColumn('source', 'varchar(16)', (c) => c.notNull())
          .addColumn('created_by', 'varchar(64)')
          .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
          .addColumn('lifted_at', 'varchar(32)')
          .addColumn('lifted_by', 'varchar(64)')
          .execute();
        await db.schema
          .createIndex('bans_subject')
          .on('bans')
          .columns(['subject_type', 'subject', 'created_at'])
          .execute();
        await db.schema.createIndex('bans_expires').on('bans').column('expires_at').execute();
      },
    },
    // What users wrote before encryption at rest is sealed once, here; after this migration every
    // value of a sealed column must open, so a value that does not is tampering, never "old plaintext".
    '0004_seal_user_content': {
      async up(db: Kysely<unknown>) {
        await sealExistingPlaintext(db as Kysely<Database>, keyring);
      },
    },
    // Emergency controls (lockdown, disabled agents), shared by every instance through the database.
    '0005_controls': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('controls')
          .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
          .execute();
      },
    },
    // Model calls are steps too: which model, the tokens held for the call, and what it used.
    '0006_model_call_steps': {
      async up(db: Kysely<unknown>) {
        for (const [column, type] of [
          ['model', 'varchar(200)'],
          ['tokens_reserved', 'integer'],
          ['input_tokens', 'integer'],
          ['output_tokens', 'integer'],
        ] as const) {
          await db.schema.alterTable('workflow_steps').addColumn(column, type).execute();
        }
      },
    },
    // Tool runs (sandboxes, commands, files) record how they ended and whether their output was cut.
    '0007_tool_run_steps': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('workflow_steps').addColumn('exit_status', 'varchar(16)').execute();
        await db.schema.alterTable('workflow_steps').addColumn('truncated', 'integer').execute();
      },
    },
  };
}

async function sealExistingPlaintext(db: Kysely<Database>, keyring: Keyring | undefined): Promise<void> {
  for (const place of SEALED_COLUMNS) {
    const table = sql.table(place.table);
    const column = sql.ref(place.column);
    const { rows } = await sql<{ id: string; value: string }>`
      select id, ${column} as value from ${table} where ${column} is not null`.execute(db);
    if (rows.length > 0 && !keyring) throw new Error('Sealing stored content needs the encryption keys');
    for (const row of rows) {
      const sealed = (keyring as Keyring).seal(row.value, sealedContext(place, row.id));
      await sql`update ${table} set ${column} = ${sealed} where id = ${row.id}`.execute(db);
    }
  }
}

/**
 * Brings the schema up to date; throws with the failing migration's name. `keyring` is needed when
 * a migration seals existing content (a database with no content migrates without it).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  keyring?: Keyring,
  options: { readonly schema?: string } = {},
): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(keyring) };
  // A PostgreSQL schema of its own (tests) keeps its migration tables there; without naming it,
  // Kysely would mistake another schema's migration tables for this one's.
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}
