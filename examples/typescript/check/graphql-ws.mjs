// Drives a Latchkey server with the graphql-ws client, as a browser app or
// a Node.js service would, and prints what happened as JSON:
//
//   node check/graphql-ws.mjs <http://host:port/graphql> <key A> <key B> <wrong key>
//
// 1. A client with a wrong key, then one with none: how many times each
//    connected (graphql-ws retries what it takes for a network problem)
//    and the close code and reason the server gave.
// 2. Twenty clients from this one address, each on its own socket, half
//    with key A and half with key B (two apps behind one address), each
//    subscribed to AUTH_ACCESS_CREATED; then one client with key A running
//    twenty such subscriptions over its one socket: how many sockets were
//    acknowledged and how many subscriptions received the event of a key
//    created after.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [httpURL, keyA, keyB, wrongKey] = process.argv.slice(2);
const wsURL = httpURL.replace(/^http/, "ws");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function client(secretKey, on) {
  return createClient({
    url: wsURL,
    webSocketImpl: WebSocket,
    connectionParams: secretKey ? { Authorization: `Bearer ${secretKey}` } : {},
    retryAttempts: 5,
    retryWait: () => sleep(50),
    shouldRetry: () => true,
    on,
  });
}

async function refused(secretKey) {
  let connecting = 0;
  let closed = null;
  const c = client(secretKey, {
    connecting: () => connecting++,
    closed: (event) => (closed = { code: event.code, reason: event.reason }),
  });
  const error = await new Promise((resolve) => {
    c.subscribe({ query: "subscription { events { type } }" }, {
      next: () => resolve("received data"),
      error: (err) => resolve(err?.reason ?? err?.message ?? String(err)),
      complete: () => resolve("completed"),
    });
  });
  await sleep(1000); // any retry would show in the count by now
  await c.dispose();
  return { connecting, closed, error };
}

// subscribers opens one client per entry of keys, runs perClient
// subscriptions on each, creates a key, and counts the deliveries.
async function subscribers(keys, perClient) {
  const clients = [];
  const acknowledged = [];
  const received = new Set();
  const errors = [];
  keys.forEach((key, i) => {
    let ack;
    acknowledged.push(new Promise((resolve) => (ack = resolve)));
    const c = client(key, { connected: () => ack() });
    for (let j = 0; j < perClient; j++) {
      c.subscribe({ query: "subscription { events(types: [AUTH_ACCESS_CREATED]) { type subjectId } }" }, {
        next: (msg) => (msg.errors ? errors.push(JSON.stringify(msg.errors)) : received.add(`${i}.${j}`)),
        error: (err) => errors.push(err?.reason ?? err?.message ?? String(err)),
        complete: () => {},
      });
    }
    clients.push(c);
  });
  const opened = await Promise.race([
    Promise.all(acknowledged).then(() => keys.length),
    sleep(10000).then(() => -1),
  ]);
  await sleep(500); // the subscriptions start after the acknowledgement
  const made = await fetch(httpURL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${keyA}` },
    body: JSON.stringify({
      query: "mutation { createAuthAccess(input: {name: \"seen\", permission: READ_ONLY}) { authAccess { id } } }",
    }),
  });
  const want = keys.length * perClient;
  for (let waited = 0; received.size < want && waited < 10000; waited += 50) {
    await sleep(50);
  }
  await Promise.all(clients.map((c) => c.dispose()));
  return { opened, received: received.size, errors, mutation: made.status };
}

const result = {
  wrongKey: await refused(wrongKey),
  noKey: await refused(""),
  twentySockets: await subscribers(Array.from({ length: 20 }, (_, i) => (i % 2 ? keyB : keyA)), 1),
  twentyOnOneSocket: await subscribers([keyA], 20),
};
console.log(JSON.stringify(result));
process.exit(0); // without waiting for the timers of the time limits
