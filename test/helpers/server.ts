import { systemClock } from '../../src/clock.js';
import { createTestApp, type TestServicesOptions } from './services.js';

/** A real listening server on 127.0.0.1 with an ephemeral port, on the wall clock. */
export async function startTestServer(options: TestServicesOptions = {}) {
  const { app, services, close, createUser } = await createTestApp({ clock: systemClock, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}`, app, services, close, createUser };
}
