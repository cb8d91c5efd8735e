import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { chainHash, GENESIS_HASH, verifyChain } from '../src/security/audit-chain.js';
import type { DatabaseHandle } from '../src/store/database.js';
import {
  createSecurityEventsRepository,
  type SecurityEventsRepository,
} from '../src/store/security-events-repository.js';
import { DRIVERS, openTestDatabase } from './helpers/database.js';

/** The documented canonical form, written independently of the implementation. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe.each(DRIVERS)('security event hash chain on %s', (driver) => {
  let handle: DatabaseHandle;
  let repo: SecurityEventsRepository;
  const clock = createManualClock('2026-11-25T10:00:00.000Z');

  beforeEach(async () => {
    handle = await openTestDatabase(driver);
    repo = createSecurityEventsRepository(handle.db, clock);
  });
  afterEach(async () => {
    await handle.close();
  });

  async function seed(count: number): Promise<void> {
    for (let i = 1; i <= count; i += 1) {
      await repo.append({
        type: i % 2 ? 'login_failed' : 'login_succeeded',
        severity: 'info',
        userId: `u${i % 3}`,
        ip: `10.0.0.${i % 4}`,
        requestId: `req-${i}`,
        detail: { n: i, reason: 'test', nested: { b: 1, a: [i, 'x'] } },
      });
      clock.advance(1000);
    }
  }

  const update = (seq: number, set: Record<string, string | number>) =>
    handle.db.updateTable('security_events').set(set).where('seq', '=', seq).execute();

  it('chains every row to the one before and verifies across pages', async () => {
    await seed(25);
    const rows = await handle.db.selectFrom('security_events').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const { seq, id, occurred_at, type, severity, user_id, ip, request_id } = row;
      const content = { seq: Number(seq), id, occurred_at, type, severity, user_id, ip, request_id };
      const expected = createHash('sha256')
        .update(prev + canonical({ ...content, detail: JSON.parse(row.detail) }))
        .digest('hex');
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(expected);
      prev = row.hash;
    }
    expect(await verifyChain(handle.db, { pageSize: 4 })).toEqual({ ok: true, rows: 25 });
  });

  it('verifies an empty log', async () => {
    expect(await verifyChain(handle.db)).toEqual({ ok: true, rows: 0 });
  });

  it('keeps the chain intact under 50 concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        repo.append({ type: 'permission_denied', severity: 'warning', detail: { i } }),
      ),
    );
    expect(await verifyChain(handle.db, { pageSize: 7 })).toEqual({ ok: true, rows: 50 });
    const events = await repo.list({ limit: 100 });
    expect(new Set(events.map((e) => e.detail.i)).size).toBe(50);
  });

  it('appends inside a caller transaction', async () => {
    await seed(2);
    await handle.db.transaction().execute(async (trx) => {
      await createSecurityEventsRepository(trx, clock).append({
        type: 'logout',
        severity: 'info',
        detail: {},
      });
    });
    expect(await verifyChain(handle.db)).toEqual({ ok: true, rows: 3 });
  });

  it('detects a modified detail at its row', async () => {
    await seed(10);
    await update(5, { detail: '{"n":5,"reason":"nothing to see"}' });
    expect(await verifyChain(handle.db, { pageSize: 3 })).toEqual({
      ok: false,
      firstBadSeq: 5,
      problem: 'modified',
      rows: 4,
    });
  });

  it('detects a modified last row', async () => {
    await seed(10);
    await update(10, { ip: '192.0.2.1' });
    expect(await verifyChain(handle.db)).toMatchObject({ ok: false, firstBadSeq: 10, problem: 'modified' });
  });

  it('detects a deleted middle row and a deleted first row', async () => {
    await seed(10);
    await handle.db.deleteFrom('security_events').where('seq', '=', 6).execute();
    expect(await verifyChain(handle.db, { pageSize: 5 })).toEqual({
      ok: false,
      firstBadSeq: 6,
      problem: 'deleted',
      rows: 5,
    });
    await handle.db.deleteFrom('security_events').where('seq', '=', 1).execute();
    expect(await verifyChain(handle.db)).toMatchObject({ ok: false, firstBadSeq: 1, problem: 'deleted' });
  });

  it('detects two swapped rows as reordered, adjacent or not', async () => {
    await seed(10);
    const swap = async (a: number, b: number) => {
      await update(a, { seq: -1 });
      await update(b, { seq: a });
      await update(-1, { seq: b });
    };
    await swap(7, 4);
    expect(await verifyChain(handle.db)).toEqual({
      ok: false,
      firstBadSeq: 4,
      problem: 'reordered',
      rows: 3,
    });
    await swap(4, 7);
    expect(await verifyChain(handle.db)).toEqual({ ok: true, rows: 10 });
    await swap(2, 3);
    expect(await verifyChain(handle.db)).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'reordered' });
    await swap(2, 3);
    await swap(1, 9);
    expect(await verifyChain(handle.db)).toMatchObject({ ok: false, firstBadSeq: 1, problem: 'reordered' });
  });

  it('detects a changed hash as a broken link at that row', async () => {
    await seed(10);
    await update(5, { hash: 'f'.repeat(64) });
    expect(await verifyChain(handle.db)).toEqual({
      ok: false,
      firstBadSeq: 5,
      problem: 'broken_link',
      rows: 4,
    });
  });

  it('detects a changed prev_hash as a broken link at that row', async () => {
    await seed(5);
    await update(3, { prev_hash: 'e'.repeat(64) });
    expect(await verifyChain(handle.db)).toEqual({
      ok: false,
      firstBadSeq: 3,
      problem: 'broken_link',
      rows: 2,
    });
  });

  it('reports an edited and rehashed row at the next row, whose link no longer holds', async () => {
    await seed(6);
    const row = await handle.db
      .selectFrom('security_events')
      .selectAll()
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    const detail = { n: 3, reason: 'forged' };
    const hash = chainHash(row.prev_hash, { ...row, seq: 3, detail });
    await update(3, { detail: JSON.stringify(detail), hash });
    expect(await verifyChain(handle.db)).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'broken_link' });
  });

  it('lists newest first with type, ip, user and time filters', async () => {
    await seed(8);
    const all = await repo.list();
    expect(all.map((e) => e.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect((await repo.list({ type: 'login_failed' })).map((e) => e.seq)).toEqual([7, 5, 3, 1]);
    expect((await repo.list({ ip: '10.0.0.1' })).map((e) => e.seq)).toEqual([5, 1]);
    expect((await repo.list({ userId: 'u0', type: 'login_failed' })).map((e) => e.seq)).toEqual([3]);
    const since = new Date('2026-11-25T10:00:05.000Z');
    expect((await repo.list({ since, limit: 2 })).map((e) => e.seq)).toEqual([8, 7]);
    expect((await repo.listAfter(5, { limit: 2 })).map((e) => e.seq)).toEqual([6, 7]);
    expect(all[0]).toMatchObject({ requestId: 'req-8', detail: { n: 8 }, prevHash: all[1]?.hash });
  });
});
