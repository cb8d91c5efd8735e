import { type Activity, createActivity } from './agents/activity.js';
import { type ChatService, createChatService } from './agents/chat-service.js';
import { type AgentDefinition, type AgentType, defineAgents } from './agents/definitions.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createOfflineProvider } from './llm/offline/index.js';
import type { LlmProvider } from './llm/provider.js';
import { type DatabaseHandle, openDatabase } from './store/database.js';
import { migrateToLatest } from './store/migrations.js';
import { createStore, type Store } from './store/store.js';

/** Everything the HTTP app and the CLI use, built once from the config. */
export interface Services {
  readonly config: Config;
  readonly clock: Clock;
  readonly database: DatabaseHandle;
  readonly store: Store;
  readonly provider: LlmProvider;
  readonly agents: Readonly<Record<AgentType, AgentDefinition>>;
  readonly activity: Activity;
  readonly chat: ChatService;
  readonly startedAt: Date;
  close(): Promise<void>;
}

/** Opens and migrates the database and builds the services; the caller owns `close()`. */
export async function createServices(
  config: Config,
  deps: { clock: Clock; database?: DatabaseHandle; provider?: LlmProvider },
): Promise<Services> {
  const database =
    deps.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createStore(database.db, deps.clock);
  await store.workflow.failAbandonedRuns();
  const provider = deps.provider ?? createOfflineProvider();
  const agents = defineAgents({ search: false, codeSandbox: false });
  const activity = createActivity();
  const chat = createChatService(
    { store, provider, agents, activity, clock: deps.clock },
    { timeZone: config.timeZone, agentTimeoutMs: config.agentTimeoutMs },
  );
  return {
    config,
    clock: deps.clock,
    database,
    store,
    provider,
    agents,
    activity,
    chat,
    startedAt: deps.clock.now(),
    close: () => database.close(),
  };
}
