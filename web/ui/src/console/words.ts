// Plain words for the API's enums, as the console shows them.
import type { DisabledReason, VerificationStatus } from '../gql/graphql';

/** disabledWords says why an account is disabled. */
export function disabledWords(reason: DisabledReason | null | undefined): string {
  switch (reason) {
    case 'MANUAL':
      return 'disabled by hand';
    case 'CREDENTIALS_REVOKED':
      return 'credentials revoked at the source';
    case 'CREDENTIALS_EXPIRED':
      return 'credentials expired';
    default:
      return 'disabled';
  }
}

/** verificationWords names a verification status. */
export function verificationWords(status: VerificationStatus): string {
  return status === 'VERIFIED' ? 'verified' : status === 'FAILED' ? 'failed' : 'not verified';
}

/** creatorWords names who created an object: an API key or a person. */
export function creatorWords(c: { kind: string; personId?: string | null; authAccess?: { name: string } | null }): string {
  if (c.kind === 'UI') return c.personId ? `person ${c.personId}` : 'a person';
  return c.authAccess ? `key ${c.authAccess.name}` : 'an API key';
}
