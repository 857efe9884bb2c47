/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** New values for an account's changeable fields. */
export type AccountChange = {
  displayName?: string | null | undefined;
  foreignId?: string | null | undefined;
  /** A custom identifier; unique per source in the environment. */
  identifier?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
};

/** The account fields that `remove` can clear. */
export type AccountField =
  | 'DISPLAY_NAME'
  | 'FOREIGN_ID'
  | 'METADATA';

/** What became of a deleted account's credentials at their source. */
export type AccountRevocation =
  /**
   * The source refused to revoke them (it refused the platform app's own
   * credentials, say), or they could not be read; nothing retries it.
   */
  | 'FAILED'
  /** The source offers no way to revoke them (a Stripe secret key, a custom source). */
  | 'NOT_SUPPORTED'
  /**
   * The source could not revoke them now; the revocation is retried in the
   * background for about two days, and an ACCOUNT_REVOKED or
   * ACCOUNT_REVOCATION_FAILED event tells how it ended.
   */
  | 'PENDING'
  /** The source revoked them (or no longer accepted them). */
  | 'REVOKED'
  /** The caller asked not to revoke them (revoke: false). */
  | 'SKIPPED';

/** New values for a key's changeable fields. */
export type AuthAccessChange = {
  description?: string | null | undefined;
  foreignData?: string | null | undefined;
};

/** The key fields that `remove` can clear. */
export type AuthAccessField =
  | 'DESCRIPTION'
  | 'FOREIGN_DATA';

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

/**
 * A connect session: a short-lived key for a frontend's connect widget, bound
 * to one end user.
 */
export type CreateConnectSessionInput = {
  /** The session's lifetime in seconds (1 to 86400). */
  expiresIn?: number | null | undefined;
  /** The end user the session acts for; accounts added with it name this person as their creator. */
  personId: string;
  /** The sources it may add accounts of; all when omitted. */
  sources?: Array<string> | null | undefined;
};

/**
 * A custom HTTP source: any API whose credentials can be checked with one call.
 * Its accounts have one credential type, `default`, with the given fields.
 */
export type CreateCustomSourceInput = {
  /** https:// scheme and host (and optional path prefix) of the API. */
  baseUrl: string;
  displayNamePath?: string | null | undefined;
  /** The credential field to send (the username for BASIC). */
  field: string;
  fields: Array<CredentialFieldInput>;
  /** The dotted path of the identifier in the JSON answer, such as data.id. */
  identifierPath: string;
  /** Lower-case letters, digits, _ and -; not a built-in source's key. */
  key: string;
  /** GET or POST. */
  method?: string | null | undefined;
  name: string;
  /** The header or query parameter name, for HEADER and QUERY. */
  paramName?: string | null | undefined;
  passwordField?: string | null | undefined;
  /** The verify request's path, such as /v1/me. */
  path: string;
  /** BEARER, BASIC, HEADER or QUERY. */
  placement: string;
};

/** A new platform app: the client credentials some credential types need. */
export type CreatePlatformAppInput = {
  clientId: string;
  /** Stored encrypted and never shown again. */
  clientSecret: string;
  /** A name to choose the app by; unique per source. */
  name: string;
  /** The scopes hosted OAuth connects ask for; the credential type's hostedOAuth.defaultScopes when left out. */
  oauthScopes?: Array<string> | null | undefined;
  /** The source's key. */
  source: string;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** The event types to send; every type when omitted or empty. */
  eventTypes?: Array<EventType> | null | undefined;
  /** An https URL on the public internet; events are POSTed to it. */
  url: string;
};

/** CreatorKind is enum for the field kind */
export type CreatorKind =
  | 'API'
  | 'UI';

/** One value of a custom source's credentials. */
export type CredentialFieldInput = {
  label: string;
  name: string;
  pattern?: string | null | undefined;
  required?: boolean | null | undefined;
  secret?: boolean | null | undefined;
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

/** IdentifierKind is enum for the field identifier_kind */
export type IdentifierKind =
  | 'CUSTOM'
  | 'DEFAULT';

/** Where a hosted OAuth connect stands. */
export type OAuthConnectStatus =
  /** The account is connected. */
  | 'DONE'
  /** The browser came back; the code is being exchanged and verified. */
  | 'EXCHANGING'
  /** It was not finished in time. */
  | 'EXPIRED'
  /** It ended without an account; errorCode says why. */
  | 'FAILED'
  /** The end user is at the source's consent page. */
  | 'STARTED'
  /** The connect URL was not opened yet. */
  | 'WAITING';

/** A hosted OAuth connect to start. */
export type StartOAuthConnectInput = {
  /** The credential type to connect; may be left out when the source has one with hosted OAuth. */
  credentialType?: string | null | undefined;
  /** Where to send the browser when the flow fails, with latchkey_status=error, latchkey_error (the code) and latchkey_flow added; as successUrl. */
  errorUrl?: string | null | undefined;
  /** The platform app whose OAuth client to use; may be left out when the source has one in the environment. */
  platformApp?: string | number | null | undefined;
  /** The source's key, such as "xero". */
  source: string;
  /**
   * Where to send the browser when the account is connected, with
   * latchkey_status=success, latchkey_account, latchkey_already_exists and
   * latchkey_flow added to its query (anyone can write such a link: confirm with oauthConnect on your
   * server). An absolute URL on one of the server's allowed origins. Without
   * it, the flow ends on a page that tells the window that opened it (the
   * connect widget) and closes.
   */
  successUrl?: string | null | undefined;
  /** The values the type's hostedOAuth.fields ask for, such as {myShopifyDomain: "shop.myshopify.com"}. */
  values?: Record<string, unknown> | null | undefined;
};

/** VerificationStatus is enum for the field verification_status */
export type VerificationStatus =
  | 'FAILED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** WebhookDeliveryStatus is enum for the field status */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** WebhookEndpointDisabledReason is enum for the field disabled_reason */
export type WebhookEndpointDisabledReason =
  | 'FAILING'
  | 'MANUAL';

export type ConnectStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectStartQuery = { viewer: { permission: AuthAccessPermission, authAccess: { personId: string | null, sources: Array<string> | null, expiresTime: string | null } }, sources: { edges: Array<{ node: { key: string, name: string, credentialTypes: Array<{ key: string, name: string, requiresPlatformApp: boolean, fields: Array<{ name: string, label: string, secret: boolean, required: boolean, pattern: string | null }>, hostedOAuth: { fields: Array<{ name: string, label: string, secret: boolean, required: boolean, pattern: string | null }> } | null }> } }> }, platformApps: { edges: Array<{ node: { id: string, source: { key: string } } }> } };

export type ConnectAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConnectAccountMutation = { createAccount: { alreadyExists: boolean, account: { id: string, identifier: string, source: { key: string, name: string } } } };

export type StartOAuthConnectMutationVariables = Exact<{
  input: StartOAuthConnectInput;
}>;


export type StartOAuthConnectMutation = { startOAuthConnect: { connectUrl: string, oauthConnect: { id: string, status: OAuthConnectStatus, source: string, expiresTime: string } } };

export type OAuthConnectQueryVariables = Exact<{
  id: string | number;
}>;


export type OAuthConnectQuery = { oauthConnect: { id: string, status: OAuthConnectStatus, accountId: string | null, alreadyExists: boolean, errorCode: string | null, expiresTime: string, account: { id: string, identifier: string, source: { key: string, name: string } } | null } | null };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { permission: AuthAccessPermission, environment: { id: string, name: string, slug: string }, authAccess: { id: string, name: string, personId: string | null } } };

export type ConsoleAccountsQueryVariables = Exact<{
  filter?: string | null | undefined;
  sortBy?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleAccountsQuery = { accounts: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, identifier: string, displayName: string | null, isEnabled: boolean, disabledReason: DisabledReason | null, verificationStatus: VerificationStatus, verifiedTime: string | null, verificationError: string | null, createdTime: string, source: { key: string, name: string }, creator: { kind: CreatorKind, personId: string | null, authAccess: { name: string } | null } } }> } };

export type ConsoleAccountQueryVariables = Exact<{
  id: string | number;
  events: string;
}>;


export type ConsoleAccountQuery = { account: { id: string, identifier: string, identifierKind: IdentifierKind, displayName: string | null, externalId: string | null, foreignId: string | null, metadata: Record<string, unknown> | null, isEnabled: boolean, disabledReason: DisabledReason | null, verificationStatus: VerificationStatus, verifiedTime: string | null, verificationError: string | null, createdTime: string, updatedTime: string, credentialType: string, source: { key: string, name: string }, platformApp: { name: string } | null, creator: { kind: CreatorKind, personId: string | null, authAccess: { name: string } | null } } | null, events: { edges: Array<{ node: { id: string, type: EventType, createdTime: string, data: Record<string, unknown> | null, personId: string | null, authAccess: { name: string } | null } }> } };

export type ConsoleCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCatalogQuery = { sources: { edges: Array<{ node: { id: string, key: string, name: string, verification: { baseUrl: string, method: string, path: string, placement: string, identifierPath: string } | null, credentialTypes: Array<{ key: string, name: string, requiresPlatformApp: boolean, fields: Array<{ name: string, label: string, secret: boolean, required: boolean, pattern: string | null }>, hostedOAuth: { defaultScopes: Array<string> } | null }> } }> } };

export type ConsolePlatformAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePlatformAppsQuery = { platformApps: { edges: Array<{ node: { id: string, name: string, clientId: string, oauthScopes: Array<string> | null, createdTime: string, source: { key: string, name: string } } }> } };

export type ConsoleCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConsoleCreateAccountMutation = { createAccount: { alreadyExists: boolean, account: { id: string, identifier: string, source: { name: string } } } };

export type ConsoleVerifyAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleVerifyAccountMutation = { verifyAccount: { account: { id: string, isEnabled: boolean, disabledReason: DisabledReason | null, verificationStatus: VerificationStatus, verifiedTime: string | null, verificationError: string | null } } };

export type ConsoleEnableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnableAccountMutation = { enableAccount: { account: { id: string, isEnabled: boolean, disabledReason: DisabledReason | null } } };

export type ConsoleDisableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableAccountMutation = { disableAccount: { account: { id: string, isEnabled: boolean, disabledReason: DisabledReason | null } } };

export type ConsoleDeleteAccountMutationVariables = Exact<{
  id: string | number;
  revoke?: boolean | null | undefined;
}>;


export type ConsoleDeleteAccountMutation = { deleteAccount: { deletedId: string, revocation: AccountRevocation, revocationError: string | null } };

export type ConsoleUpdateAccountMutationVariables = Exact<{
  id: string | number;
  change?: AccountChange | null | undefined;
  remove?: Array<AccountField> | AccountField | null | undefined;
}>;


export type ConsoleUpdateAccountMutation = { updateAccount: { account: { id: string, identifier: string, displayName: string | null, metadata: Record<string, unknown> | null, foreignId: string | null } } };

export type ConsoleKeysQueryVariables = Exact<{
  filter?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleKeysQuery = { authAccesses: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, foreignId: string | null, foreignData: string | null, token: string, permission: AuthAccessPermission, isEnabled: boolean, lastUsedTime: string | null, expiresTime: string | null, personId: string | null, sources: Array<string> | null, createdTime: string } }> } };

export type ConsoleCreateKeyMutationVariables = Exact<{
  input: CreateAuthAccessInput;
}>;


export type ConsoleCreateKeyMutation = { createAuthAccess: { secretKey: string, authAccess: { id: string, name: string, token: string, permission: AuthAccessPermission } } };

export type ConsoleRotateKeyMutationVariables = Exact<{
  id: string | number;
  gracePeriod?: number | null | undefined;
}>;


export type ConsoleRotateKeyMutation = { rotateAuthAccessSecret: { secretKey: string, previousSecretExpiresTime: string | null, authAccess: { id: string, name: string } } };

export type ConsoleEnableKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnableKeyMutation = { enableAuthAccess: { authAccess: { id: string, isEnabled: boolean } } };

export type ConsoleDisableKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableKeyMutation = { disableAuthAccess: { authAccess: { id: string, isEnabled: boolean } } };

export type ConsoleUpdateKeyMutationVariables = Exact<{
  id: string | number;
  change?: AuthAccessChange | null | undefined;
  remove?: Array<AuthAccessField> | AuthAccessField | null | undefined;
}>;


export type ConsoleUpdateKeyMutation = { updateAuthAccess: { authAccess: { id: string, description: string | null, foreignData: string | null } } };

export type ConsoleCreateConnectSessionMutationVariables = Exact<{
  input: CreateConnectSessionInput;
}>;


export type ConsoleCreateConnectSessionMutation = { createConnectSession: { secretKey: string, expiresTime: string, authAccess: { id: string, name: string, personId: string | null, sources: Array<string> | null } } };

export type ConsoleRecentEventsQueryVariables = Exact<{
  filter?: string | null | undefined;
}>;


export type ConsoleRecentEventsQuery = { events: { edges: Array<{ node: { id: string, type: EventType, subjectId: string, personId: string | null, createdTime: string, data: Record<string, unknown> | null, authAccess: { name: string } | null } }> } };

export type ConsoleEventsSubscriptionVariables = Exact<{
  types?: Array<EventType> | EventType | null | undefined;
}>;


export type ConsoleEventsSubscription = { events: { id: string, type: EventType, subjectId: string, personId: string | null, createdTime: string, data: Record<string, unknown> | null, authAccess: { name: string } | null } };

export type ConsoleCreatePlatformAppMutationVariables = Exact<{
  input: CreatePlatformAppInput;
}>;


export type ConsoleCreatePlatformAppMutation = { createPlatformApp: { platformApp: { id: string, name: string, clientId: string } } };

export type ConsoleCreateCustomSourceMutationVariables = Exact<{
  input: CreateCustomSourceInput;
}>;


export type ConsoleCreateCustomSourceMutation = { createCustomSource: { source: { id: string, key: string, name: string } } };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleWebhookEndpointsQuery = { webhookEndpoints: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, description: string | null, eventTypes: Array<EventType>, isEnabled: boolean, disabledReason: WebhookEndpointDisabledReason | null, failingSince: string | null, previousSecretExpiresTime: string | null, createdTime: string } }> } };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  filter?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleWebhookDeliveriesQuery = { webhookDeliveries: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptTime: string | null, deliveredTime: string | null, createdTime: string, subjectId: string, endpoint: { id: string, url: string }, event: { id: string, type: EventType }, attempts: Array<{ createdTime: string, statusCode: number | null, durationMs: number, error: string | null }> | null } }> } };

export type ConsoleCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type ConsoleCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, webhookEndpoint: { id: string, url: string } } };

export type ConsoleRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  overlap?: number | null | undefined;
}>;


export type ConsoleRotateWebhookSecretMutation = { rotateWebhookEndpointSecret: { secret: string, webhookEndpoint: { id: string, previousSecretExpiresTime: string | null } } };

export type ConsoleEnableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnableWebhookEndpointMutation = { enableWebhookEndpoint: { webhookEndpoint: { id: string, isEnabled: boolean, disabledReason: WebhookEndpointDisabledReason | null } } };

export type ConsoleDisableWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDisableWebhookEndpointMutation = { disableWebhookEndpoint: { webhookEndpoint: { id: string, isEnabled: boolean, disabledReason: WebhookEndpointDisabledReason | null } } };

export type ConsoleDeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { deletedId: string } };

export type ConsoleRedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRedeliverWebhookMutation = { redeliverWebhook: { webhookDelivery: { id: string, status: WebhookDeliveryStatus, nextAttemptTime: string | null } } };

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

export const ConnectStartDocument = new TypedDocumentString(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            fields {
              name
              label
              secret
              required
              pattern
            }
          }
        }
      }
    }
  }
  platformApps(first: 100, orderBy: [{field: CREATED_TIME, direction: ASC}]) {
    edges {
      node {
        id
        source {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectStartQuery, ConnectStartQueryVariables>;
export const ConnectAccountDocument = new TypedDocumentString(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectAccountMutation, ConnectAccountMutationVariables>;
export const StartOAuthConnectDocument = new TypedDocumentString(`
    mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
  startOAuthConnect(input: $input) {
    connectUrl
    oauthConnect {
      id
      status
      source
      expiresTime
    }
  }
}
    `) as unknown as TypedDocumentString<StartOAuthConnectMutation, StartOAuthConnectMutationVariables>;
export const OAuthConnectDocument = new TypedDocumentString(`
    query OAuthConnect($id: ID!) {
  oauthConnect(id: $id) {
    id
    status
    accountId
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
    errorCode
    expiresTime
  }
}
    `) as unknown as TypedDocumentString<OAuthConnectQuery, OAuthConnectQueryVariables>;
export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleAccountsDocument = new TypedDocumentString(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAccountsQuery, ConsoleAccountsQueryVariables>;
export const ConsoleAccountDocument = new TypedDocumentString(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAccountQuery, ConsoleAccountQueryVariables>;
export const ConsoleCatalogDocument = new TypedDocumentString(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            defaultScopes
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCatalogQuery, ConsoleCatalogQueryVariables>;
export const ConsolePlatformAppsDocument = new TypedDocumentString(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        oauthScopes
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePlatformAppsQuery, ConsolePlatformAppsQueryVariables>;
export const ConsoleCreateAccountDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAccountMutation, ConsoleCreateAccountMutationVariables>;
export const ConsoleVerifyAccountDocument = new TypedDocumentString(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleVerifyAccountMutation, ConsoleVerifyAccountMutationVariables>;
export const ConsoleEnableAccountDocument = new TypedDocumentString(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEnableAccountMutation, ConsoleEnableAccountMutationVariables>;
export const ConsoleDisableAccountDocument = new TypedDocumentString(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisableAccountMutation, ConsoleDisableAccountMutationVariables>;
export const ConsoleDeleteAccountDocument = new TypedDocumentString(`
    mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
  deleteAccount(id: $id, revoke: $revoke) {
    deletedId
    revocation
    revocationError
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteAccountMutation, ConsoleDeleteAccountMutationVariables>;
export const ConsoleUpdateAccountDocument = new TypedDocumentString(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateAccountMutation, ConsoleUpdateAccountMutationVariables>;
export const ConsoleKeysDocument = new TypedDocumentString(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleKeysQuery, ConsoleKeysQueryVariables>;
export const ConsoleCreateKeyDocument = new TypedDocumentString(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateKeyMutation, ConsoleCreateKeyMutationVariables>;
export const ConsoleRotateKeyDocument = new TypedDocumentString(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRotateKeyMutation, ConsoleRotateKeyMutationVariables>;
export const ConsoleEnableKeyDocument = new TypedDocumentString(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEnableKeyMutation, ConsoleEnableKeyMutationVariables>;
export const ConsoleDisableKeyDocument = new TypedDocumentString(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisableKeyMutation, ConsoleDisableKeyMutationVariables>;
export const ConsoleUpdateKeyDocument = new TypedDocumentString(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateKeyMutation, ConsoleUpdateKeyMutationVariables>;
export const ConsoleCreateConnectSessionDocument = new TypedDocumentString(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateConnectSessionMutation, ConsoleCreateConnectSessionMutationVariables>;
export const ConsoleRecentEventsDocument = new TypedDocumentString(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecentEventsQuery, ConsoleRecentEventsQueryVariables>;
export const ConsoleEventsDocument = new TypedDocumentString(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEventsSubscription, ConsoleEventsSubscriptionVariables>;
export const ConsoleCreatePlatformAppDocument = new TypedDocumentString(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreatePlatformAppMutation, ConsoleCreatePlatformAppMutationVariables>;
export const ConsoleCreateCustomSourceDocument = new TypedDocumentString(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateCustomSourceMutation, ConsoleCreateCustomSourceMutationVariables>;
export const ConsoleWebhookEndpointsDocument = new TypedDocumentString(`
    query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookEndpoints(
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        url
        description
        eventTypes
        isEnabled
        disabledReason
        failingSince
        previousSecretExpiresTime
        createdTime
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleWebhookDeliveriesDocument = new TypedDocumentString(`
    query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookDeliveries(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        status
        attemptCount
        nextAttemptTime
        deliveredTime
        createdTime
        subjectId
        endpoint {
          id
          url
        }
        event {
          id
          type
        }
        attempts {
          createdTime
          statusCode
          durationMs
          error
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables>;
export const ConsoleRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
  rotateWebhookEndpointSecret(id: $id, overlap: $overlap) {
    secret
    webhookEndpoint {
      id
      previousSecretExpiresTime
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRotateWebhookSecretMutation, ConsoleRotateWebhookSecretMutationVariables>;
export const ConsoleEnableWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEnableWebhookEndpointMutation, ConsoleEnableWebhookEndpointMutationVariables>;
export const ConsoleDisableWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisableWebhookEndpointMutation, ConsoleDisableWebhookEndpointMutationVariables>;
export const ConsoleDeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables>;
export const ConsoleRedeliverWebhookDocument = new TypedDocumentString(`
    mutation ConsoleRedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    webhookDelivery {
      id
      status
      nextAttemptTime
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRedeliverWebhookMutation, ConsoleRedeliverWebhookMutationVariables>;