import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startServer } from '../../src/main.js';
import { TEST_ENCRYPTION_KEYS } from './keys.js';

/** A self-signed certificate for 127.0.0.1, made with openssl for this run. */
export function makeCertificate(dir: string): { certFile: string; keyFile: string } {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  return { certFile, keyFile };
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A production server on built-in HTTPS with a fresh self-signed certificate, and the plain-HTTP
 * listener that redirects to it.
 */
export async function startHttpsServer(dataDir: string) {
  const files = makeCertificate(dataDir);
  const redirectPort = await freePort();
  const server = await startServer({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    TLS_CERT_FILE: files.certFile,
    TLS_KEY_FILE: files.keyFile,
    HTTP_REDIRECT_PORT: String(redirectPort),
  });
  return { server, certFile: files.certFile, redirectPort };
}
