// The console's operations, checked against schema/latchkey.graphql by
// graphql-codegen (npm run generate writes their types to src/gql).
import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      permission
      environment { id name slug }
      authAccess { id name personId }
    }
  }
`);

export const AccountsQuery = graphql(`
  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id identifier displayName isEnabled disabledReason
          verificationStatus verifiedTime verificationError createdTime
          source { key name }
          creator { kind personId authAccess { name } }
        }
      }
    }
  }
`);

export const AccountQuery = graphql(`
  query ConsoleAccount($id: ID!, $events: String!) {
    account(id: $id) {
      id identifier identifierKind displayName externalId foreignId metadata
      isEnabled disabledReason verificationStatus verifiedTime verificationError
      createdTime updatedTime credentialType
      source { key name }
      platformApp { name }
      creator { kind personId authAccess { name } }
    }
    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type createdTime data personId authAccess { name } } }
    }
  }
`);

export const CatalogQuery = graphql(`
  query ConsoleCatalog {
    sources(first: 100) {
      edges {
        node {
          id key name
          verification { baseUrl method path placement identifierPath }
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }
        }
      }
    }
  }
`);

export const PlatformAppsQuery = graphql(`
  query ConsolePlatformApps {
    platformApps(first: 100, sortBy: "name") {
      edges { node { id name clientId oauthScopes createdTime source { key name } } }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation ConsoleCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }
  }
`);

export const VerifyAccountMutation = graphql(`
  mutation ConsoleVerifyAccount($id: ID!) {
    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }
  }
`);

export const EnableAccountMutation = graphql(`
  mutation ConsoleEnableAccount($id: ID!) {
    enableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`);

export const DisableAccountMutation = graphql(`
  mutation ConsoleDisableAccount($id: ID!) {
    disableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }
  }
`);

export const KeysQuery = graphql(`
  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id name description foreignId foreignData token permission isEnabled
          lastUsedTime expiresTime personId sources createdTime
        }
      }
    }
  }
`);

export const CreateKeyMutation = graphql(`
  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }
  }
`);

export const RotateKeyMutation = graphql(`
  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }
  }
`);

export const EnableKeyMutation = graphql(`
  mutation ConsoleEnableKey($id: ID!) {
    enableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`);

export const DisableKeyMutation = graphql(`
  mutation ConsoleDisableKey($id: ID!) {
    disableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`);

export const UpdateKeyMutation = graphql(`
  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }
  }
`);

export const CreateConnectSessionMutation = graphql(`
  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }
  }
`);

export const RecentEventsQuery = graphql(`
  query ConsoleRecentEvents($filter: String) {
    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type subjectId personId createdTime data authAccess { name } } }
    }
  }
`);

export const EventsSubscription = graphql(`
  subscription ConsoleEvents($types: [EventType!]) {
    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }
  }
`);

export const CreatePlatformAppMutation = graphql(`
  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
    createPlatformApp(input: $input) { platformApp { id name clientId } }
  }
`);

export const CreateCustomSourceMutation = graphql(`
  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
    createCustomSource(input: $input) { source { id key name } }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId
          endpoint { id url }
          event { id type }
          attempts { createdTime statusCode durationMs error }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }
  }
`);

export const EnableWebhookEndpointMutation = graphql(`
  mutation ConsoleEnableWebhookEndpoint($id: ID!) {
    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }
  }
`);

export const DisableWebhookEndpointMutation = graphql(`
  mutation ConsoleDisableWebhookEndpoint($id: ID!) {
    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) { deletedId }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation ConsoleRedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }
  }
`);
