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

/**
 * What a route requires: a permission; `authenticated` (any signed-in principal, for one's own account
 * routes); or `public` (health, login, setup, the web UI's files).
 */
export type RouteAccess = Permission | 'authenticated' | 'public';

/** Whether a value names a permission. */
export function isPermission(value: unknown): value is Permission {
  return (PERMISSIONS as readonly unknown[]).includes(value);
}

/** Whether a value names a known access level; route registration fails on anything else. */
export function isRouteAccess(value: unknown): value is RouteAccess {
  return value === 'public' || value === 'authenticated' || isPermission(value);
}
