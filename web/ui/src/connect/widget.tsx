// The widget itself: choose a source, fill its credential form, add the
// account with the connect session's key; progress, success and failure in
// plain words, with a retry. Focus stays inside; Escape closes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConnectStartQuery } from '../gql/graphql';
import { Api, ApiError } from '../lib/api';
import { CredentialFields, check, credentialsOf, useCredentialForm } from '../lib/credentials';
import { useLoad } from '../lib/load';
import { ErrorView } from '../lib/ui';
import { ConnectAccountMutation, StartQuery } from './ops';
import type { FrameMessage } from './protocol';

type Source = ConnectStartQuery['sources']['edges'][number]['node'];

type Step =
  | { name: 'form' }
  | { name: 'sending' }
  | { name: 'added'; source: string; identifier: string; alreadyExists: boolean }
  | { name: 'failed'; error: unknown };

export function Widget(props: { sessionKey: string; only?: string[]; send: (m: FrameMessage) => void }) {
  const api = useRef(new Api(document.baseURI, props.sessionKey)).current;
  const start = useLoad(() => api.run(StartQuery), []);
  const [sourceKey, setSourceKey] = useState('');
  const [step, setStep] = useState<Step>({ name: 'form' });
  const form = useCredentialForm();
  const box = useRef<HTMLElement>(null);
  const close = () => props.send({ latchkey: 'close' });

  useFocusTrap(box, close);
  // Only a connect session's key may open the widget: a key of a higher
  // level in an end user's page is a mistake the host must hear of.
  const refusal = start.error
    ? { code: start.error instanceof ApiError ? start.error.code : 'UNKNOWN', message: (start.error as Error).message }
    : start.data && (start.data.viewer.permission !== 'CREDENTIALS_IN_ONLY' || !start.data.viewer.authAccess.personId)
      ? { code: 'NOT_A_CONNECT_SESSION', message: 'the widget takes a connect session’s key (createConnectSession), not an API key' }
      : null;
  useEffect(() => {
    if (refusal) props.send({ latchkey: 'event', event: { type: 'error', ...refusal } });
  }, [refusal?.code]);
  useEffect(() => {
    // The first field, or else the step's first button (not the Close
    // button of the header).
    const b = box.current;
    if (b && (start.data || start.error)) (b.querySelector<HTMLElement>('form select, form input') ?? b.querySelector<HTMLElement>('.buttons button'))?.focus();
  }, [start.data, start.error, step.name, sourceKey]);

  // The sources offered: the session's (null: all), within the host's
  // choice, with a credential type a person can fill in (types that need a
  // platform app are added from the console or the API).
  const sessionSources = start.data?.viewer.authAccess.sources;
  const sources = (start.data?.sources.edges ?? [])
    .map((e) => ({ ...e.node, credentialTypes: e.node.credentialTypes.filter((t) => !t.requiresPlatformApp) }))
    .filter((s) => s.credentialTypes.length > 0)
    .filter((s) => !sessionSources || sessionSources.includes(s.key))
    .filter((s) => !props.only || props.only.includes(s.key));
  const source: Source | undefined = sources.length === 1 ? sources[0] : sources.find((s) => s.key === sourceKey);
  const type = source?.credentialTypes[0];

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!source || !type) return;
    const problems = check(type.fields, form.values);
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    setStep({ name: 'sending' });
    try {
      const r = await api.run(ConnectAccountMutation, {
        input: { source: source.key, credentialType: type.key, credentials: credentialsOf(type.fields, form.values) },
      });
      const a = r.createAccount.account;
      form.reset();
      setStep({ name: 'added', source: a.source.name, identifier: a.identifier, alreadyExists: r.createAccount.alreadyExists });
      props.send({
        latchkey: 'event',
        event: { type: 'account-added', accountId: a.id, source: a.source.key, identifier: a.identifier, alreadyExists: r.createAccount.alreadyExists },
      });
    } catch (err) {
      setStep({ name: 'failed', error: err });
      if (err instanceof ApiError && err.code === 'VERIFICATION_FAILED') {
        props.send({ latchkey: 'event', event: { type: 'verification-failed', source: source.key, reason: err.errors[0]?.message ?? '' } });
      }
    }
  };

  let body;
  if (refusal) {
    body = (
      <>
        <p class="failure" role="alert">
          This connect session cannot be used{start.error ? ': it may have expired' : ''}. Close this window and start again.
        </p>
        {start.error ? <ErrorView error={start.error} /> : <p class="hint">{refusal.message}.</p>}
        <div class="buttons">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </>
    );
  } else if (!start.data) {
    body = <p class="loading">Loading…</p>;
  } else if (sources.length === 0) {
    body = <p>No source can be connected from here.</p>;
  } else if (step.name === 'added') {
    body = (
      <div role="status">
        <p class="success">
          {step.alreadyExists
            ? `This ${step.source} account (${step.identifier}) was already connected; its credentials were refreshed.`
            : `Your ${step.source} account (${step.identifier}) is connected.`}
        </p>
        <div class="buttons">
          <button type="button" onClick={() => setStep({ name: 'form' })}>
            Connect another
          </button>
          <button type="button" class="primary" onClick={close}>
            Done
          </button>
        </div>
      </div>
    );
  } else if (step.name === 'failed') {
    const refused = step.error instanceof ApiError && step.error.code === 'VERIFICATION_FAILED';
    body = (
      <div>
        <p class="failure" role="alert">
          {refused
            ? `${source?.name ?? 'The source'} did not accept these credentials, so nothing was saved.`
            : 'The account could not be connected.'}
        </p>
        <ErrorView error={step.error} />
        <div class="buttons">
          <button type="button" onClick={close}>
            Close
          </button>
          <button type="button" class="primary" onClick={() => setStep({ name: 'form' })}>
            Try again
          </button>
        </div>
      </div>
    );
  } else {
    body = (
      <form onSubmit={submit} noValidate aria-busy={step.name === 'sending'}>
        {sources.length > 1 ? (
          <div class="field">
            <label for="lk-source">Service</label>
            <select
              id="lk-source"
              value={sourceKey}
              onChange={(e) => {
                setSourceKey((e.target as HTMLSelectElement).value);
                form.reset();
              }}
            >
              <option value="">Choose a service…</option>
              {sources.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {type ? <CredentialFields type={type} values={form.values} problems={form.problems} onInput={form.onInput} /> : null}
        <div class="buttons">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={!type || step.name === 'sending'}>
            {step.name === 'sending' ? 'Checking with the service…' : 'Connect'}
          </button>
        </div>
        {step.name === 'sending' ? (
          <p role="status" class="hint">
            Checking these credentials with {source?.name}…
          </p>
        ) : null}
      </form>
    );
  }
  return (
    <main class="widget" ref={box} aria-labelledby="lk-title">
      <header class="dialog-head">
        <h1 id="lk-title">{source ? `Connect ${source.name}` : 'Connect an account'}</h1>
        <button type="button" class="icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      {body}
      <p class="fine">Your credentials are checked with the service, stored encrypted and never shown again.</p>
    </main>
  );
}

/** useFocusTrap keeps Tab inside box and makes Escape call onEscape. */
function useFocusTrap(box: { current: HTMLElement | null }, onEscape: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onEscape();
        return;
      }
      if (e.key !== 'Tab' || !box.current) return;
      const focusable = [...box.current.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || !box.current.contains(document.activeElement))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (document.activeElement === last || !box.current.contains(document.activeElement))) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
