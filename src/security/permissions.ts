/** Every permission a route or tool can require (see docs/security-model.md). */
export const PERMISSIONS = [
  'chat:use',
  'calendar:own',
  'journal:own',
  'search:use',
  'tools:code',
  'tools:commands',
  'tools:files',
  'keys:own',
  'security:read',
  'security:write',
  'users:manage',
] as const;

/** One permission. */
export type Permission = (typeof PERMISSIONS)[number];

/** What a route requires: a permission, or `public` for routes anyone may reach (health, the web UI). */
export type RouteAccess = Permission | 'public';

/** Who is making a request. */
export interface Principal {
  readonly userId: string;
  readonly role: string;
  readonly permissions: ReadonlySet<Permission>;
}

/**
 * The single local user of a server without accounts. Until accounts exist every request acts as this
 * user; the authenticate slot of the pipeline is where real identities replace it.
 */
export const LOCAL_PRINCIPAL: Principal = Object.freeze({
  userId: 'local',
  role: 'admin',
  permissions: new Set(PERMISSIONS),
});

/** Whether a value names a known access level; route registration fails on anything else. */
export function isRouteAccess(value: unknown): value is RouteAccess {
  return value === 'public' || (PERMISSIONS as readonly unknown[]).includes(value);
}
