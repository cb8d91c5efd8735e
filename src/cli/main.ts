#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';
import { AppError, OperatorError } from '../errors.js';
import { EXIT_USAGE, parseCommand, UsageError } from './args.js';

/** Exit status for an invalid configuration (sysexits EX_CONFIG). */
const EXIT_CONFIG = 78;

const USAGE = `Usage: rampart <command>

Commands:
  start [--dangerously-skip-doctor]
                                 run the server (configuration from the environment; see .env.example);
                                 in production it first runs the doctor's checks and refuses on a FAIL
  doctor [--offline]             the deployment checklist, PASS/WARN/FAIL with fixes (exit 1 on FAIL)
  migrate                        bring the database schema up to date and exit
  user add <name> --role <admin|operator|user|guest>
                                 create an account; the password is asked twice on a terminal,
                                 otherwise read from the first line of standard input
  user list                      list accounts
  user set-role <name> <role>    change an account's role
  user disable <name>            block an account's sign-in (enable <name> allows it again)
  user reset-password <name>     set a new password, read as for add
  key create --user <name> [--name <label>] [--scopes a,b] [--expires 30d]
                                 create an API key; the key alone is printed on the last line
  key list [--user <name>]       list API keys and their state
  key revoke <id> | --user <name>
                                 revoke an API key, or all keys of a user
  key rotate <id> [--grace 24h]  replace an API key; the new key alone is printed on the last line
  session list [--user <name>]   list login sessions
  session revoke <id>            end a login session (--user <name> ends all of a user's)
  audit verify                   check the security event hash chain (exit 2 if tampered with)
  audit tail [-n 20] [--follow]  print the latest security events as JSON lines
  audit export [--since 24h|7d|<ISO date>] [--type <type>]
                                 print security events as JSON lines, oldest first
  block add <ip|cidr> --reason <text> [--duration 1h]
                                 ban an address or block (default: escalating from 1 h)
  block list                     active bans and the time they have left
  block remove <id|ip|cidr>      lift a ban
  lockdown on --reason <text> | lockdown off
                                 while on, only administrators can use the API (every instance)
  agent disable|enable <name>    switch an agent off or on (every instance)
  backup <file>                  write an encrypted snapshot of the database (manifest, sha256)
  restore <file>                 verify a backup, then restore it into an empty database
  keys status                    how many stored values each encryption key still protects
  keys rotate [--batch 500]      re-seal every stored value with the current (first) key; resumable
  detect attacks                 read JSON lines {"text"} on stdin, write one verdict line each
  detect injection [--channel c] the prompt-injection detector, same protocol ({"text","channel"?})
  version                        print the version
  help                           print this help

Durations are <n>d, <n>h or <n>m. Changing a user's role, state or password ends their sessions.
Exit status: 0 success, 1 failure, 2 audit chain tampered, 64 usage error, 78 invalid configuration.
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  // Account commands run against the database; their modules load only when used.
  switch (command) {
    case 'user':
      return (await import('./user-commands.js')).runUserCommand(rest);
    case 'key':
      return (await import('./key-commands.js')).runKeyCommand(rest);
    case 'session':
      return (await import('./session-commands.js')).runSessionCommand(rest);
    case 'audit':
      return (await import('./audit-commands.js')).runAudit(rest);
    case 'block':
      return (await import('./block-commands.js')).runBlockCommand(rest);
    case 'keys':
      return (await import('./keys-commands.js')).runKeysCommand(rest);
    case 'lockdown':
      return (await import('./control-commands.js')).runLockdownCommand(rest);
    case 'agent':
      return (await import('./control-commands.js')).runAgentCommand(rest);
    case 'doctor':
      return (await import('./doctor-command.js')).runDoctorCommand(rest);
    case 'start':
      return start(rest);
    case 'backup':
      return (await import('./backup-commands.js')).runBackup(rest);
    case 'restore':
      return (await import('./backup-commands.js')).runRestore(rest);
    case 'detect':
      if (rest[0] === 'attacks')
        return (await import('./detect-command.js')).runDetectAttacks(rest.slice(1), process);
      if (rest[0] === 'injection') {
        return (await import('./detect-command.js')).runDetectInjection(rest.slice(1), process);
      }
      process.stderr.write('Usage: rampart detect attacks|injection < lines.jsonl\n');
      return EXIT_USAGE;
  }
  if (rest.length > 0) {
    process.stderr.write(`rampart ${command}: unexpected arguments: ${rest.join(' ')}\n`);
    return EXIT_USAGE;
  }
  switch (command) {
    case 'migrate':
      return migrate();
    case 'version':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`rampart: unknown command "${command}"\n\n${USAGE}`);
      return EXIT_USAGE;
  }
}

// Commands import what they need when they run, so `rampart help` does not load the server.
async function start(args: string[]): Promise<number> {
  const { options } = parseCommand(args, {
    options: { 'dangerously-skip-doctor': { type: 'boolean' } },
    usage: USAGE,
  });
  const { startServer } = await import('../main.js');
  const server = await startServer(process.env, {
    skipDoctor: options['dangerously-skip-doctor'] === 'true',
  });
  process.stdout.write(`Rampart listening on ${server.url}\n`);
  if (server.setupUrl) {
    process.stdout.write(
      `No users yet. Create the first administrator within 30 minutes at:\n  ${server.setupUrl}\n` +
        'or with: rampart user add <name> --role admin\n',
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

async function migrate(): Promise<number> {
  const config = loadConfig(process.env);
  const { openDatabase } = await import('../store/database.js');
  const { migrateToLatest } = await import('../store/migrations.js');
  const { databaseOptionsFor, openKeyring } = await import('../services.js');
  const keyring = openKeyring(config);
  const database = openDatabase(databaseOptionsFor(config));
  try {
    await migrateToLatest(database.db, keyring);
    process.stdout.write(`Database at ${database.location} is up to date.\n`);
    return 0;
  } finally {
    await database.close();
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT_CONFIG;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`rampart: ${error.message}\n\n${error.usage}`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    if (error instanceof AppError || error instanceof OperatorError) {
      process.stderr.write(`rampart: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `rampart: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
