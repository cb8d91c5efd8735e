import { PERMISSIONS, type Permission } from './permissions.js';

/** The roles, most powerful first. */
export const ROLES = ['admin', 'operator', 'user', 'guest'] as const;

/** One role. */
export type Role = (typeof ROLES)[number];

const EVERYONE: Permission[] = ['chat:use', 'calendar:own', 'journal:own', 'search:use'];

/** The one table of what each role may do (docs/security-model.md shows the same table). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = Object.freeze({
  admin: new Set<Permission>(PERMISSIONS),
  operator: new Set<Permission>([...EVERYONE, 'keys:own', 'security:read', 'security:write']),
  user: new Set<Permission>([...EVERYONE, 'tools:code', 'keys:own']),
  guest: new Set<Permission>(EVERYONE),
});

/** Whether a string names a role. */
export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** A role's permissions; an unknown role (say, from an old database row) has none. */
export function permissionsOf(role: string): ReadonlySet<Permission> {
  return isRole(role) ? ROLE_PERMISSIONS[role] : new Set();
}
