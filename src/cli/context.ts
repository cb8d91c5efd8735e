import { AppError } from '../errors.js';
import type { ClientInfo } from '../security/accounts.js';
import { normaliseUsername } from '../security/usernames.js';
import type { Services } from '../services.js';
import type { User } from '../store/users-repository.js';

/** Where CLI changes come from, for security events. */
export const CLI_CLIENT: ClientInfo = { ip: 'cli', userAgent: 'rampart-cli' };

/** The operator at the console: no account, so events name no actor and self-change rules do not apply. */
export const CLI_ACTOR = { userId: null } as const;

/** Opens and migrates the database from the environment, runs `fn`, and closes it again. */
export async function withServices<T>(fn: (services: Services) => Promise<T>): Promise<T> {
  // Imported here, so `rampart help` does not load the database and the agents.
  const [{ loadConfig }, { createServices }, { systemClock }] = await Promise.all([
    import('../config.js'),
    import('../services.js'),
    import('../clock.js'),
  ]);
  const services = await createServices(loadConfig(process.env), { clock: systemClock });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

/** The account with this (folded) username; `not_found` when there is none. */
export async function findUser(services: Services, name: string): Promise<User> {
  const username = normaliseUsername(name);
  const found = username ? await services.store.users.findCredentials(username) : undefined;
  if (!found) throw new AppError('not_found', `No such user: ${name}.`);
  return found.user;
}

/** Writes lines to standard output. */
export function print(...lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A timestamp as `YYYY-MM-DD HH:MM:SSZ`, or `-` for none. */
export function formatTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '-';
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** Prints rows as a table with a header, or `empty` when there are no rows. */
export function printTable(headers: readonly string[], rows: readonly string[][], empty: string): void {
  if (rows.length === 0) {
    print(empty);
    return;
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  print(line(headers), ...rows.map(line));
}

/** A progress bar on a terminal; on a pipe, a line at every tenth. */
export function progressBar(stream: NodeJS.WriteStream, label: string) {
  let lastTenth = -1;
  return (done: number, total: number): void => {
    const share = total === 0 ? 1 : done / total;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) stream.write('\n');
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`${label}: ${done}/${total} (${tenth * 10}%)\n`);
    }
  };
}
