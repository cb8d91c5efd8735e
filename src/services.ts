import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { type Activity, createActivity } from './agents/activity.js';
import { type ChatService, createChatService } from './agents/chat-service.js';
import { createCodeTools } from './agents/code-tools.js';
import { type AgentDefinition, type AgentType, defineAgents } from './agents/definitions.js';
import { createWebSearchTool } from './agents/search-tools.js';
import { createPromptGuards } from './agents/turn-guard.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createLlmStack, type LlmStack } from './llm/llm-stack.js';
import type { LlmProvider } from './llm/provider.js';
import { createSearchService } from './search/search-service.js';
import { type Accounts, createAccounts } from './security/accounts.js';
import { createApiKeyVerifier } from './security/api-keys.js';
import { type Authenticator, createAuthenticator } from './security/authenticate.js';
import { type Bans, createBans } from './security/bans.js';
import { type Controls, createControls } from './security/controls.js';
import { createSecurityLog, type SecurityLog } from './security/events.js';
import { checkSecretFiles, secureDataDir, secureFiles } from './security/file-permissions.js';
import { createDetector } from './security/guard/detector.js';
import { createOutputGuard } from './security/guard/output-guard.js';
import { KEY_FILE_NAME, loadDevelopmentKeys } from './security/key-file.js';
import { createKeyManagement, type KeyManagement } from './security/key-management.js';
import { createKeyring, type Keyring } from './security/keyring.js';
import { createLedger } from './security/ledger.js';
import {
  createLoginGuard,
  DEFAULT_LOGIN_GUARD_OPTIONS,
  type LoginGuardOptions,
} from './security/login-guard.js';
import { createRateLimiter, type RateLimiter } from './security/rate-limit.js';
import { createAllowListCheck } from './security/request-filter.js';
import { createSessionManager, DEFAULT_SESSION_OPTIONS, type SessionManager } from './security/sessions.js';
import { createSetup, type Setup } from './security/setup.js';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from './store/database.js';
import { migrateToLatest } from './store/migrations.js';
import { checkSealedKeys } from './store/sealed-columns.js';
import { withInsurance } from './store/state/insured-store.js';
import { createMemoryStore } from './store/state/memory-store.js';
import { createRedisStore } from './store/state/redis-store.js';
import type { StateStore } from './store/state/state-store.js';
import { createStore, type Store } from './store/store.js';
import { createCommandRunner } from './tools/command-runner.js';
import { createFileEditor } from './tools/file-editor.js';
import { createIsolatedJsSandbox } from './tools/isolated-js.js';
import { createPythonSandbox } from './tools/python-sandbox.js';

/** Everything the HTTP app and the CLI use, built once from the config. */
export interface Services {
  readonly config: Config;
  readonly clock: Clock;
  readonly database: DatabaseHandle;
  readonly store: Store;
  /** The language model as agents use it: policy-checked, and for remote ones behind a circuit breaker. */
  readonly provider: LlmProvider;
  /** The model policy, circuit breaker, search provider and provider health. */
  readonly llm: LlmStack;
  readonly agents: Readonly<Record<AgentType, AgentDefinition>>;
  readonly activity: Activity;
  readonly chat: ChatService;
  readonly startedAt: Date;
  readonly log: SecurityLog;
  readonly sessions: SessionManager;
  readonly accounts: Accounts;
  readonly keys: KeyManagement;
  readonly authenticator: Authenticator;
  readonly setup: Setup;
  /** Shared state: in process, or Redis when REDIS_URL is set. */
  readonly state: StateStore;
  /** Emergency controls: lockdown and disabled agents, shared through the database. */
  readonly controls: Controls;
  /** Seals what users write (chat, calendar, journal); see store/sealed-columns.ts. */
  readonly keyring: Keyring;
  readonly rateLimiter: RateLimiter;
  readonly bans: Bans;
  close(): Promise<void>;
}

/**
 * The keyring of `ENCRYPTION_KEYS`, or in development (and tests without keys) the key file in
 * DATA_DIR, with a warning; configuration already refused a production start without keys.
 */
export function openKeyring(config: Config, warn = warnOnStderr): Keyring {
  return createKeyring(config.encryptionKeys ?? loadDevelopmentKeys(config.dataDir, warn));
}

/** Where the database is and how to reach it, certificate files read (a clear error if one cannot be). */
export function databaseOptionsFor(config: Config): DatabaseOptions {
  const { mode, caFile, certFile, keyFile } = config.databaseTls;
  const read = (file: string | undefined, variable: string): Buffer | undefined => {
    if (file === undefined) return undefined;
    try {
      return readFileSync(file);
    } catch (error) {
      throw new Error(`Cannot read ${variable} (${file}): ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  };
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    tls:
      mode === 'disable'
        ? undefined
        : {
            mode,
            ca: read(caFile, 'DATABASE_SSL_CA_FILE'),
            cert: read(certFile, 'DATABASE_SSL_CERT_FILE'),
            key: read(keyFile, 'DATABASE_SSL_KEY_FILE'),
          },
  };
}

/** One query before anything else, so a wrong address, password or certificate is reported as such. */
async function checkConnection(database: DatabaseHandle): Promise<void> {
  try {
    await sql`select 1`.execute(database.db);
  } catch (error) {
    throw new Error(`Cannot connect to the database at ${database.location}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function warnOnStderr(message: string): void {
  process.stderr.write(`WARNING: ${message}\n`);
}

/** Opens and migrates the database and builds the services; the caller owns `close()`. */
export async function createServices(
  config: Config,
  deps: {
    clock: Clock;
    database?: DatabaseHandle;
    provider?: LlmProvider;
    loginGuard?: LoginGuardOptions;
    state?: StateStore;
    /** Seals stored content. @default the keyring of ENCRYPTION_KEYS (or the development key file) */
    keyring?: Keyring;
    /** Where start-up warnings go (a development key in use, say). @default standard error */
    warn?: (message: string) => void;
  },
): Promise<Services> {
  const warn = deps.warn ?? warnOnStderr;
  checkSecretFiles(
    [
      { path: config.tls?.keyFile, label: 'TLS_KEY_FILE' },
      { path: config.databaseTls.keyFile, label: 'DATABASE_SSL_KEY_FILE' },
      { path: path.join(config.dataDir, KEY_FILE_NAME), label: 'The key file' },
      { path: path.resolve('.env'), label: '.env' },
    ],
    { production: config.nodeEnv === 'production', warn },
  );
  // Tests that bring their own database write nothing to DATA_DIR.
  if (!deps.database) secureDataDir(config.dataDir, warn);
  const keyring = deps.keyring ?? openKeyring(config, warn);
  const database = deps.database ?? openDatabase(databaseOptionsFor(config));
  if (database.driver === 'sqlite') {
    secureFiles([database.location, `${database.location}-wal`, `${database.location}-shm`]);
  }
  try {
    await checkConnection(database);
    await migrateToLatest(database.db, keyring);
    await checkSealedKeys(database.db, keyring);
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createStore(database.db, deps.clock, keyring);
  const activity = createActivity();
  const log = createSecurityLog({
    repo: store.securityEvents,
    clock: deps.clock,
    // The JSON-lines copy beside the database; tests keep theirs in the database only.
    dataDir: config.nodeEnv === 'test' ? undefined : config.dataDir,
  });
  const sessions = createSessionManager(
    { repo: store.authSessions, clock: deps.clock },
    {
      ...DEFAULT_SESSION_OPTIONS,
      idleTimeoutMs: config.sessionIdleTimeoutMs,
      absoluteTtlMs: config.sessionAbsoluteTtlMs,
    },
  );
  const loginGuard = createLoginGuard(deps.loginGuard ?? DEFAULT_LOGIN_GUARD_OPTIONS);
  const accounts = createAccounts({ store, clock: deps.clock, sessions, loginGuard, log });
  const keys = createKeyManagement({ store, clock: deps.clock, log });
  const verifyApiKey = createApiKeyVerifier({ repo: store.apiKeys, clock: deps.clock });
  const authenticator = createAuthenticator({ store, clock: deps.clock, sessions, verifyApiKey, log });
  const setup = createSetup({ store, clock: deps.clock, accounts, log });
  let shared: StateStore | undefined;
  try {
    shared =
      deps.state ??
      (config.redisUrl ? await createRedisStore({ url: config.redisUrl, commandTimeoutMs: 500 }) : undefined);
  } catch (error) {
    await database.close();
    throw new Error(`Cannot connect to Redis at REDIS_URL: ${(error as Error).message}`, { cause: error });
  }
  let reportedStoreError = false;
  const state = shared
    ? withInsurance(shared, createMemoryStore(), (error) => {
        // The first failure is logged; the in-process insurance keeps limits and scores holding meanwhile.
        if (reportedStoreError) return;
        reportedStoreError = true;
        void log.record({
          type: 'state_store_unavailable',
          severity: 'critical',
          detail: { error: (error as Error).message },
        });
      })
    : createMemoryStore();
  const rateLimiter = createRateLimiter({ store: state, clock: deps.clock }, config.rateLimits);
  const bans = await createBans({
    repo: store.bans,
    state,
    clock: deps.clock,
    log,
    isAllowListed: createAllowListCheck(config.ipAllowList),
  });
  log.observe(createLedger({ state, clock: deps.clock, bans }, config.ids));
  const controls = await createControls({ repo: store.controls, clock: deps.clock, log });
  const llm = createLlmStack(
    {
      clock: deps.clock,
      provider: deps.provider,
      // An agent or a bug asking for a model the policy refuses; client asks are logged by the chat service.
      onPolicyDenied: (denial) =>
        void log.record({
          type: 'model_policy_denied',
          severity: 'warning',
          detail: { ...denial, by: 'agent' },
        }),
    },
    config,
  );
  llm.health.statuses();
  const provider = llm.provider;
  const search =
    llm.search &&
    createSearchService(
      { provider: llm.search, state, clock: deps.clock, log },
      { perMinute: config.search.perMinute },
    );
  const python = createPythonSandbox({ warmWorkers: config.tools.pythonWarmWorkers });
  // Worker threads start on first use, so a server that never runs JavaScript never pays for them.
  const javascript = createIsolatedJsSandbox();
  const agents = defineAgents({
    webSearch: search && createWebSearchTool(search),
    codeTools: createCodeTools({
      javascript,
      python,
      commands: createCommandRunner({ allowed: config.tools.allowedCommands }),
      files: createFileEditor(),
      dataDir: config.dataDir,
    }),
  });
  const guards = createPromptGuards({
    detector: createDetector(),
    output: createOutputGuard({
      // This server's own secrets never leave in a reply, whatever shape they have.
      secrets: [
        config.llm.openai.apiKey,
        config.llm.anthropic.apiKey,
        config.search.apiKey,
        ...(config.encryptionKeys ?? []).map((k) => k.key.toString('base64')),
      ].filter((secret): secret is string => typeof secret === 'string'),
    }),
    log,
  });
  const chat = createChatService(
    {
      store,
      provider,
      policy: llm.policy,
      log,
      guards,
      agents,
      activity,
      clock: deps.clock,
      disabledAgents: () => controls.current().disabledAgents,
    },
    {
      timeZone: config.timeZone,
      agentTimeoutMs: config.agentTimeoutMs,
      tokenBudgetPerTurn: config.llm.tokenBudgetPerTurn,
      maxAgentIterations: config.llm.maxAgentIterations,
    },
  );
  return {
    config,
    log,
    bans,
    sessions,
    accounts,
    keys,
    authenticator,
    setup,
    state,
    keyring,
    controls,
    rateLimiter,
    clock: deps.clock,
    database,
    store,
    provider,
    llm,
    agents,
    activity,
    chat,
    startedAt: deps.clock.now(),
    close: async () => {
      await python.close();
      javascript.close();
      await log.flush();
      await state.close();
      await database.close();
    },
  };
}
