/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** AuthAccessPermission is enum for the field permission */
export type AuthAccessPermission =
  | 'CREDENTIALS_IN_ONLY'
  | 'FULL_ACCESS'
  | 'READ_CREDENTIALS_IN'
  | 'READ_ONLY'
  | 'READ_WRITE_NO_CREDENTIALS_OUT';

/** A new account and its credentials. */
export type CreateAccountInput = {
  /** One of the source's credential types, such as "access_token". */
  credentialType: string;
  /** The credential type's fields, as a JSON object; stored encrypted. */
  credentials: Record<string, unknown>;
  displayName?: string | null | undefined;
  /** The caller's own ID for the account. */
  foreignId?: string | null | undefined;
  /** A custom identifier, unique per source in the environment; the source's default identifier (such as Shopify's shop id) when omitted. */
  identifier?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  /** The ID of the platform app to reach the source through; required by credential types that need one. */
  platformApp?: string | number | null | undefined;
  /** Store the account without verifying the credentials (needs a custom identifier and a key that may write). */
  skipVerification?: boolean | null | undefined;
  /** The source's key, such as "shopify". */
  source: string;
};

/** The fields of a new API key. */
export type CreateAuthAccessInput = {
  description?: string | null | undefined;
  /** When set, the key stops working at this time. */
  expiresTime?: string | null | undefined;
  /** Free text kept for the caller, such as JSON. */
  foreignData?: string | null | undefined;
  /** The caller's own ID for the key; unique in the environment. */
  foreignId?: string | null | undefined;
  /** A name that says what the key is for. */
  name: string;
  /** The key's level; at most the caller's own. */
  permission: AuthAccessPermission;
};

/** DisabledReason is enum for the field disabled_reason */
export type DisabledReason =
  | 'CREDENTIALS_EXPIRED'
  | 'CREDENTIALS_REVOKED'
  | 'MANUAL';

/** EventType is enum for the field type */
export type EventType =
  | 'ACCOUNT_ADDED'
  | 'ACCOUNT_CREDENTIALS_REFRESHED'
  | 'ACCOUNT_CREDENTIALS_REVEALED'
  | 'ACCOUNT_DELETED'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_ENABLED'
  | 'ACCOUNT_RECOVERED'
  | 'ACCOUNT_REVOCATION_FAILED'
  | 'ACCOUNT_REVOKED'
  | 'ACCOUNT_UPDATED'
  | 'ACCOUNT_VERIFICATION_FAILED'
  | 'ACCOUNT_VERIFIED'
  | 'AUTH_ACCESS_CREATED'
  | 'AUTH_ACCESS_DISABLED'
  | 'AUTH_ACCESS_ENABLED'
  | 'AUTH_ACCESS_SECRET_ROTATED'
  | 'AUTH_ACCESS_UPDATED'
  | 'OAUTH_CONNECT_FAILED'
  | 'OAUTH_CONNECT_STARTED'
  | 'PLATFORM_APP_CREATED'
  | 'SOURCE_CREATED'
  | 'WEBHOOK_DELIVERY_REDELIVERED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_DELETED'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WEBHOOK_ENDPOINT_ENABLED'
  | 'WEBHOOK_ENDPOINT_SECRET_ROTATED'
  | 'WEBHOOK_ENDPOINT_UPDATED';

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { alreadyExists: boolean, account: { id: string, identifier: string, isEnabled: boolean, metadata: Record<string, unknown> | null, createdTime: string, source: { key: string } } } };

export type AccountsQueryVariables = Exact<{
  filter?: string | null | undefined;
  sortBy?: string | null | undefined;
  limit?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, identifier: string, displayName: string | null, isEnabled: boolean, disabledReason: DisabledReason | null, createdTime: string } }> } };

export type CreateAuthAccessMutationVariables = Exact<{
  input: CreateAuthAccessInput;
}>;


export type CreateAuthAccessMutation = { createAuthAccess: { secretKey: string, authAccess: { id: string, token: string, permission: AuthAccessPermission, foreignId: string | null, expiresTime: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { permission: AuthAccessPermission, environment: { slug: string }, authAccess: { id: string, name: string } } };

export type AccountEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountEventsSubscription = { events: { type: EventType, subjectId: string, createdTime: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      isEnabled
      metadata
      createdTime
      source {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {
  accounts(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        createdTime
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAuthAccessDocument = new TypedDocumentString(`
    mutation CreateAuthAccess($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      token
      permission
      foreignId
      expiresTime
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAuthAccessMutation, CreateAuthAccessMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    permission
    environment {
      slug
    }
    authAccess {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AccountEventsDocument = new TypedDocumentString(`
    subscription AccountEvents {
  events(types: [ACCOUNT_ADDED, ACCOUNT_DELETED]) {
    type
    subjectId
    createdTime
  }
}
    `) as unknown as TypedDocumentString<AccountEventsSubscription, AccountEventsSubscriptionVariables>;