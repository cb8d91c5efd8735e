import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { canonicalJson, verifyChain } from '../src/security/audit-chain.js';
import { isSecretKey, MAX_DETAIL_STRING, redactDetail } from '../src/security/audit-redact.js';
import { createSecurityLog } from '../src/security/events.js';
import type { DatabaseHandle } from '../src/store/database.js';
import { createSecurityEventsRepository } from '../src/store/security-events-repository.js';
import { openTestDatabase } from './helpers/database.js';

describe('redactDetail', () => {
  it('drops keys named like secrets, at any depth, but keeps identifiers and flags', () => {
    const detail = redactDetail({
      reason: 'bad_password',
      password: 'hunter2',
      newPassword: 'hunter3',
      token: 'abc',
      session_token: 'abc',
      csrfToken: 'abc',
      secret: 's',
      client_secret: 's',
      key: 'rmp_live',
      apiKey: 'rmp_live',
      APIKey: 'rmp_live',
      'x-api-key': 'rmp_live',
      cookie: 'rampart_session=x',
      'Set-Cookie': 'rampart_session=x',
      authorization: 'Bearer x',
      csrf: 'x',
      credentials: { user: 'a', pass: 'b' },
      key_id: 'k1',
      keyId: 'k2',
      token_id: 't1',
      monkey: 'banana',
      keyboard: 'qwerty',
      password_reset: true,
      headers: { Authorization: 'Bearer x', accept: 'json', list: [{ token: 't', ok: 1 }] },
    });
    expect(detail).toEqual({
      reason: 'bad_password',
      key_id: 'k1',
      keyId: 'k2',
      token_id: 't1',
      monkey: 'banana',
      keyboard: 'qwerty',
      password_reset: true,
      headers: { accept: 'json', list: [{ ok: 1 }] },
    });
    expect(JSON.stringify(detail)).not.toMatch(/hunter|rmp_live|Bearer|rampart_session/);
  });

  it('caps strings at 500 characters and reduces values to plain JSON', () => {
    const long = 'x'.repeat(5000);
    const detail = redactDetail({
      long,
      nested: { deeper: [long] },
      when: new Date('2026-01-02T03:04:05.000Z'),
      big: 10n,
      nan: Number.NaN,
      gone: undefined,
      fn: () => 1,
    });
    expect(detail).toEqual({
      long: 'x'.repeat(MAX_DETAIL_STRING),
      nested: { deeper: ['x'.repeat(MAX_DETAIL_STRING)] },
      when: '2026-01-02T03:04:05.000Z',
      big: '10',
      nan: null,
    });
    expect(JSON.parse(canonicalJson(detail))).toEqual(detail);
  });

  it('recognises secret names by word', () => {
    expect(['password', 'passwordHash', 'refresh-token', 'API_KEY', 'xCsrf'].every(isSecretKey)).toBe(true);
    expect(['key_id', 'api_key_id', 'tokens_ids', 'turkey', 'username', 'scope'].some(isSecretKey)).toBe(
      false,
    );
  });
});

describe('redaction on the way into the audit log', () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase('sqlite');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('never stores a secret a careless caller passes, in the table or the chain', async () => {
    const repo = createSecurityEventsRepository(handle.db, createManualClock('2026-11-25T10:00:00.000Z'));
    const log = createSecurityLog({ repo });
    await log.record({
      type: 'login_failed',
      severity: 'warning',
      client: { ip: '127.0.0.1', requestId: 'r1' },
      detail: { reason: 'unknown_user', password: 'hunter2', token: 'tok_123', note: 'y'.repeat(900) },
    });
    await repo.append({
      type: 'logout',
      severity: 'info',
      detail: { cookie: 'rampart_session=abc', ok: true },
    });
    const rows = await handle.db.selectFrom('security_events').selectAll().execute();
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/hunter2|tok_123|rampart_session/);
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({ reason: 'unknown_user', note: 'y'.repeat(500) });
    expect(await verifyChain(handle.db)).toEqual({ ok: true, rows: 2 });
  });
});
