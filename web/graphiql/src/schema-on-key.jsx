// SchemaOnKey re-fetches the schema when an API key is entered. GraphiQL
// fetches it once, when the page opens, and before a key is in the Headers
// tab the server answers 401, which GraphiQL shows in the result pane;
// GraphiQL does not fetch it again when the headers change, so without
// this the Docs stay empty until its re-fetch button is pressed.
import { useEditorContext, useSchemaStore } from '@graphiql/react';
import { useEffect, useRef } from 'react';

// How long the headers must stay unchanged before the schema is fetched, so
// that a key typed by hand is not sent a character at a time.
const settle = 600;

export function SchemaOnKey() {
  const { headerEditor, responseEditor } = useEditorContext({ nonNull: true });
  const introspect = useSchemaStore((s) => s.introspect);
  const schema = useSchemaStore((s) => s.schema);
  const fetchError = useSchemaStore((s) => s.fetchError);
  const shownError = useRef(null);

  useEffect(() => {
    if (!headerEditor) return undefined;
    let last = null;
    let timer;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const auth = authorization(headerEditor.getValue());
        if (auth && auth !== last) {
          last = auth;
          introspect();
        }
      }, settle);
    };
    headerEditor.on('change', onChange);
    return () => {
      clearTimeout(timer);
      headerEditor.off('change', onChange);
    };
  }, [headerEditor, introspect]);

  // Once the schema loads, the result pane no longer shows why it did not.
  useEffect(() => {
    if (fetchError) shownError.current = fetchError;
  }, [fetchError]);
  useEffect(() => {
    if (schema && responseEditor && shownError.current && responseEditor.getValue() === shownError.current) {
      responseEditor.setValue('');
    }
    if (schema) shownError.current = null;
  }, [schema, responseEditor]);
  return null;
}

// authorization returns the Authorization header of the headers' JSON text
// when it is a bearer token, or null.
function authorization(text) {
  let headers;
  try {
    headers = JSON.parse(text);
  } catch {
    return null;
  }
  if (!headers || typeof headers !== 'object') return null;
  const name = Object.keys(headers).find((k) => k.toLowerCase() === 'authorization');
  const value = name && headers[name];
  return typeof value === 'string' && /^Bearer \S+$/.test(value.trim()) ? value.trim() : null;
}
