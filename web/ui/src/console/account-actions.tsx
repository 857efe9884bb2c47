// An account's actions: verify, enable or disable, edit, delete (after a
// confirmation). Each says why when the key's level cannot do it.
import { useState } from 'preact/hooks';
import type { AccountRevocation } from '../gql/graphql';
import { useAction } from '../lib/load';
import { Dialog, ErrorView, Field } from '../lib/ui';
import { useSession } from './app';
import {
  DeleteAccountMutation,
  DisableAccountMutation,
  EnableAccountMutation,
  UpdateAccountMutation,
  VerifyAccountMutation,
} from './ops';
import { because } from './perm';

/** The fields of an account its actions need. */
export interface ActionTarget {
  id: string;
  identifier: string;
  isEnabled: boolean;
  displayName?: string | null;
  foreignId?: string | null;
  metadata?: Record<string, unknown> | null;
}

export function AccountActions(props: { account: ActionTarget; onChange: () => void; onDeleted?: () => void }) {
  const { api, caps } = useSession();
  const a = props.account;
  const { busy, error, act } = useAction();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [revoke, setRevoke] = useState(true);
  const [deleted, setDeleted] = useState<{ revocation: AccountRevocation; revocationError?: string | null } | null>(null);
  const why = caps.write ? undefined : because(caps.permission, 'change accounts');
  return (
    <div class="actions">
      <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(VerifyAccountMutation, { id: a.id }), props.onChange)}>
        Verify
      </button>
      {a.isEnabled ? (
        <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(DisableAccountMutation, { id: a.id }), props.onChange)}>
          Disable
        </button>
      ) : (
        <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(EnableAccountMutation, { id: a.id }), props.onChange)}>
          Enable
        </button>
      )}
      <button type="button" disabled={busy || !caps.write} title={why} onClick={() => setDialog('edit')}>
        Edit
      </button>
      <button type="button" class="danger" disabled={busy || !caps.write} title={why} onClick={() => setDialog('delete')}>
        Delete
      </button>
      <ErrorView error={error} />
      {dialog === 'edit' ? (
        <EditAccountDialog
          account={a}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            props.onChange();
          }}
        />
      ) : null}
      {dialog === 'delete' && deleted ? (
        <Dialog
          title={`${a.identifier} is deleted`}
          onClose={() => {
            setDialog(null);
            (props.onDeleted ?? props.onChange)();
          }}
        >
          <p role="status">{revocationWords(deleted.revocation, deleted.revocationError)}</p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setDialog(null);
                (props.onDeleted ?? props.onChange)();
              }}
            >
              Done
            </button>
          </div>
        </Dialog>
      ) : dialog === 'delete' ? (
        <Dialog title={`Delete ${a.identifier}?`} onClose={() => setDialog(null)}>
          <p>The account and its stored credentials are deleted for good. Its events stay.</p>
          <label class="check">
            <input type="checkbox" checked={revoke} onChange={(e) => setRevoke((e.target as HTMLInputElement).checked)} /> First revoke the
            credentials at the source, where it offers that (the account is deleted either way)
          </label>
          <div class="buttons">
            <button type="button" onClick={() => setDialog(null)}>
              Cancel
            </button>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() =>
                act(
                  async () => setDeleted((await api.run(DeleteAccountMutation, { id: a.id, revoke })).deleteAccount),
                  () => {},
                )
              }
            >
              Delete account
            </button>
          </div>
          <ErrorView error={error} />
        </Dialog>
      ) : null}
    </div>
  );
}

/** revocationWords says what became of a deleted account's credentials at their source. */
function revocationWords(r: AccountRevocation, reason?: string | null): string {
  switch (r) {
    case 'REVOKED':
      return 'Its credentials were revoked at the source.';
    case 'PENDING':
      return `The source could not revoke its credentials now (${reason ?? 'no answer'}); Latchkey retries for about two days, and the events tell how it ends.`;
    case 'FAILED':
      return `The source did not revoke its credentials (${reason ?? 'refused'}): revoke them there yourself.`;
    case 'NOT_SUPPORTED':
      return 'The source offers no way to revoke its credentials: revoke them there yourself if they must stop working.';
    default:
      return 'Its credentials were not revoked at the source, as asked.';
  }
}

/** EditAccountDialog changes an account's display name, identifier, foreignId and metadata. */
function EditAccountDialog(props: { account: ActionTarget; onClose: () => void; onSaved: () => void }) {
  const { api } = useSession();
  const a = props.account;
  const [identifier, setIdentifier] = useState(a.identifier);
  const [displayName, setDisplayName] = useState(a.displayName ?? '');
  const [foreignId, setForeignId] = useState(a.foreignId ?? '');
  const [metadata, setMetadata] = useState(a.metadata ? JSON.stringify(a.metadata, null, 2) : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    let meta: Record<string, unknown> | undefined;
    if (metadata.trim()) {
      try {
        meta = JSON.parse(metadata);
      } catch {
        setError(new Error('Metadata is not valid JSON.'));
        return;
      }
      if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
        setError(new Error('Metadata must be a JSON object, such as {"plan": "pro"}.'));
        return;
      }
    }
    const change: Record<string, unknown> = {};
    const remove: ('DISPLAY_NAME' | 'FOREIGN_ID' | 'METADATA')[] = [];
    if (identifier.trim() !== a.identifier) change.identifier = identifier.trim();
    if (displayName.trim()) change.displayName = displayName.trim();
    else if (a.displayName) remove.push('DISPLAY_NAME');
    if (foreignId.trim()) change.foreignId = foreignId.trim();
    else if (a.foreignId) remove.push('FOREIGN_ID');
    if (meta) change.metadata = meta;
    else if (a.metadata) remove.push('METADATA');
    setBusy(true);
    try {
      await api.run(UpdateAccountMutation, { id: a.id, change, remove });
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const text = (label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <input id={id} aria-describedby={hintId} value={value} onInput={(e) => set((e.target as HTMLInputElement).value)} />
      )}
    </Field>
  );
  return (
    <Dialog title={`Edit ${a.identifier}`} onClose={props.onClose}>
      <form onSubmit={save}>
        {text('Identifier', identifier, setIdentifier, 'Unique per source in this environment.')}
        {text('Display name', displayName, setDisplayName)}
        {text('Foreign ID', foreignId, setForeignId, 'Your own system’s id for this account.')}
        <Field label="Metadata (JSON object)">
          {(id) => (
            <textarea id={id} rows={5} spellcheck={false} value={metadata} onInput={(e) => setMetadata((e.target as HTMLTextAreaElement).value)} />
          )}
        </Field>
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
