// The widget's operations, checked against schema/latchkey.graphql by
// graphql-codegen: all a connect session's CREDENTIALS_IN_ONLY key needs.
import { graphql } from '../gql';

// The platform apps say which sources' hosted OAuth can start here: a
// connect needs one of the source's apps in the environment.
export const StartQuery = graphql(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes {
            key name requiresPlatformApp
            fields { name label secret required pattern }
            hostedOAuth { fields { name label secret required pattern } }
          }
        }
      }
    }
    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }
  }
`);

export const ConnectAccountMutation = graphql(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`);

export const StartOAuthConnectMutation = graphql(`
  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }
  }
`);

export const OAuthConnectQuery = graphql(`
  query OAuthConnect($id: ID!) {
    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }
  }
`);
