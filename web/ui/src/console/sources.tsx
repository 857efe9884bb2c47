// Sources: the catalog (built-in and custom sources with their credential
// types), adding a custom source, and the platform apps (whose secrets are
// never shown).
import { useState } from 'preact/hooks';
import { useLoad } from '../lib/load';
import { Dialog, ErrorView, Field, pageConfig, when } from '../lib/ui';
import { useSession } from './app';
import { CatalogQuery, CreateCustomSourceMutation, CreatePlatformAppMutation, PlatformAppsQuery } from './ops';
import { because } from './perm';

export function SourcesPage() {
  const { api, caps } = useSession();
  const catalog = useLoad(() => api.run(CatalogQuery), []);
  const apps = useLoad(() => (caps.read ? api.run(PlatformAppsQuery) : Promise.resolve(null)), []);
  const [dialog, setDialog] = useState<'source' | 'app' | null>(null);
  const why = caps.write ? undefined : because(caps.permission, 'add sources or platform apps');
  const sources = catalog.data?.sources.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="sources-title">
      <div class="page-head">
        <h1 id="sources-title">Sources</h1>
        <button type="button" class="primary" disabled={!caps.write} title={why} onClick={() => setDialog('source')}>
          Add custom source
        </button>
      </div>
      {!caps.write ? <p class="note">{why}</p> : null}
      <ErrorView error={catalog.error} />
      <table class="data">
        <caption class="visually-hidden">Sources</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Key</th>
            <th scope="col">Credential types and fields</th>
            <th scope="col">Verification</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.key} data-source={s.key}>
              <td>{s.name}</td>
              <td>
                <code>{s.key}</code>
              </td>
              <td>
                {s.credentialTypes.map((t) => (
                  <div key={t.key}>
                    <b>{t.name}</b>
                    {t.requiresPlatformApp ? <small> (needs a platform app)</small> : null}
                    {t.hostedOAuth ? <small> (or connected through its consent page)</small> : null}:{' '}
                    {t.fields.map((f) => `${f.label}${f.secret ? ' (secret)' : ''}${f.required ? '' : ' (optional)'}`).join(', ')}
                  </div>
                ))}
              </td>
              <td>
                {s.verification ? (
                  <code>
                    {s.verification.method} {s.verification.baseUrl}
                    {s.verification.path} → {s.verification.identifierPath}
                  </code>
                ) : (
                  'built in'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div class="page-head">
        <h2 id="apps-title">Platform apps</h2>
        <button type="button" disabled={!caps.write} title={why} onClick={() => setDialog('app')}>
          Add platform app
        </button>
      </div>
      {caps.read ? (
        <>
          <ErrorView error={apps.error} />
          <table class="data" aria-labelledby="apps-title">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Source</th>
                <th scope="col">Client id</th>
                <th scope="col">OAuth scopes</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {(apps.data?.platformApps.edges ?? []).map(({ node: a }) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>{a.source.name}</td>
                  <td>
                    <code>{a.clientId}</code>
                  </td>
                  <td>{a.oauthScopes?.length ? <code>{a.oauthScopes.join(' ')}</code> : <span class="hint">the defaults</span>}</td>
                  <td>{when(a.createdTime)}</td>
                </tr>
              ))}
              {apps.data && apps.data.platformApps.edges.length === 0 ? (
                <tr>
                  <td colSpan={5} class="empty">
                    No platform apps yet. Their client secrets are stored encrypted and never shown.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </>
      ) : (
        <p class="note">{because(caps.permission, 'read platform apps')}</p>
      )}
      {dialog === 'source' ? <CustomSourceDialog onClose={() => setDialog(null)} onCreated={catalog.reload} /> : null}
      {dialog === 'app' ? <PlatformAppDialog sources={sources} onClose={() => setDialog(null)} onCreated={apps.reload} /> : null}
    </section>
  );
}

/** A credential field of a custom source being written. */
interface FieldRow {
  name: string;
  label: string;
  secret: boolean;
  required: boolean;
  pattern: string;
}

function CustomSourceDialog(props: { onClose: () => void; onCreated: () => void }) {
  const { api } = useSession();
  const [v, setV] = useState({
    key: '',
    name: '',
    baseUrl: 'https://',
    method: 'GET',
    path: '/',
    placement: 'BEARER',
    field: 'token',
    passwordField: '',
    paramName: '',
    identifierPath: '',
    displayNamePath: '',
  });
  const [fields, setFields] = useState<FieldRow[]>([{ name: 'token', label: 'API token', secret: true, required: true, pattern: '' }]);
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.target as HTMLInputElement).value });
  const text = (label: string, k: keyof typeof v, hint?: string, required = true) => (
    <Field label={label + (required ? '' : ' (optional)')} hint={hint}>
      {(id, hintId) => <input id={id} required={required} aria-describedby={hintId} value={v[k]} onInput={set(k)} />}
    </Field>
  );
  const setField = (i: number, change: Partial<FieldRow>) => setFields(fields.map((f, j) => (i === j ? { ...f, ...change } : f)));
  return (
    <Dialog title="Add custom source" onClose={props.onClose} wide>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await api.run(CreateCustomSourceMutation, {
              input: {
                key: v.key.trim(),
                name: v.name.trim(),
                baseUrl: v.baseUrl.trim(),
                method: v.method,
                path: v.path.trim(),
                placement: v.placement,
                field: v.field.trim(),
                passwordField: v.passwordField.trim() || null,
                paramName: v.paramName.trim() || null,
                identifierPath: v.identifierPath.trim(),
                displayNamePath: v.displayNamePath.trim() || null,
                fields: fields.map((f) => ({ name: f.name.trim(), label: f.label.trim(), secret: f.secret, required: f.required, pattern: f.pattern || null })),
              },
            });
            props.onCreated();
            props.onClose();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <div class="grid2">
          {text('Key', 'key', 'Lower-case letters, digits and dashes, such as “acme-crm”.')}
          {text('Name', 'name')}
        </div>
        <fieldset>
          <legend>Credential fields</legend>
          {fields.map((f, i) => (
            <div class="field-row" key={i}>
              <Field label={`Field ${i + 1} name`}>{(id) => <input id={id} required value={f.name} onInput={(e) => setField(i, { name: (e.target as HTMLInputElement).value })} />}</Field>
              <Field label="Label">{(id) => <input id={id} required value={f.label} onInput={(e) => setField(i, { label: (e.target as HTMLInputElement).value })} />}</Field>
              <Field label="Pattern (optional)">{(id) => <input id={id} value={f.pattern} onInput={(e) => setField(i, { pattern: (e.target as HTMLInputElement).value })} />}</Field>
              <label class="check">
                <input type="checkbox" checked={f.secret} onChange={(e) => setField(i, { secret: (e.target as HTMLInputElement).checked })} /> secret
              </label>
              <label class="check">
                <input type="checkbox" checked={f.required} onChange={(e) => setField(i, { required: (e.target as HTMLInputElement).checked })} /> required
              </label>
              {fields.length > 1 ? (
                <button type="button" onClick={() => setFields(fields.filter((_, j) => j !== i))}>
                  Remove field {i + 1}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" onClick={() => setFields([...fields, { name: '', label: '', secret: false, required: true, pattern: '' }])}>
            Add a field
          </button>
        </fieldset>
        <fieldset>
          <legend>Verification: the protected call that proves the credentials</legend>
          <div class="grid2">
            {text('Base URL', 'baseUrl', 'https:// and a public address.')}
            {text('Path', 'path', 'Such as /v1/me.')}
            <Field label="Method">
              {(id) => (
                <select id={id} value={v.method} onChange={set('method')}>
                  <option>GET</option>
                  <option>POST</option>
                </select>
              )}
            </Field>
            <Field label="Credential placement">
              {(id) => (
                <select id={id} value={v.placement} onChange={set('placement')}>
                  <option value="BEARER">Authorization: Bearer</option>
                  <option value="BASIC">Authorization: Basic</option>
                  <option value="HEADER">a header of its own</option>
                  <option value="QUERY">a query parameter</option>
                </select>
              )}
            </Field>
            {text('Field sent', 'field', 'The credential field the call carries.')}
            {text('Password field', 'passwordField', 'For Basic.', false)}
            {text('Header or parameter name', 'paramName', 'For a header or a query parameter.', false)}
            {text('Identifier path', 'identifierPath', 'Where the account’s id is in the answer, such as data.id.')}
            {text('Display name path', 'displayNamePath', undefined, false)}
          </div>
        </fieldset>
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Add source
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** A source as the platform app dialog needs it. */
interface AppSource {
  key: string;
  name: string;
  credentialTypes: { hostedOAuth?: { defaultScopes: string[] } | null }[];
}

function PlatformAppDialog(props: { sources: AppSource[]; onClose: () => void; onCreated: () => void }) {
  const { api } = useSession();
  const [source, setSource] = useState(props.sources[0]?.key ?? '');
  const [name, setName] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [scopes, setScopes] = useState('');
  const [error, setError] = useState<unknown>(null);
  // Sources with hosted OAuth ask for scopes, and the app must know where
  // their consent page sends the browser back.
  const hosted = props.sources.find((s) => s.key === source)?.credentialTypes.find((t) => t.hostedOAuth)?.hostedOAuth;
  const callback = pageConfig().oauthCallback;
  return (
    <Dialog title="Add platform app" onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            const oauthScopes = hosted && scopes.trim() ? scopes.trim().split(/\s+/) : null;
            await api.run(CreatePlatformAppMutation, { input: { source, name: name.trim(), clientId: clientId.trim(), clientSecret, oauthScopes } });
            setClientSecret('');
            props.onCreated();
            props.onClose();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <Field label="Source">
          {(id) => (
            <select id={id} value={source} onChange={(e) => setSource((e.target as HTMLSelectElement).value)}>
              {props.sources.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Name" hint="Unique per source; you pick the app by it.">
          {(id, hintId) => <input id={id} required aria-describedby={hintId} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />}
        </Field>
        <Field label="Client id">{(id) => <input id={id} required value={clientId} onInput={(e) => setClientId((e.target as HTMLInputElement).value)} />}</Field>
        <Field label="Client secret" hint="Stored encrypted; never shown again.">
          {(id, hintId) => (
            <input id={id} type="password" autocomplete="off" required aria-describedby={hintId} value={clientSecret} onInput={(e) => setClientSecret((e.target as HTMLInputElement).value)} />
          )}
        </Field>
        {hosted && callback ? (
          <>
            <Field label="OAuth scopes" hint={`Separated by spaces; leave empty for ${hosted.defaultScopes.join(' ')}.`}>
              {(id, hintId) => <input id={id} aria-describedby={hintId} value={scopes} onInput={(e) => setScopes((e.target as HTMLInputElement).value)} />}
            </Field>
            <p class="hint">
              End users connect through this app&rsquo;s consent page: register <code>{callback}</code> as its redirect URI.
            </p>
          </>
        ) : null}
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Add app
          </button>
        </div>
      </form>
    </Dialog>
  );
}
