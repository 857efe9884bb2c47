// The dialogs that make a secret: a new key, a connect session. The
// secret is shown once, with a copy button, and never again.
import { useState } from 'preact/hooks';
import type { AuthAccessPermission } from '../gql/graphql';
import { useLoad } from '../lib/load';
import { Dialog, ErrorView, Field, copy } from '../lib/ui';
import { useSession } from './app';
import { CatalogQuery, CreateConnectSessionMutation, CreateKeyMutation } from './ops';
import { grantable } from './perm';

/**
 * SecretOnce shows a new secret, the only time it is ever shown; warning
 * says so in the secret's own words (an API key's by default).
 */
export function SecretOnce({ secret, warning }: { secret: string; warning?: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div class="secret-once">
      <p class="warning" role="alert">
        {warning ?? 'Copy this secret key now: it is shown only this once. Latchkey keeps only its hash and cannot show it again.'}
      </p>
      <div class="secret-row">
        <code class="secret" data-secret>
          {secret}
        </code>
        <button type="button" onClick={async () => setCopied(await copy(secret))}>
          Copy
        </button>
      </div>
      {copied === true ? <p role="status">Copied to the clipboard.</p> : null}
      {copied === false ? <p role="status">The browser refused the clipboard: select the key and copy it by hand.</p> : null}
    </div>
  );
}

/** The times a rotated-out secret may keep working, as rotations offer them. */
const overlaps = [
  { seconds: 0, label: 'none: the old secret stops now' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86400, label: '1 day' },
  { seconds: 604800, label: '7 days' },
];

/** OverlapField picks how long a rotated-out secret keeps working, in seconds. */
export function OverlapField(props: { label: string; value: number; onChange: (seconds: number) => void }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value))}>
          {overlaps.map((o) => (
            <option key={o.seconds} value={o.seconds}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CreateKeyDialog(props: { onClose: () => void; onCreated: () => void }) {
  const { api, caps } = useSession();
  const levels = grantable(caps.permission);
  const [name, setName] = useState('');
  const [permission, setPermission] = useState<AuthAccessPermission>('READ_ONLY');
  const [description, setDescription] = useState('');
  const [foreignId, setForeignId] = useState('');
  const [expires, setExpires] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (secret) {
    return (
      <Dialog title={`Key ${name} created`} onClose={props.onClose}>
        <SecretOnce secret={secret} />
        <div class="buttons">
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Create key" onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const r = await api.run(CreateKeyMutation, {
              input: {
                name: name.trim(),
                permission,
                description: description.trim() || null,
                foreignId: foreignId.trim() || null,
                expiresTime: expires ? new Date(expires).toISOString() : null,
              },
            });
            setSecret(r.createAuthAccess.secretKey);
            props.onCreated();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Field label="Name" hint="What the key is for, such as “billing service”.">
          {(id, hintId) => <input id={id} required aria-describedby={hintId} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />}
        </Field>
        <Field label="Permission level" hint="A key can never give more than its own level allows.">
          {(id, hintId) => (
            <select id={id} aria-describedby={hintId} value={permission} onChange={(e) => setPermission((e.target as HTMLSelectElement).value as AuthAccessPermission)}>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Description (optional)">
          {(id) => <input id={id} value={description} onInput={(e) => setDescription((e.target as HTMLInputElement).value)} />}
        </Field>
        <Field label="Foreign ID (optional)">
          {(id) => <input id={id} value={foreignId} onInput={(e) => setForeignId((e.target as HTMLInputElement).value)} />}
        </Field>
        <Field label="Expires (optional)">
          {(id) => <input id={id} type="datetime-local" value={expires} onInput={(e) => setExpires((e.target as HTMLInputElement).value)} />}
        </Field>
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy}>
            Create key
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** ConnectSessionDialog makes a connect session: a short-lived key for one end user's widget. */
export function ConnectSessionDialog(props: { onClose: () => void; onCreated: () => void }) {
  const { api } = useSession();
  const catalog = useLoad(() => api.run(CatalogQuery), []);
  const [personId, setPersonId] = useState('');
  const [sources, setSources] = useState<string[]>([]);
  const [minutes, setMinutes] = useState(15);
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<{ secret: string; expires: string } | null>(null);
  if (made) {
    return (
      <Dialog title="Connect session created" onClose={props.onClose}>
        <SecretOnce secret={made.secret} />
        <p>
          Pass it to <code>Latchkey.connect</code> in the end user’s page; it expires at {new Date(made.expires).toLocaleString()}.
        </p>
        <div class="buttons">
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="New connect session" onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            const r = await api.run(CreateConnectSessionMutation, {
              input: { personId: personId.trim(), sources: sources.length ? sources : null, expiresIn: minutes * 60 },
            });
            setMade({ secret: r.createConnectSession.secretKey, expires: r.createConnectSession.expiresTime });
            props.onCreated();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <Field label="Person" hint="Your id of the end user the session acts for.">
          {(id, hintId) => <input id={id} required aria-describedby={hintId} value={personId} onInput={(e) => setPersonId((e.target as HTMLInputElement).value)} />}
        </Field>
        <fieldset>
          <legend>Sources (none checked: all)</legend>
          {(catalog.data?.sources.edges ?? []).map(({ node: s }) => (
            <label key={s.key} class="check">
              <input
                type="checkbox"
                checked={sources.includes(s.key)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  setSources((list) => (on ? [...list, s.key] : list.filter((k) => k !== s.key)));
                }}
              />{' '}
              {s.name}
            </label>
          ))}
        </fieldset>
        <Field label="Expires in (minutes)">
          {(id) => <input id={id} type="number" min={1} max={1440} value={minutes} onInput={(e) => setMinutes(Number((e.target as HTMLInputElement).value))} />}
        </Field>
        <ErrorView error={error ?? catalog.error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Create session
          </button>
        </div>
      </form>
    </Dialog>
  );
}
