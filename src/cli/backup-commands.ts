import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BackupProgress, restoreBackup, writeBackup } from '../store/backup.js';
import { parseCommand } from './args.js';
import { CLI_CLIENT, print, progressBar, withServices } from './context.js';
import { BACKUP_USAGE } from './usage.js';

function progress(): BackupProgress {
  const bars = {
    rows: progressBar(process.stderr, 'rows'),
    checking: progressBar(process.stderr, 'checking'),
  };
  return (phase, done, total) => bars[phase](done, total);
}

function describe(counts: Readonly<Record<string, number>>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`);
  return `${total} rows (${parts.join(', ') || 'none'})`;
}

/** `rampart backup <file>`: an encrypted, authenticated snapshot of the whole database. */
export async function runBackup(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, { min: 1, max: 1, usage: BACKUP_USAGE });
  const file = path.resolve(positionals[0] as string);
  if (existsSync(file)) {
    process.stderr.write(`rampart backup: ${file} exists; choose a new file name\n`);
    return 1;
  }
  return withServices(async (services) => {
    const manifest = await writeBackup(services.database.db, services.keyring, file, {
      now: services.clock.now(),
      onProgress: progress(),
    });
    await services.log.record({
      type: 'backup_created',
      severity: 'info',
      client: CLI_CLIENT,
      detail: { key_id: services.keyring.currentId, rows: manifest.counts, sha256: manifest.sha256 },
    });
    print(`Wrote ${file}: ${describe(manifest.counts)}, sha256 ${manifest.sha256}.`);
    return 0;
  });
}

/** `rampart restore <file>`: verifies a backup whole, then restores it into an empty database. */
export async function runRestore(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, { min: 1, max: 1, usage: BACKUP_USAGE });
  const file = path.resolve(positionals[0] as string);
  return withServices(async (services) => {
    const manifest = await restoreBackup(services.database.db, services.keyring, file, {
      onProgress: progress(),
    });
    await services.log.record({
      type: 'backup_restored',
      severity: 'warning',
      client: CLI_CLIENT,
      detail: { rows: manifest.counts, sha256: manifest.sha256 },
    });
    print(`Restored ${describe(manifest.counts)} from ${file}.`);
    return 0;
  });
}
