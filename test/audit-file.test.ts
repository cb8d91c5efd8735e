import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { AUDIT_FILE_NAME, type AuditLogger, createAuditFile } from '../src/security/audit-file.js';
import { createSecurityLog } from '../src/security/events.js';
import type { DatabaseHandle } from '../src/store/database.js';
import {
  createSecurityEventsRepository,
  type SecurityEventsRepository,
} from '../src/store/security-events-repository.js';
import { openTestDatabase } from './helpers/database.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-audit-file-'));
  dirs.push(dir);
  return dir;
}
const readLines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);

describe('security.log', () => {
  let handle: DatabaseHandle;
  let repo: SecurityEventsRepository;
  const clock = createManualClock('2026-11-25T10:00:00.000Z');

  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
    repo = createSecurityEventsRepository(handle.db, clock);
  });
  afterAll(async () => {
    await handle.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gets one JSON line per event, in chain order, in a 0600 file in a new directory', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const log = createSecurityLog({ repo, dataDir });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        log.record({
          type: 'permission_denied',
          severity: 'warning',
          userId: 'u1',
          client: { ip: '10.0.0.9', requestId: `r${i}` },
          detail: { i, token: 'must-not-appear' },
        }),
      ),
    );
    await log.flush();
    const file = path.join(dataDir, AUDIT_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const lines = readLines(file).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(30);
    const events = (await repo.list({ limit: 30 })).reverse();
    expect(lines.map((l) => l.seq)).toEqual(events.map((e) => e.seq));
    expect(lines[0]).toEqual({
      seq: events[0]?.seq,
      id: events[0]?.id,
      occurred_at: '2026-11-25T10:00:00.000Z',
      type: 'permission_denied',
      severity: 'warning',
      user_id: 'u1',
      ip: '10.0.0.9',
      request_id: events[0]?.requestId,
      detail: events[0]?.detail,
      prev_hash: events[0]?.prevHash,
      hash: events[0]?.hash,
    });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('must-not-appear');
  });

  it('rotates at the size limit and keeps the configured number of files', async () => {
    const dir = tempDir();
    const audit = createAuditFile({ dir, maxBytes: 100, keep: 2 });
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ n: i, pad: 'x'.repeat(20) }));
    for (const line of lines.slice(0, 10)) audit.write(line);
    await audit.flush();
    for (const line of lines.slice(10)) {
      audit.write(line);
      await audit.flush();
    }
    const file = path.join(dir, AUDIT_FILE_NAME);
    expect(fs.readdirSync(dir).sort()).toEqual([
      AUDIT_FILE_NAME,
      `${AUDIT_FILE_NAME}.1`,
      `${AUDIT_FILE_NAME}.2`,
    ]);
    const kept = [`${file}.2`, `${file}.1`, file].map(readLines);
    for (const [i, part] of kept.entries()) {
      expect(fs.statSync([`${file}.2`, `${file}.1`, file][i] ?? '').size).toBeLessThanOrEqual(100);
      expect(part.length).toBeGreaterThan(0);
    }
    // The kept files hold the newest lines, contiguous and in order.
    const all = kept.flat();
    expect(all).toEqual(lines.slice(lines.length - all.length));
  });

  it('reports a failed write to the logger and never throws into the caller', async () => {
    const blocker = path.join(tempDir(), 'not-a-directory');
    fs.writeFileSync(blocker, '');
    const logger = { error: vi.fn() } satisfies AuditLogger;
    const log = createSecurityLog({ repo, dataDir: blocker, logger });
    await expect(log.record({ type: 'logout', severity: 'info', detail: { marker: 'kept' } })).resolves.toBe(
      undefined,
    );
    await log.flush();
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ lost: 1 }),
      'security log file could not be written',
    );
    expect((await repo.list({ limit: 1 }))[0]?.detail).toEqual({ marker: 'kept' });
  });

  it('still writes the event to the file, marked unchained, when the database fails', async () => {
    const dataDir = tempDir();
    const logger = { error: vi.fn() };
    const broken = {
      append: () => Promise.reject(new Error('database down')),
    } as unknown as SecurityEventsRepository;
    const log = createSecurityLog({ repo: broken, dataDir, clock, logger });
    await log.record({
      type: 'login_failed',
      severity: 'warning',
      client: { ip: '10.1.1.1' },
      detail: { reason: 'unknown_user', password: 'hunter2' },
    });
    await log.flush();
    expect(logger.error).toHaveBeenCalledWith(expect.anything(), 'security event could not be recorded');
    const [line] = readLines(path.join(dataDir, AUDIT_FILE_NAME)).map((l) => JSON.parse(l) as unknown);
    expect(line).toMatchObject({
      seq: null,
      unchained: true,
      occurred_at: '2026-11-25T10:00:00.000Z',
      ip: '10.1.1.1',
      detail: { reason: 'unknown_user' },
    });
    expect(JSON.stringify(line)).not.toContain('hunter2');
  });
});
