// What a key's permission level lets the console offer. The server
// enforces every rule (internal/policy); this only hides or disables what
// would be refused, and says why.
import type { AuthAccessPermission } from '../gql/graphql';

/** The capabilities of a permission level, as docs/permissions.md lists them. */
export interface Caps {
  permission: AuthAccessPermission;
  /** Reading every non-secret field: accounts, keys, events, apps. */
  read: boolean;
  /** Adding accounts (createAccount). */
  addAccounts: boolean;
  /** Changing accounts, keys, sources and apps. */
  write: boolean;
}

/** capsOf returns what a key of the given level may do. */
export function capsOf(permission: AuthAccessPermission): Caps {
  const read = permission !== 'CREDENTIALS_IN_ONLY';
  const write = permission === 'READ_WRITE_NO_CREDENTIALS_OUT' || permission === 'FULL_ACCESS';
  return { permission, read, write, addAccounts: permission !== 'READ_ONLY' };
}

/** The levels in order, lowest first. */
export const levels: AuthAccessPermission[] = [
  'CREDENTIALS_IN_ONLY',
  'READ_ONLY',
  'READ_CREDENTIALS_IN',
  'READ_WRITE_NO_CREDENTIALS_OUT',
  'FULL_ACCESS',
];

/**
 * grantable returns the levels a key of level may give a new key: none
 * above its own capabilities (only FULL_ACCESS may create FULL_ACCESS).
 */
export function grantable(level: AuthAccessPermission): AuthAccessPermission[] {
  if (level === 'FULL_ACCESS') return levels;
  if (level === 'READ_WRITE_NO_CREDENTIALS_OUT') return levels.filter((l) => l !== 'FULL_ACCESS');
  return [];
}

/** because says why an action is not offered to a key of level. */
export function because(level: AuthAccessPermission, what: string): string {
  return `Your key's level, ${level}, may not ${what}.`;
}
