// Where GraphiQL keeps its tabs, queries and history: this browser tab's
// sessionStorage, not localStorage, because variables may hold a source's
// credentials; and never any headers, so that an API key is not stored at
// all. GraphiQL itself leaves headers out of its tab state unless told to
// persist them, but its history keeps each query's headers: they are
// removed here, before anything is written.

const namespace = 'graphiql:';
// The entries GraphiQL writes as JSON that may carry headers.
const withHeaders = new Set(['graphiql:tabState', 'graphiql:queries', 'graphiql:favorites']);

// sessionStore returns the Storage GraphiQL's `storage` prop takes, over
// backing (sessionStorage by default).
export function sessionStore(backing = window.sessionStorage) {
  const keys = () => Object.keys(backing).filter((k) => k.startsWith(namespace));
  return {
    getItem: (key) => backing.getItem(key),
    setItem(key, value) {
      if (key === 'graphiql:headers') {
        backing.removeItem(key);
        return;
      }
      const safe = withHeaders.has(key) ? withoutHeaders(value) : value;
      if (safe === null) backing.removeItem(key);
      else backing.setItem(key, safe);
    },
    removeItem: (key) => backing.removeItem(key),
    get length() {
      return keys().length;
    },
    clear() {
      keys().forEach((k) => backing.removeItem(k));
    },
  };
}

// withoutHeaders returns the JSON text with every "headers" value null,
// or null when the text is not JSON (then nothing is stored).
export function withoutHeaders(text) {
  try {
    return JSON.stringify(JSON.parse(text), (key, value) => (key === 'headers' ? null : value));
  } catch {
    return null;
  }
}
