// Keys: the environment's API keys and connect sessions; create one (its
// secret shown once), rotate with a grace period, enable or disable, edit
// its description and foreign data.
import { useState } from 'preact/hooks';
import type { ConsoleKeysQuery } from '../gql/graphql';
import { useAction, useLoad } from '../lib/load';
import { Dialog, ErrorView, Field, when } from '../lib/ui';
import { useSession } from './app';
import { ConnectSessionDialog, CreateKeyDialog, OverlapField, SecretOnce } from './key-dialogs';
import { DisableKeyMutation, EnableKeyMutation, KeysQuery, RotateKeyMutation, UpdateKeyMutation } from './ops';
import { Pager, usePosition, variablesOf } from './paging';
import { because } from './perm';

type Key = ConsoleKeysQuery['authAccesses']['edges'][number]['node'];

export function KeysPage() {
  const { api, caps } = useSession();
  const [sessions, setSessions] = useState(false);
  const { position, setPosition, reset } = usePosition();
  const [dialog, setDialog] = useState<'create' | 'session' | null>(null);
  const list = useLoad(
    () => (caps.read ? api.run(KeysQuery, { filter: sessions ? 'personId isNotNull' : 'personId isNull', ...variablesOf(position) }) : Promise.resolve(null)),
    [sessions, position],
  );
  if (!caps.read) {
    return (
      <section>
        <h1>Keys</h1>
        <p class="note">{because(caps.permission, 'read keys')}</p>
      </section>
    );
  }
  const why = caps.write ? undefined : because(caps.permission, 'create or change keys');
  const rows = list.data?.authAccesses.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="keys-title">
      <div class="page-head">
        <h1 id="keys-title">Keys</h1>
        <button type="button" class="primary" disabled={!caps.write} title={why} onClick={() => setDialog('create')}>
          Create key
        </button>
        <button type="button" disabled={!caps.write} title={why} onClick={() => setDialog('session')}>
          New connect session
        </button>
      </div>
      {!caps.write ? <p class="note">{why}</p> : null}
      <div class="tabs" role="group" aria-label="Show">
        <button type="button" aria-pressed={!sessions} onClick={() => (setSessions(false), reset())}>
          API keys
        </button>
        <button type="button" aria-pressed={sessions} onClick={() => (setSessions(true), reset())}>
          Connect sessions
        </button>
      </div>
      <ErrorView error={list.error} />
      <table class="data" aria-busy={list.loading}>
        <caption class="visually-hidden">{sessions ? 'Connect sessions' : 'API keys'}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Level</th>
            <th scope="col">Token</th>
            <th scope="col">Status</th>
            {sessions ? <th scope="col">Person and sources</th> : <th scope="col">Description</th>}
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((k) => (
            <KeyRow key={k.id} k={k} onChange={list.reload} session={sessions} />
          ))}
          {!list.loading && rows.length === 0 ? (
            <tr>
              <td colSpan={8} class="empty">
                No {sessions ? 'connect sessions' : 'keys'} yet.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager label="Keys" info={list.data?.authAccesses.pageInfo} position={position} onMove={setPosition} />
      {dialog === 'create' ? <CreateKeyDialog onClose={() => setDialog(null)} onCreated={list.reload} /> : null}
      {dialog === 'session' ? <ConnectSessionDialog onClose={() => setDialog(null)} onCreated={list.reload} /> : null}
    </section>
  );
}

function KeyRow({ k, onChange, session }: { k: Key; onChange: () => void; session: boolean }) {
  const { api, caps, viewer } = useSession();
  const { busy, error, act } = useAction();
  const [dialog, setDialog] = useState<'rotate' | 'edit' | null>(null);
  const self = k.id === viewer.authAccess.id;
  const why = caps.write ? undefined : because(caps.permission, 'change keys');
  return (
    <tr data-key={k.name}>
      <td>
        {k.name}
        {self ? <small> (this key)</small> : null}
      </td>
      <td>{k.permission}</td>
      <td>
        <code>{k.token}</code>
      </td>
      <td>{k.isEnabled ? <span class="badge ok">enabled</span> : <span class="badge off">disabled</span>}</td>
      {session ? (
        <td>
          {k.personId}
          <small> {k.sources?.join(', ') ?? 'all sources'}</small>
        </td>
      ) : (
        <td>{k.description ?? '—'}</td>
      )}
      <td>{when(k.lastUsedTime)}</td>
      <td>{when(k.expiresTime)}</td>
      <td>
        <div class="actions">
          <button type="button" disabled={busy || !caps.write} title={why} onClick={() => setDialog('rotate')}>
            Rotate
          </button>
          {k.isEnabled ? (
            <button
              type="button"
              disabled={busy || !caps.write || self}
              title={self ? 'You are signed in with this key.' : why}
              onClick={() => act(() => api.run(DisableKeyMutation, { id: k.id }), onChange)}
            >
              Disable
            </button>
          ) : (
            <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(EnableKeyMutation, { id: k.id }), onChange)}>
              Enable
            </button>
          )}
          <button type="button" disabled={busy || !caps.write} title={why} onClick={() => setDialog('edit')}>
            Edit
          </button>
          <ErrorView error={error} />
        </div>
        {dialog === 'rotate' ? <RotateDialog k={k} onClose={() => setDialog(null)} onRotated={onChange} /> : null}
        {dialog === 'edit' ? (
          <EditKeyDialog
            k={k}
            onClose={() => setDialog(null)}
            onSaved={() => {
              setDialog(null);
              onChange();
            }}
          />
        ) : null}
      </td>
    </tr>
  );
}

function RotateDialog(props: { k: Key; onClose: () => void; onRotated: () => void }) {
  const { api, viewer } = useSession();
  const [grace, setGrace] = useState(3600);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<{ key: string; until?: string | null } | null>(null);
  if (secret) {
    return (
      <Dialog title={`New secret of ${props.k.name}`} onClose={props.onClose}>
        <SecretOnce secret={secret.key} />
        <p>{secret.until ? `The previous secret keeps working until ${when(secret.until)}.` : 'The previous secret no longer works.'}</p>
        {props.k.id === viewer.authAccess.id ? <p class="note">This is the key you are signed in with: sign in again with the new secret.</p> : null}
        <div class="buttons">
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={`Rotate ${props.k.name}`} onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            const r = await api.run(RotateKeyMutation, { id: props.k.id, gracePeriod: grace });
            setSecret({ key: r.rotateAuthAccessSecret.secretKey, until: r.rotateAuthAccessSecret.previousSecretExpiresTime });
            props.onRotated();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <p>The key gets a new secret; its id, token, level and name stay.</p>
        <OverlapField label="The previous secret keeps working for" value={grace} onChange={setGrace} />
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy}>
            Rotate
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function EditKeyDialog(props: { k: Key; onClose: () => void; onSaved: () => void }) {
  const { api } = useSession();
  const [description, setDescription] = useState(props.k.description ?? '');
  const [foreignData, setForeignData] = useState(props.k.foreignData ?? '');
  const [error, setError] = useState<unknown>(null);
  return (
    <Dialog title={`Edit ${props.k.name}`} onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const change: { description?: string; foreignData?: string } = {};
          const remove: ('DESCRIPTION' | 'FOREIGN_DATA')[] = [];
          if (description.trim()) change.description = description.trim();
          else if (props.k.description) remove.push('DESCRIPTION');
          if (foreignData.trim()) change.foreignData = foreignData;
          else if (props.k.foreignData) remove.push('FOREIGN_DATA');
          try {
            await api.run(UpdateKeyMutation, { id: props.k.id, change, remove });
            props.onSaved();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <Field label="Description">
          {(id) => <input id={id} value={description} onInput={(e) => setDescription((e.target as HTMLInputElement).value)} />}
        </Field>
        <Field label="Foreign data" hint="Free text your own systems keep with the key.">
          {(id, hintId) => (
            <textarea id={id} aria-describedby={hintId} rows={4} value={foreignData} onInput={(e) => setForeignData((e.target as HTMLTextAreaElement).value)} />
          )}
        </Field>
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
