// The operations of the example, typed by graphql-codegen (src/gql/).
import { graphql } from "./gql";

export const CreateAccount = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      alreadyExists
      account { id identifier isEnabled metadata createdTime source { key } }
    }
  }
`);

export const Accounts = graphql(`
  query Accounts($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {
    accounts(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id identifier displayName isEnabled disabledReason createdTime } }
    }
  }
`);

export const CreateAuthAccess = graphql(`
  mutation CreateAuthAccess($input: CreateAuthAccessInput!) {
    createAuthAccess(input: $input) {
      secretKey
      authAccess { id token permission foreignId expiresTime }
    }
  }
`);

export const Viewer = graphql(`
  query Viewer {
    viewer { permission environment { slug } authAccess { id name } }
  }
`);

export const AccountEvents = graphql(`
  subscription AccountEvents {
    events(types: [ACCOUNT_ADDED, ACCOUNT_DELETED]) { type subjectId createdTime }
  }
`);
