import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Keyring } from '../security/keyring.js';
import { createApiKeysRepository } from './api-keys-repository.js';
import { createAuthSessionsRepository } from './auth-sessions-repository.js';
import { createBansRepository } from './bans-repository.js';
import { createCalendarRepository } from './calendar-repository.js';
import { createChatRepository } from './chat-repository.js';
import { createControlsRepository } from './controls-repository.js';
import { createJournalRepository } from './journal-repository.js';
import type { Database } from './schema.js';
import { createSecurityEventsRepository } from './security-events-repository.js';
import { createUsersRepository } from './users-repository.js';
import { createWorkflowRepository } from './workflow-repository.js';

/** All repositories over one executor (the database, or a transaction). */
export interface Repositories {
  readonly chat: ReturnType<typeof createChatRepository>;
  readonly calendar: ReturnType<typeof createCalendarRepository>;
  readonly journal: ReturnType<typeof createJournalRepository>;
  readonly workflow: ReturnType<typeof createWorkflowRepository>;
  readonly users: ReturnType<typeof createUsersRepository>;
  readonly authSessions: ReturnType<typeof createAuthSessionsRepository>;
  readonly apiKeys: ReturnType<typeof createApiKeysRepository>;
  readonly securityEvents: ReturnType<typeof createSecurityEventsRepository>;
  readonly bans: ReturnType<typeof createBansRepository>;
  readonly controls: ReturnType<typeof createControlsRepository>;
}

/** The repositories plus a way to run several writes atomically. */
export interface Store extends Repositories {
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

function createRepositories(db: Kysely<Database>, clock: Clock, keyring: Keyring): Repositories {
  return {
    chat: createChatRepository(db, clock, keyring),
    calendar: createCalendarRepository(db, clock, keyring),
    journal: createJournalRepository(db, clock, keyring),
    workflow: createWorkflowRepository(db, clock),
    users: createUsersRepository(db, clock),
    authSessions: createAuthSessionsRepository(db),
    apiKeys: createApiKeysRepository(db),
    securityEvents: createSecurityEventsRepository(db, clock),
    bans: createBansRepository(db),
    controls: createControlsRepository(db),
  };
}

/** Builds the store over an open, migrated database; `keyring` seals what users write (see sealed-columns.ts). */
export function createStore(db: Kysely<Database>, clock: Clock, keyring: Keyring): Store {
  return {
    ...createRepositories(db, clock, keyring),
    transaction: (work) => db.transaction().execute((trx) => work(createRepositories(trx, clock, keyring))),
  };
}
