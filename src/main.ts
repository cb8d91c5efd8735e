import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { OperatorError } from './errors.js';
import { buildApp } from './http/app.js';
import { createHttpsRedirectServer } from './http/redirect.js';
import { runDoctor } from './security/doctor.js';
import { createServices, type Services } from './services.js';

/** A running server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Set when no user exists yet: the one-time page that creates the first administrator. */
  readonly setupUrl: string | null;
  close(): Promise<void>;
}

/** Refused start-up: the doctor found failures (listed with their fixes). */
export class DoctorFailedError extends OperatorError {}

/** Production starts only when the deployment checklist has no FAIL, unless the operator says otherwise. */
async function refuseFailedChecks(services: Services, skip: boolean): Promise<void> {
  const results = await runDoctor({ config: services.config, db: services.database.db });
  const failed = results.filter((r) => r.status === 'FAIL');
  if (failed.length === 0) return;
  const names = failed.map((r) => r.name);
  if (skip) {
    await services.log.record({
      type: 'doctor_skipped',
      severity: 'critical',
      detail: { failed: names },
    });
    process.stderr.write(
      `WARNING: starting despite failed checks (--dangerously-skip-doctor): ${names.join(', ')}\n`,
    );
    return;
  }
  throw new DoctorFailedError(
    `Refusing to start in production; these checks failed (run \`rampart doctor\` for the full list):\n${failed
      .map((r) => `  ${r.name}: ${r.detail}\n    fix: ${r.fix ?? ''}`)
      .join('\n')}`,
  );
}

/** The composition root: config from the environment, services, the app, then listen. */
export async function startServer(
  env: Record<string, string | undefined>,
  options: { readonly skipDoctor?: boolean } = {},
): Promise<RunningServer> {
  const config = loadConfig(env);
  const services = await createServices(config, { clock: systemClock });
  if (config.nodeEnv === 'production') {
    try {
      await refuseFailedChecks(services, options.skipDoctor === true);
    } catch (error) {
      await services.close();
      throw error;
    }
  }
  // Only the server, not every CLI command, may decide that runs left 'running' were abandoned.
  await services.store.workflow.failAbandonedRuns();
  let app: FastifyInstance;
  let redirect: Server | undefined;
  try {
    app = await buildApp(services, config.tls ? { https: readTls(config.tls) } : {});
    await app.listen({ host: config.host, port: config.port });
    // In development a plain listener is a convenience not worth its risk; elsewhere it only redirects.
    if (config.tls && config.httpRedirectPort !== undefined && config.nodeEnv !== 'development') {
      redirect = createHttpsRedirectServer(listeningPort(app.server, config.port));
      await new Promise<void>((resolve, reject) => {
        redirect?.once('error', reject).listen(config.httpRedirectPort, config.host, resolve);
      });
    }
  } catch (error) {
    await services.close();
    throw error;
  }
  const port = listeningPort(app.server, config.port);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${config.tls ? 'https' : 'http'}://${host}:${port}`;
  const setupToken = await services.setup.prepare();
  return {
    app,
    url,
    // The token rides in the fragment, which browsers never send to servers or proxies.
    setupUrl: setupToken ? `${url}/setup.html#token=${setupToken}` : null,
    close: async () => {
      await new Promise<void>((resolve) => (redirect ? redirect.close(() => resolve()) : resolve()));
      await app.close();
      await services.close();
    },
  };
}

function listeningPort(server: Server | FastifyInstance['server'], fallback: number): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : fallback;
}

/** Reads the certificate and key, naming the file and the fix when one cannot be read. */
function readTls(tls: { certFile: string; keyFile: string }): { cert: Buffer; key: Buffer } {
  const read = (file: string, variable: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new ConfigError([
        { variable, fix: `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})` },
      ]);
    }
  };
  return { cert: read(tls.certFile, 'TLS_CERT_FILE'), key: read(tls.keyFile, 'TLS_KEY_FILE') };
}
