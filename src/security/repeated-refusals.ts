import type { Clock } from '../clock.js';
import type { StateStore } from '../store/state/state-store.js';
import type { SecurityLog } from './events.js';

const NOTE_WINDOW_MS = 60_000;

/**
 * Records a refusal the first time `key` meets it in a minute, and not again until the minute is over:
 * a banned or locked-out client hammering the server is worth one event a minute, not a flood. The
 * counter lives in the state store, so instances sharing Redis share the minute too.
 */
export async function recordOncePerMinute(
  deps: { readonly state: StateStore; readonly clock: Clock; readonly log: SecurityLog },
  key: string,
  event: Parameters<SecurityLog['record']>[0],
): Promise<void> {
  const noted = await deps.state.hit(`note:${key}`, NOTE_WINDOW_MS, deps.clock.now().getTime());
  if (noted.count === 1) await deps.log.record(event);
}
