/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n": typeof types.ConnectStartDocument,
    "\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n": typeof types.ConnectAccountDocument,
    "\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n": typeof types.StartOAuthConnectDocument,
    "\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n": typeof types.OAuthConnectDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAccountsDocument,
    "\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n": typeof types.ConsoleAccountDocument,
    "\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCatalogDocument,
    "\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: \"name\") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n": typeof types.ConsolePlatformAppsDocument,
    "\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n": typeof types.ConsoleCreateAccountDocument,
    "\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n": typeof types.ConsoleVerifyAccountDocument,
    "\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n": typeof types.ConsoleEnableAccountDocument,
    "\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n": typeof types.ConsoleDisableAccountDocument,
    "\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n": typeof types.ConsoleDeleteAccountDocument,
    "\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n": typeof types.ConsoleUpdateAccountDocument,
    "\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n": typeof types.ConsoleKeysDocument,
    "\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n": typeof types.ConsoleCreateKeyDocument,
    "\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n": typeof types.ConsoleRotateKeyDocument,
    "\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n": typeof types.ConsoleEnableKeyDocument,
    "\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n": typeof types.ConsoleDisableKeyDocument,
    "\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n": typeof types.ConsoleUpdateKeyDocument,
    "\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n": typeof types.ConsoleCreateConnectSessionDocument,
    "\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n": typeof types.ConsoleRecentEventsDocument,
    "\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n": typeof types.ConsoleEventsDocument,
    "\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n": typeof types.ConsoleCreatePlatformAppDocument,
    "\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n": typeof types.ConsoleCreateCustomSourceDocument,
    "\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n": typeof types.ConsoleWebhookEndpointsDocument,
    "\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n": typeof types.ConsoleCreateWebhookEndpointDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n": typeof types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n": typeof types.ConsoleEnableWebhookEndpointDocument,
    "\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n": typeof types.ConsoleDisableWebhookEndpointDocument,
    "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n": typeof types.ConsoleDeleteWebhookEndpointDocument,
    "\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n": typeof types.ConsoleRedeliverWebhookDocument,
};
const documents: Documents = {
    "\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n": types.ConnectStartDocument,
    "\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n": types.ConnectAccountDocument,
    "\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n": types.StartOAuthConnectDocument,
    "\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n": types.OAuthConnectDocument,
    "\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n": types.ConsoleAccountsDocument,
    "\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n": types.ConsoleAccountDocument,
    "\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n": types.ConsoleCatalogDocument,
    "\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: \"name\") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n": types.ConsolePlatformAppsDocument,
    "\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n": types.ConsoleCreateAccountDocument,
    "\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n": types.ConsoleVerifyAccountDocument,
    "\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n": types.ConsoleEnableAccountDocument,
    "\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n": types.ConsoleDisableAccountDocument,
    "\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n": types.ConsoleDeleteAccountDocument,
    "\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n": types.ConsoleUpdateAccountDocument,
    "\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n": types.ConsoleKeysDocument,
    "\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n": types.ConsoleCreateKeyDocument,
    "\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n": types.ConsoleRotateKeyDocument,
    "\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n": types.ConsoleEnableKeyDocument,
    "\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n": types.ConsoleDisableKeyDocument,
    "\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n": types.ConsoleUpdateKeyDocument,
    "\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n": types.ConsoleCreateConnectSessionDocument,
    "\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n": types.ConsoleRecentEventsDocument,
    "\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n": types.ConsoleEventsDocument,
    "\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n": types.ConsoleCreatePlatformAppDocument,
    "\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n": types.ConsoleCreateCustomSourceDocument,
    "\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n": types.ConsoleWebhookEndpointsDocument,
    "\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n": types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n": types.ConsoleCreateWebhookEndpointDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n": types.ConsoleRotateWebhookSecretDocument,
    "\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n": types.ConsoleEnableWebhookEndpointDocument,
    "\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n": types.ConsoleDisableWebhookEndpointDocument,
    "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n": types.ConsoleDeleteWebhookEndpointDocument,
    "\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n": types.ConsoleRedeliverWebhookDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n"): typeof import('./graphql').ConnectStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n"): typeof import('./graphql').ConnectAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n"): typeof import('./graphql').StartOAuthConnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n"): typeof import('./graphql').OAuthConnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n"): typeof import('./graphql').ConsoleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: \"name\") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n"): typeof import('./graphql').ConsolePlatformAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n"): typeof import('./graphql').ConsoleCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n"): typeof import('./graphql').ConsoleVerifyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n"): typeof import('./graphql').ConsoleEnableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n"): typeof import('./graphql').ConsoleDisableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n"): typeof import('./graphql').ConsoleDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n"): typeof import('./graphql').ConsoleUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n"): typeof import('./graphql').ConsoleCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n"): typeof import('./graphql').ConsoleRotateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n"): typeof import('./graphql').ConsoleEnableKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n"): typeof import('./graphql').ConsoleDisableKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n"): typeof import('./graphql').ConsoleUpdateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n"): typeof import('./graphql').ConsoleCreateConnectSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: \"createdTime:DESC\", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n"): typeof import('./graphql').ConsoleRecentEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n"): typeof import('./graphql').ConsoleEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n"): typeof import('./graphql').ConsoleCreatePlatformAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n"): typeof import('./graphql').ConsoleCreateCustomSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: \"createdTime:DESC\", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n"): typeof import('./graphql').ConsoleCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n"): typeof import('./graphql').ConsoleRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n"): typeof import('./graphql').ConsoleEnableWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n"): typeof import('./graphql').ConsoleDisableWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n"): typeof import('./graphql').ConsoleDeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n"): typeof import('./graphql').ConsoleRedeliverWebhookDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
