// The widget's operations, checked against schema/latchkey.graphql by
// graphql-codegen: all a connect session's CREDENTIALS_IN_ONLY key needs.
import { graphql } from '../gql';

export const StartQuery = graphql(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }
        }
      }
    }
  }
`);

export const ConnectAccountMutation = graphql(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`);
