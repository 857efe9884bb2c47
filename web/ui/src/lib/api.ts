// Latchkey's own GraphQL API, as the console and the widget call it:
// queries and mutations are POSTed to /graphql, subscriptions run over a
// websocket at the same URL (graphql-transport-ws) with the key in the
// connection_init payload. The key goes in a header or that payload, never
// in a URL.
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';

/** One error as Latchkey answers it: every one has extensions.code. */
export interface ApiErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

/** The errors of a refused or failed operation, shown with their codes. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiErrorEntry[],
  ) {
    super(errors.map((e) => `${code(e)}: ${e.message}`).join('; '));
  }

  /** The first error's code, such as "VERIFICATION_FAILED". */
  get code(): string {
    return this.errors[0] ? code(this.errors[0]) : 'UNKNOWN';
  }
}

function code(e: ApiErrorEntry): string {
  return e.extensions?.code ?? 'UNKNOWN';
}

/** Operation variables: none, or the operation's own. */
type Args<V> = [V] extends [Record<string, never>] ? [] : [V];

/** Api reaches one Latchkey server with one key. */
export class Api {
  readonly http: string;
  private readonly ws: string;
  private socket: Client | undefined;
  private open = false;

  constructor(
    base: string,
    private readonly key: string,
  ) {
    const http = new URL('graphql', base);
    const ws = new URL(http);
    ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
    this.http = http.href;
    this.ws = ws.href;
  }

  /** Runs a query or mutation; it throws ApiError with the server's errors. */
  async run<R, V>(doc: TypedDocumentString<R, V>, ...[variables]: Args<V>): Promise<R> {
    let res: Response;
    try {
      res = await fetch(this.http, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json, application/json',
          Authorization: `Bearer ${this.key}`,
        },
        body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
      });
    } catch {
      throw new ApiError(0, [{ message: 'the server could not be reached', extensions: { code: 'NETWORK' } }]);
    }
    let body: { data?: R | null; errors?: ApiErrorEntry[] };
    try {
      body = await res.json();
    } catch {
      throw new ApiError(res.status, [{ message: `the server answered ${res.status} without a GraphQL body`, extensions: { code: 'HTTP' } }]);
    }
    if (body.errors?.length || body.data == null) {
      throw new ApiError(res.status, body.errors ?? []);
    }
    return body.data;
  }

  /**
   * Subscribes to a subscription; next receives each result, fail the
   * errors that end it, connected is called once the websocket is open and
   * the subscription sent. It returns the function that ends it.
   */
  subscribe<R, V>(
    doc: TypedDocumentString<R, V>,
    variables: V,
    next: (data: R) => void,
    fail: (e: ApiError) => void,
    connected?: () => void,
  ): () => void {
    this.socket ??= createClient({
      url: this.ws,
      connectionParams: { Authorization: `Bearer ${this.key}` },
      lazy: true,
      // A refused key (4401, 4403) stays refused; anything else is retried.
      shouldRetry: (e) => !(e instanceof CloseEvent && (e.code === 4401 || e.code === 4403)),
      retryAttempts: 5,
      on: {
        connected: () => (this.open = true),
        closed: () => (this.open = false),
      },
    });
    let off = () => {};
    if (connected && this.open) setTimeout(connected);
    else if (connected) off = this.socket.on('connected', () => setTimeout(connected));
    const stop = this.socket.subscribe<R>(
      { query: doc.toString(), variables: variables as Record<string, unknown> },
      {
        next: (r) => {
          if (r.errors?.length) fail(new ApiError(200, r.errors as ApiErrorEntry[]));
          else if (r.data) next(r.data as R);
        },
        error: (e) => fail(socketError(e)),
        complete: () => {},
      },
    );
    return () => {
      off();
      stop();
    };
  }

  /** Closes the websocket, if one is open. */
  close(): void {
    void this.socket?.dispose();
    this.socket = undefined;
  }
}

function socketError(e: unknown): ApiError {
  if (Array.isArray(e)) return new ApiError(200, e as ApiErrorEntry[]);
  if (e instanceof CloseEvent) {
    const code = e.code === 4401 ? 'UNAUTHENTICATED' : e.code === 4403 ? 'FORBIDDEN' : 'CLOSED';
    return new ApiError(0, [{ message: e.reason || `the live connection closed (${e.code})`, extensions: { code } }]);
  }
  return new ApiError(0, [{ message: 'the live connection failed', extensions: { code: 'NETWORK' } }]);
}
