import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { isRouteAccess, LOCAL_PRINCIPAL, type Principal, type RouteAccess } from '../security/permissions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set by the authenticate step before any handler runs. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** What the route requires; every route must declare it. */
    access?: RouteAccess;
  }
}

/** A pipeline step: a hook that lets the request through, or throws an `AppError`. */
export type PipelineHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * The security steps of ARCHITECTURE.md, in the order every request meets them. This list is the
 * one place the order is written; each later security layer fills its slot.
 */
export const PIPELINE_STEPS = [
  { name: 'filter', phase: 'onRequest' },
  { name: 'intrusion', phase: 'onRequest' },
  { name: 'rateLimit', phase: 'onRequest' },
  { name: 'authenticate', phase: 'onRequest' },
  { name: 'authorise', phase: 'preValidation' },
  { name: 'validate', phase: 'preValidation' },
] as const;

/** The name of a pipeline step. */
export type PipelineStepName = (typeof PIPELINE_STEPS)[number]['name'];

/** What fills each slot; a slot may hold several hooks, run in order. */
export type Pipeline = Readonly<Record<PipelineStepName, readonly PipelineHook[]>>;

/**
 * Without accounts every request acts as the local user. The identity layer replaces this hook.
 */
export const authenticateAsLocalUser: PipelineHook = async function authenticateAsLocalUser(request) {
  request.principal = LOCAL_PRINCIPAL;
};

/** Denies unless the principal holds the permission the route declares; fails closed on a missing principal. */
export const authoriseByRoutePermission: PipelineHook = async function authoriseByRoutePermission(request) {
  // Unmatched URLs reach only the not-found handler, which reveals nothing.
  if (request.is404) return;
  const access = request.routeOptions.config.access;
  if (access === 'public') return;
  if (access === undefined || !request.principal?.permissions.has(access)) throw new AppError('forbidden');
};

/** The pipeline of a server without the later security layers. */
export const DEFAULT_PIPELINE: Pipeline = Object.freeze({
  filter: [],
  intrusion: [],
  rateLimit: [],
  authenticate: [authenticateAsLocalUser],
  authorise: [authoriseByRoutePermission],
  validate: [],
});

/** Installs the pipeline's hooks in order and refuses to register a route that declares no access. */
export function installPipeline(app: FastifyInstance, pipeline: Pipeline): void {
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    // 404s and HEAD twins inherit the config of their GET route; every other route must choose.
    const access = route.config?.access;
    if (!isRouteAccess(access)) {
      throw new Error(
        `Route ${route.method} ${route.url} must declare config.access (a permission or 'public')`,
      );
    }
  });
  for (const step of PIPELINE_STEPS) {
    for (const hook of pipeline[step.name]) app.addHook(step.phase, hook);
  }
}
