import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createAttackDetector } from '../security/attacks/index.js';
import { isRouteAccess, type RouteAccess } from '../security/permissions.js';
import type { Principal } from '../security/principal.js';
import { createRequestFilter } from '../security/request-filter.js';
import type { Services } from '../services.js';
import {
  createAuthenticateHook,
  createAuthoriseHook,
  createCsrfHook,
  createLockdownHook,
} from './auth-hooks.js';
import { createFilterHook } from './filter-hook.js';
import {
  createBanCheckHook,
  createBodyInspectionHook,
  createHeadInspectionHook,
  createUserBanHook,
} from './intrusion-hook.js';
import { createRateLimitSteps } from './rate-limit-hook.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set by the authenticate step, null for anonymous requests. */
    principal: Principal | null;
    /** The session token of a cookie-authenticated request (for the CSRF check). */
    sessionToken: string | null;
  }
  interface FastifyInstance {
    /** Every registered route with its declared access, for audits and the route-by-role test. */
    routeTable: readonly RouteEntry[];
  }
  interface FastifyContextConfig {
    /** What the route requires; every route must declare it. */
    access?: RouteAccess;
  }
}

/** One registered route and what it requires. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

/**
 * A pipeline step: returns (or resolves) to let the request through, throws (or rejects) with an
 * `AppError` to stop it. A step that can decide without waiting returns nothing, so the common case
 * costs no promise.
 */
export type PipelineHook = (request: FastifyRequest, reply: FastifyReply) => void | Promise<void>;

/**
 * The security steps of ARCHITECTURE.md, in the order every request meets them. This list is the
 * one place the order is written; each security layer fills its slot.
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

/** The pipeline built from the services: identity (sessions, API keys, CSRF) and role-based authorisation. */
export function createPipeline(services: Services): Pipeline {
  const now = () => services.clock.now().getTime();
  const detector = createAttackDetector();
  const rateLimits = createRateLimitSteps({
    limiter: services.rateLimiter,
    log: services.log,
    authenticator: services.authenticator,
    now,
  });
  return Object.freeze({
    filter: [
      createFilterHook(
        createRequestFilter({
          allowList: services.config.ipAllowList,
          denyList: services.config.ipDenyList,
          userAgentDenyList: services.config.userAgentDenyList,
        }),
        services.log,
      ),
    ],
    intrusion: [createBanCheckHook(services), createHeadInspectionHook(detector, services.log)],
    rateLimit: [rateLimits.limitByAddress],
    authenticate: [
      createAuthenticateHook(services.authenticator),
      createUserBanHook(services),
      createCsrfHook(services.sessions, services.log),
    ],
    authorise: [
      rateLimits.limitByRouteAndPrincipal,
      createAuthoriseHook(services.log),
      createLockdownHook(services),
    ],
    validate: [createBodyInspectionHook(detector, services.log)],
  });
}

/** Installs the pipeline's hooks in order and refuses to register a route that declares no access. */
export function installPipeline(app: FastifyInstance, pipeline: Pipeline): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('client', null);
  app.decorateRequest('countedAhead', null);
  const routes: RouteEntry[] = [];
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!isRouteAccess(access)) {
      throw new Error(
        `Route ${route.method} ${route.url} must declare config.access (a permission, 'authenticated' or 'public')`,
      );
    }
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  });
  // One Fastify hook per phase runs that phase's steps in order: eleven async hooks cost more than
  // the checks themselves (a promise and a microtask each), and most steps decide synchronously.
  for (const phase of ['onRequest', 'preValidation'] as const) {
    const hooks = PIPELINE_STEPS.filter((step) => step.phase === phase).flatMap(
      (step) => pipeline[step.name],
    );
    if (hooks.length > 0) app.addHook(phase, runSteps(hooks));
  }
}

/** A callback-style hook that runs `hooks` in order, waiting only for those that return a promise. */
function runSteps(hooks: readonly PipelineHook[]) {
  return function runPipelineSteps(
    request: FastifyRequest,
    reply: FastifyReply,
    done: (error?: Error) => void,
  ): void {
    let index = 0;
    const fail = (error: unknown) => done(error instanceof Error ? error : new Error(String(error)));
    const next = (): void => {
      try {
        while (index < hooks.length) {
          const pending = hooks[index++]?.(request, reply);
          if (pending !== undefined) {
            pending.then(next, fail);
            return;
          }
        }
      } catch (error) {
        fail(error);
        return;
      }
      done();
    };
    next();
  };
}
