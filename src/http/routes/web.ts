import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.js';

/** The web UI's folder, `web/` at the project root (two levels above `src/http/routes` and `dist/http/routes`). */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');

const ASSET = /^[a-z0-9-]+\.(html|js|css|svg|ico|png|webmanifest)$/;

/** GET / (the chat page) and GET /<asset> for the files beside it. */
export async function registerWebRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: WEB_ROOT, serve: false });
  app.get('/', { config: { access: 'public' } }, (_request, reply) => reply.sendFile('index.html'));
  app.get<{ Params: { asset: string } }>('/:asset', { config: { access: 'public' } }, (request, reply) => {
    if (!ASSET.test(request.params.asset)) throw new AppError('not_found');
    return reply.sendFile(request.params.asset);
  });
}
