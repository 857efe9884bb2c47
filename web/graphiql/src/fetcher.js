// The fetcher GraphiQL runs every operation through: queries and mutations
// are POSTed to /graphql, subscriptions go over a websocket to the same URL
// with the graphql-transport-ws protocol. The headers of the Headers tab go
// with each POST, and as the connection_init payload of the websocket,
// which is where the server reads a browser's Authorization from (browsers
// cannot set headers on a websocket handshake). They never go into a URL.
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';

// endpoints returns /graphql's URLs next to the page at base (document's
// base URI), so the page also works behind a proxy that serves it under a
// path of its own: http(s) for POSTs, ws(s) for subscriptions.
export function endpoints(base) {
  const http = new URL('graphql', base);
  const ws = new URL(http);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: http.href, ws: ws.href };
}

// createFetcher returns a GraphiQL fetcher for the given endpoints.
export function createFetcher({ http, ws }) {
  const sockets = socketsFor(ws);
  return (params, opts = {}) => {
    const headers = opts.headers ?? {};
    if (isSubscription(params)) {
      return subscribe(sockets(headers), params);
    }
    return post(http, params, headers);
  };
}

// isSubscription reports whether the operation to run is a subscription,
// from the document that will be sent (GraphiQL's own parse of the editor
// lags behind it by a moment).
function isSubscription(params) {
  let document;
  try {
    document = parse(params.query);
  } catch {
    return false; // the server says what is wrong with it
  }
  const op = getOperationAST(document, params.operationName ?? undefined);
  return op?.operation === 'subscription';
}

async function post(url, params, headers) {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json');
  h.set('Accept', 'application/graphql-response+json, application/json');
  const res = await fetch(url, { method: 'POST', headers: h, body: JSON.stringify(params) });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: the answer is not JSON`, extensions: { body: text.slice(0, 500) } }] };
  }
}

// socketsFor returns a function giving the websocket client for a set of
// headers: one at a time, opened when a subscription needs it, replaced
// (and closed) when the headers change, since a socket is authenticated
// once, by its connection_init.
function socketsFor(url) {
  let current = null;
  return (headers) => {
    const key = JSON.stringify(headers);
    if (current?.key !== key) {
      current?.client.dispose();
      current = {
        key,
        client: createClient({ url, connectionParams: headers, lazy: true, retryAttempts: 0 }),
      };
    }
    return current.client;
  };
}

// subscribe returns the subscription as the observable GraphiQL expects.
// A refusal (the socket closed, say with 4401 for a missing key) shows in
// the result pane as a GraphQL error.
function subscribe(client, params) {
  return {
    subscribe(observer) {
      const fail = (errors) => {
        observer.next({ errors });
        observer.complete();
      };
      const unsubscribe = client.subscribe(params, {
        next: (result) => observer.next(result),
        complete: () => observer.complete(),
        error: (err) => {
          if (Array.isArray(err)) fail(err);
          else if (err && typeof err.code === 'number') fail([{ message: `the websocket closed (${err.code}): ${err.reason || 'no reason given'}` }]);
          else fail([{ message: `the websocket failed: ${err?.message ?? 'could not connect'}` }]);
        },
      });
      return { unsubscribe };
    },
  };
}
