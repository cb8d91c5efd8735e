import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from './permissions.js';
import { isRole, permissionsOf, ROLE_PERMISSIONS, ROLES, type Role } from './roles.js';

/** The table from the security model documentation, written out independently of roles.ts. */
const EXPECTED: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  operator: [
    'chat:use',
    'calendar:own',
    'journal:own',
    'search:use',
    'keys:own',
    'security:read',
    'security:write',
  ],
  user: ['chat:use', 'calendar:own', 'journal:own', 'search:use', 'tools:code', 'keys:own'],
  guest: ['chat:use', 'calendar:own', 'journal:own', 'search:use'],
};

describe('roles', () => {
  it('has exactly the four roles, most powerful first', () => {
    expect(ROLES).toEqual(['admin', 'operator', 'user', 'guest']);
  });

  it('gives admin every permission', () => {
    expect([...permissionsOf('admin')].sort()).toEqual([...PERMISSIONS].sort());
  });

  const matrix = ROLES.flatMap((role) =>
    PERMISSIONS.map((permission) => [role, permission, EXPECTED[role].includes(permission)] as const),
  );
  it.each(matrix)('%s has %s: %s', (role, permission, expected) => {
    expect(permissionsOf(role).has(permission)).toBe(expected);
    expect(ROLE_PERMISSIONS[role].has(permission)).toBe(expected);
  });

  it.each(ROLES)('gives %s no permission outside the table', (role) => {
    expect([...permissionsOf(role)].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it.each([
    'root',
    'Admin',
    'ADMIN',
    ' admin',
    'admin ',
    'superuser',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ])('gives the unknown role %j no permissions', (role) => {
    expect(isRole(role)).toBe(false);
    expect(permissionsOf(role).size).toBe(0);
  });

  it.each([undefined, null, 0, {}, ['admin']])('does not take %j for a role', (value) => {
    expect(isRole(value)).toBe(false);
  });
});
