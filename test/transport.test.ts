import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/main.js';
import { createTestApp } from './helpers/services.js';
import { startHttpsServer } from './helpers/tls.js';

function get(url: string, ca: Buffer): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, headers: response.headers });
      })
      .on('error', reject);
  });
}

describe('built-in HTTPS', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-tls-'));
  let server: RunningServer;
  let ca: Buffer;
  let redirectPort: number;

  beforeAll(async () => {
    let certFile: string;
    ({ server, certFile, redirectPort } = await startHttpsServer(dir));
    ca = fs.readFileSync(certFile);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves HTTPS with HSTS', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const response = await get(`${server.url}/health`, ca);
    expect(response.status).toBe(200);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it.each([['TLSv1'], ['TLSv1.1']] as const)('refuses a %s handshake', async (version) => {
    const port = Number(new URL(server.url).port);
    const outcome = await new Promise<string>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca, minVersion: version, maxVersion: version });
      socket.once('secureConnect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });

  it('negotiates TLS 1.3 with a modern client', async () => {
    const port = Number(new URL(server.url).port);
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ca }, () => {
        resolve(socket.getProtocol());
        socket.destroy();
      });
      socket.once('error', reject);
    });
    expect(protocol).toBe('TLSv1.3');
  });

  it('redirects plain HTTP to HTTPS with 308, path and query kept', async () => {
    const response = await fetch(`http://127.0.0.1:${redirectPort}/api/health?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(
      `https://127.0.0.1:${new URL(server.url).port}/api/health?x=1`,
    );
  });
});

describe('trusted proxies', () => {
  it.each([
    ['ignores X-Forwarded-For and -Proto by default', {}, '127.0.0.1', false],
    ['honours them from a configured proxy', { TRUST_PROXY: '127.0.0.1' }, '203.0.113.9', true],
    ['ignores them from a proxy that is not configured', { TRUST_PROXY: '10.0.0.0/8' }, '127.0.0.1', false],
  ])('%s', async (_name, env, expectedIp, secure) => {
    const t = await createTestApp({ env });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
        payload: { username: 'nobody', password: 'wrong password here' },
      });
      expect(response.statusCode).toBe(401);
      const [event] = await t.services.store.securityEvents.list({ type: 'login_failed', limit: 1 });
      expect(event?.ip).toBe(expectedIp);
      expect(response.headers['strict-transport-security'] !== undefined).toBe(secure);
    } finally {
      await t.close();
    }
  });
});
