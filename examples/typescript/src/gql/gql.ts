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
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      alreadyExists\n      account { id identifier isEnabled metadata createdTime source { key } }\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  query Accounts($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id identifier displayName isEnabled disabledReason createdTime } }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAuthAccess($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) {\n      secretKey\n      authAccess { id token permission foreignId expiresTime }\n    }\n  }\n": typeof types.CreateAuthAccessDocument,
    "\n  query Viewer {\n    viewer { permission environment { slug } authAccess { id name } }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription AccountEvents {\n    events(types: [ACCOUNT_ADDED, ACCOUNT_DELETED]) { type subjectId createdTime }\n  }\n": typeof types.AccountEventsDocument,
};
const documents: Documents = {
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      alreadyExists\n      account { id identifier isEnabled metadata createdTime source { key } }\n    }\n  }\n": types.CreateAccountDocument,
    "\n  query Accounts($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id identifier displayName isEnabled disabledReason createdTime } }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAuthAccess($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) {\n      secretKey\n      authAccess { id token permission foreignId expiresTime }\n    }\n  }\n": types.CreateAuthAccessDocument,
    "\n  query Viewer {\n    viewer { permission environment { slug } authAccess { id name } }\n  }\n": types.ViewerDocument,
    "\n  subscription AccountEvents {\n    events(types: [ACCOUNT_ADDED, ACCOUNT_DELETED]) { type subjectId createdTime }\n  }\n": types.AccountEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      alreadyExists\n      account { id identifier isEnabled metadata createdTime source { key } }\n    }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id identifier displayName isEnabled disabledReason createdTime } }\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuthAccess($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) {\n      secretKey\n      authAccess { id token permission foreignId expiresTime }\n    }\n  }\n"): typeof import('./graphql').CreateAuthAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { permission environment { slug } authAccess { id name } }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountEvents {\n    events(types: [ACCOUNT_ADDED, ACCOUNT_DELETED]) { type subjectId createdTime }\n  }\n"): typeof import('./graphql').AccountEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
