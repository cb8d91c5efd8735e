import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/main.js';
import { startHttpsServer } from './helpers/tls.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The Observatory's install step downloads the HSTS preload list; installs here skip it (no internet),
 * so give it the empty list it would fall back to. Our host is not on any preload list anyway.
 */
function ensurePreloadList(): void {
  const pkg = createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json');
  const file = path.join(path.dirname(pkg), 'conf', 'hsts-preload.json');
  if (!fs.existsSync(file)) fs.writeFileSync(file, '{}');
}

describe('MDN HTTP Observatory grade', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-observatory-'));
  let server: RunningServer;
  let certFile: string;
  let httpPort: number;

  beforeAll(async () => {
    ensurePreloadList();
    ({ server, certFile, redirectPort: httpPort } = await startHttpsServer(dir));
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('scores A+ (>= 100) on the real server, HTTP redirect and HTTPS together', async () => {
    const httpsPort = new URL(server.url).port;
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [path.join(here, 'helpers', 'observatory-scan.mjs'), String(httpPort), httpsPort],
        { env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile }, timeout: 30_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    const result = JSON.parse(output) as {
      grade: string;
      score: number;
      tests: Record<string, { pass: boolean }>;
    };
    const failing = Object.entries(result.tests).filter(([, t]) => !t.pass);
    expect(failing).toEqual([]);
    expect(result.grade).toBe('A+');
    expect(result.score).toBeGreaterThanOrEqual(100);
    console.log(`MDN HTTP Observatory: ${result.grade}, score ${result.score}`);
  });
});
