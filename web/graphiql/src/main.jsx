// GraphiQL as Latchkey serves it at /. The server puts its settings in the
// data-config attribute of #graphiql (the page has no inline script):
// whether it answers introspection, and the nonce that lets style elements
// pass the page's Content-Security-Policy (GraphiQL's dialogs add one, to
// stop the page scrolling under them, through react-style-singleton, which
// takes the nonce from get-nonce).
import { setNonce } from 'get-nonce';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { createFetcher, endpoints } from './fetcher.js';
import { intro } from './intro.js';
import { SchemaOnKey } from './schema-on-key.jsx';
import { sessionStore } from './storage.js';
import './style.css';

const root = document.getElementById('graphiql');
const config = { introspection: true, ...JSON.parse(root.dataset.config || '{}') };
if (config.styleNonce) setNonce(config.styleNonce);
const fetcher = createFetcher(endpoints(document.baseURI));

createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={intro(config.introspection)}
    defaultEditorToolsVisibility="headers"
    shouldPersistHeaders={false}
    showPersistHeadersSettings={false}
    storage={sessionStore()}
    // null tells GraphiQL not to introspect; undefined, to fetch the schema.
    schema={config.introspection ? undefined : null}
  >
    <GraphiQL.Logo>Latchkey</GraphiQL.Logo>
    {config.introspection && (
      <GraphiQL.Footer>
        <SchemaOnKey />
      </GraphiQL.Footer>
    )}
  </GraphiQL>,
);
