#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';

/** Exit status for an invalid configuration (sysexits EX_CONFIG). */
const EXIT_CONFIG = 78;

const USAGE = `Usage: rampart <command>

Commands:
  start      run the server (configuration from the environment; see .env.example)
  migrate    bring the database schema up to date and exit
  version    print the version
  help       print this help
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  if (rest.length > 0) {
    process.stderr.write(`rampart ${command}: unexpected arguments: ${rest.join(' ')}\n`);
    return 64;
  }
  switch (command) {
    case 'start':
      return start();
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
      return 64;
  }
}

// Commands import what they need when they run, so `rampart help` does not load the server.
async function start(): Promise<number> {
  const { startServer } = await import('../main.js');
  const server = await startServer(process.env);
  process.stdout.write(`Rampart listening on ${server.url}\n`);
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
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
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
    process.stderr.write(
      `rampart: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
