import { rotateSealedValues, sealedValueCounts } from '../store/sealed-columns.js';
import { dispatch, parseCommand, UsageError } from './args.js';
import { CLI_CLIENT, print, printTable, progressBar, withServices } from './context.js';
import { KEYS_USAGE } from './usage.js';

/** Runs `rampart keys <subcommand>`: the encryption keys of stored content. */
export async function runKeysCommand(args: string[]): Promise<number> {
  return dispatch('keys', args, KEYS_USAGE, { status, rotate });
}

async function status(args: string[]): Promise<number> {
  parseCommand(args, { usage: KEYS_USAGE });
  return withServices(async (services) => {
    const { keyring } = services;
    const counts = await sealedValueCounts(services.database.db, keyring.ids);
    printTable(
      ['KEY', 'VALUES', 'STATE'],
      keyring.ids.map((id) => {
        const n = counts.byKey[id] ?? 0;
        const state =
          id === keyring.currentId
            ? 'current: seals new values'
            : n === 0
              ? 'protects nothing: can be removed from ENCRYPTION_KEYS'
              : 'still needed: run `rampart keys rotate`';
        return [id, String(n), state];
      }),
      'No keys.',
    );
    return 0;
  });
}

async function rotate(args: string[]): Promise<number> {
  const { options } = parseCommand(args, { options: { batch: { type: 'string' } }, usage: KEYS_USAGE });
  const batchSize = options.batch === undefined ? 500 : Number(options.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new UsageError('--batch must be a whole number from 1 to 10000', KEYS_USAGE);
  }
  return withServices(async (services) => {
    const startedMs = performance.now();
    const done = await rotateSealedValues(services.database.db, services.keyring, {
      batchSize,
      onProgress: progressBar(process.stderr, 'rotating'),
    });
    const seconds = (performance.now() - startedMs) / 1000;
    await services.log.record({
      type: 'keys_rotated',
      severity: 'info',
      client: CLI_CLIENT,
      detail: { key_id: services.keyring.currentId, values: done },
    });
    print(
      `Re-sealed ${done} value(s) with key ${services.keyring.currentId} in ${seconds.toFixed(1)} s` +
        (done > 0 ? ` (${Math.round(done / seconds)} values/s).` : '.'),
    );
    return 0;
  });
}
