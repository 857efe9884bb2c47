// What a typed client looks like: edges and nodes are never null, so a
// page is walked without optional chaining; scalars arrive as mapped in
// codegen.yml (Time and Cursor as strings, Map as an object).
import { execute, LatchkeyErrors, type Endpoint } from "./client";
import { createClient } from "graphql-ws";
import type { AccountEventsSubscription, AccountsQuery } from "./gql/graphql";
import { AccountEvents, Accounts, CreateAccount, Viewer } from "./operations";

/** Returns the identifiers of every enabled account, newest first. */
export async function enabledIdentifiers(endpoint: Endpoint): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { accounts }: AccountsQuery = await execute(endpoint, Accounts, {
      filter: "isEnabled = true",
      sortBy: "createdTime:DESC",
      limit: 100,
      after,
    });
    out.push(...accounts.edges.map((edge) => edge.node.identifier));
    if (!accounts.pageInfo.hasNextPage) {
      return out;
    }
    after = accounts.pageInfo.endCursor ?? null;
  }
}

/** Adds a Stripe account, or finds the one its credentials belong to. */
export async function addStripeAccount(endpoint: Endpoint, secretKey: string): Promise<string> {
  try {
    const { createAccount } = await execute(endpoint, CreateAccount, {
      input: { source: "stripe", credentialType: "secret_key", credentials: { secretKey } },
    });
    const created: Date = new Date(createAccount.account.createdTime);
    console.log(`${createAccount.account.identifier} since ${created.toISOString()}`);
    return createAccount.account.id;
  } catch (err) {
    if (err instanceof LatchkeyErrors && err.code === "VERIFICATION_FAILED") {
      throw new Error(`Stripe refused the key: ${err.message}`);
    }
    throw err;
  }
}

/** Names the key in use and its permission. */
export async function whoAmI(endpoint: Endpoint): Promise<string> {
  const { viewer } = await execute(endpoint, Viewer);
  return `${viewer.authAccess.name} (${viewer.permission}) in ${viewer.environment.slug}`;
}

/** Calls onEvent with each account added or deleted, until the returned function is called. */
export function watchAccounts(
  wsURL: string,
  secretKey: string,
  onEvent: (event: AccountEventsSubscription["events"]) => void,
): () => void {
  const client = createClient({ url: wsURL, connectionParams: { Authorization: `Bearer ${secretKey}` } });
  const stop = client.subscribe<AccountEventsSubscription>(
    { query: AccountEvents.toString() },
    {
      next: ({ data }) => data && onEvent(data.events),
      error: (err) => console.error("the subscription ended:", err),
      complete: () => {},
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
