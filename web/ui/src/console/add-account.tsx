// The Add account dialog, rendered from the source catalog: pick a source
// and a credential type, fill its fields (and a platform app where the type
// needs one), and createAccount verifies them with the source.
import { useState } from 'preact/hooks';
import { ApiError } from '../lib/api';
import { CredentialFields, check, credentialsOf, useCredentialForm } from '../lib/credentials';
import { useLoad } from '../lib/load';
import { Dialog, ErrorView, Field } from '../lib/ui';
import { useSession } from './app';
import { CatalogQuery, CreateAccountMutation, PlatformAppsQuery } from './ops';

export function AddAccountDialog(props: { onClose: () => void; onAdded: () => void }) {
  const { api, caps } = useSession();
  const catalog = useLoad(() => api.run(CatalogQuery), []);
  const apps = useLoad(() => (caps.read ? api.run(PlatformAppsQuery) : Promise.resolve(null)), []);
  const sources = catalog.data?.sources.edges.map((e) => e.node) ?? [];
  const [sourceKey, setSourceKey] = useState('');
  const [typeKey, setTypeKey] = useState('');
  const [appId, setAppId] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [displayName, setDisplayName] = useState('');
  const form = useCredentialForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ identifier: string; source: string; alreadyExists: boolean } | null>(null);

  const source = sources.find((s) => s.key === sourceKey);
  const type = source?.credentialTypes.find((t) => t.key === typeKey) ?? source?.credentialTypes[0];
  const appChoices = (apps.data?.platformApps.edges ?? []).map((e) => e.node).filter((a) => a.source.key === sourceKey);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!source || !type) return;
    const problems = check(type.fields, form.values);
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.run(CreateAccountMutation, {
        input: {
          source: source.key,
          credentialType: type.key,
          credentials: credentialsOf(type.fields, form.values),
          platformApp: type.requiresPlatformApp ? appId || null : null,
          identifier: identifier.trim() || null,
          displayName: displayName.trim() || null,
        },
      });
      form.reset();
      setDone({ identifier: r.createAccount.account.identifier, source: r.createAccount.account.source.name, alreadyExists: r.createAccount.alreadyExists });
      props.onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Dialog title="Account added" onClose={props.onClose}>
        <p role="status" class="success">
          {done.alreadyExists
            ? `${done.source} account ${done.identifier} was already connected; its credentials were refreshed.`
            : `${done.source} account ${done.identifier} was verified and added.`}
        </p>
        <div class="buttons">
          <button type="button" onClick={() => setDone(null)}>
            Add another
          </button>
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Add account" onClose={props.onClose}>
      <ErrorView error={catalog.error} />
      <form onSubmit={submit} noValidate>
        <Field label="Source">
          {(id) => (
            <select
              id={id}
              required
              value={sourceKey}
              onChange={(e) => {
                setSourceKey((e.target as HTMLSelectElement).value);
                setTypeKey('');
                setAppId('');
                form.reset();
              }}
            >
              <option value="">Choose a source…</option>
              {sources.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {source && source.credentialTypes.length > 1 ? (
          <Field label="Credential type">
            {(id) => (
              <select
                id={id}
                value={type?.key}
                onChange={(e) => {
                  setTypeKey((e.target as HTMLSelectElement).value);
                  form.reset();
                }}
              >
                {source.credentialTypes.map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {type?.requiresPlatformApp ? (
          <Field label="Platform app" hint={appChoices.length ? undefined : `No platform app of ${source?.name} yet: add one on the Sources page.`}>
            {(id, hintId) => (
              <select id={id} required aria-describedby={hintId} value={appId} onChange={(e) => setAppId((e.target as HTMLSelectElement).value)}>
                <option value="">Choose an app…</option>
                {appChoices.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {type ? <CredentialFields type={type} values={form.values} problems={form.problems} onInput={form.onInput} /> : null}
        {type ? (
          <>
            <Field label="Identifier (optional)" hint="The source's own id (such as the shop's) when left empty.">
              {(id, hintId) => (
                <input id={id} aria-describedby={hintId} value={identifier} onInput={(e) => setIdentifier((e.target as HTMLInputElement).value)} />
              )}
            </Field>
            <Field label="Display name (optional)">
              {(id) => <input id={id} value={displayName} onInput={(e) => setDisplayName((e.target as HTMLInputElement).value)} />}
            </Field>
          </>
        ) : null}
        {error ? <VerificationFailure error={error} /> : null}
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy || !type}>
            {busy ? 'Verifying…' : 'Verify and add'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** VerificationFailure says in plain words why the source refused, then the API's error. */
function VerificationFailure({ error }: { error: unknown }) {
  const failed = error instanceof ApiError && error.code === 'VERIFICATION_FAILED';
  return (
    <>
      {failed ? <p class="failure">The source refused these credentials, so nothing was stored. Check them and try again.</p> : null}
      <ErrorView error={error} />
    </>
  );
}
