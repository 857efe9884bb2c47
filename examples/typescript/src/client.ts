// A minimal typed client of Latchkey's GraphQL API over fetch: execute()
// takes an operation written with graphql() and returns its typed data.
import type { TypedDocumentString } from "./gql/graphql";

/** A GraphQL error as Latchkey sends it: every one has extensions.code. */
export interface LatchkeyError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; fields?: { field: string; message: string }[] };
}

/** The errors of a refused or failed operation. */
export class LatchkeyErrors extends Error {
  constructor(
    readonly status: number,
    readonly errors: LatchkeyError[],
  ) {
    super(errors.map((e) => `${e.extensions.code}: ${e.message}`).join("; "));
  }

  /** The first error's code, such as "NOT_FOUND". */
  get code(): string {
    return this.errors[0]?.extensions.code ?? "";
  }
}

/** Where the API is and the key that reaches it. */
export interface Endpoint {
  url: string;
  secretKey: string;
}

/** Runs one query or mutation and returns its data, or throws LatchkeyErrors. */
export async function execute<TResult, TVariables>(
  endpoint: Endpoint,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch(endpoint.url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json, application/json",
      Authorization: `Bearer ${endpoint.secretKey}`,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: LatchkeyError[] };
  if (body.errors?.length || body.data === undefined) {
    throw new LatchkeyErrors(response.status, body.errors ?? []);
  }
  return body.data;
}
