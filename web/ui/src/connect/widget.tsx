// The widget itself: choose a source, then either continue to its consent
// page (hosted OAuth, in a popup) or fill its credential form, and add the
// account with the connect session's key; progress, success and failure
// in plain words, with a retry. Focus stays inside; Escape closes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConnectStartQuery } from '../gql/graphql';
import { Api, ApiError } from '../lib/api';
import { CredentialFields, check, credentialsOf, useCredentialForm, type CredentialFieldSpec } from '../lib/credentials';
import { useLoad } from '../lib/load';
import { ErrorView } from '../lib/ui';
import { useHostedOAuth } from './oauth';
import { ConnectAccountMutation, StartQuery } from './ops';
import { type FrameMessage, popupName } from './protocol';

type CredentialType = ConnectStartQuery['sources']['edges'][number]['node']['credentialTypes'][number];

/** An account added, as the widget tells of it. */
interface AddedAccount {
  id: string;
  identifier: string;
  source: { key: string; name: string };
}

/**
 * A source as the widget offers it: a form for a type a person can fill in
 * (types that need a platform app are added from the console or the API),
 * hosted OAuth through the environment's platform app, or both.
 */
interface Offer {
  key: string;
  name: string;
  form?: CredentialType;
  oauth?: { type: CredentialType; fields: CredentialFieldSpec[]; app: string };
}

type Step =
  | { name: 'form' }
  | { name: 'sending' }
  | { name: 'waiting' }
  | { name: 'added'; source: string; identifier: string; alreadyExists: boolean }
  /** headline replaces the words the error's code would choose. */
  | { name: 'failed'; error: unknown; headline?: string };

export function Widget(props: { sessionKey: string; only?: string[]; send: (m: FrameMessage) => void }) {
  const api = useRef(new Api(document.baseURI, props.sessionKey)).current;
  const start = useLoad(() => api.run(StartQuery), []);
  const [sourceKey, setSourceKey] = useState('');
  // Whether the person chose the form over a source's hosted OAuth.
  const [byForm, setByForm] = useState(false);
  const [step, setStep] = useState<Step>({ name: 'form' });
  const form = useCredentialForm();
  const oauth = useHostedOAuth(api);
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
    // The first field, else the step's primary button, else its first
    // button (not the Close button of the header).
    const b = box.current;
    if (b && (start.data || start.error)) {
      (b.querySelector<HTMLElement>('form select, form input, form button.primary:not([disabled])') ?? b.querySelector<HTMLElement>('.buttons button'))?.focus();
    }
  }, [start.data, start.error, step.name, sourceKey, byForm]);

  const sources = start.data ? offers(start.data, props.only) : [];
  const source = sources.length === 1 ? sources[0] : sources.find((s) => s.key === sourceKey);
  // Hosted OAuth when the source has it, unless the person asked for the form.
  const viaOAuth = source?.oauth && !(byForm && source.form) ? source.oauth : undefined;
  const type = viaOAuth ? { ...viaOAuth.type, fields: viaOAuth.fields } : source?.form;

  const added = (a: AddedAccount, alreadyExists: boolean) => {
    form.reset();
    setStep({ name: 'added', source: a.source.name, identifier: a.identifier, alreadyExists });
    props.send({ latchkey: 'event', event: { type: 'account-added', accountId: a.id, source: a.source.key, identifier: a.identifier, alreadyExists } });
  };
  const failed = (err: unknown, key: string) => {
    setStep({ name: 'failed', error: err });
    if (err instanceof ApiError && err.code === 'VERIFICATION_FAILED') {
      props.send({ latchkey: 'event', event: { type: 'verification-failed', source: key, reason: err.errors[0]?.message ?? '' } });
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!source || !type) return;
    const problems = check(type.fields, form.values);
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    if (viaOAuth) {
      connectOAuth(source, viaOAuth);
      return;
    }
    setStep({ name: 'sending' });
    try {
      const r = await api.run(ConnectAccountMutation, {
        input: { source: source.key, credentialType: type.key, credentials: credentialsOf(type.fields, form.values) },
      });
      added(r.createAccount.account, r.createAccount.alreadyExists);
    } catch (err) {
      failed(err, source.key);
    }
  };

  // connectOAuth runs in the click's own turn: the popup opens before
  // anything is awaited, or the browser's popup blocker refuses it.
  const connectOAuth = (s: Offer, o: NonNullable<Offer['oauth']>) => {
    const popup = window.open('', popupName, 'popup,width=520,height=680');
    if (!popup) {
      setStep({ name: 'failed', error: null, headline: `Your browser blocked the window to connect ${s.name} in. Allow pop-ups for this page, then try again.` });
      return;
    }
    setStep({ name: 'waiting' });
    const values = credentialsOf(o.fields, form.values);
    oauth.start(popup, { source: s.key, credentialType: o.type.key, platformApp: o.app, values: Object.keys(values).length ? values : undefined }, (r) => {
      if (r.ok) added({ id: r.accountId, identifier: r.identifier, source: { key: r.source, name: s.name } }, r.alreadyExists);
      else failed(r.error, s.key);
    });
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
    body = (
      <div>
        <p class="failure" role="alert">
          {step.headline ?? failure(step.error, source?.name)}
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
  } else if (step.name === 'waiting') {
    body = (
      <div>
        <p role="status">Finish connecting in the window that opened…</p>
        <p class="hint">It closes by itself once {source?.name} has answered. If you closed it, cancel and start again.</p>
        <div class="buttons">
          <button
            type="button"
            onClick={() => {
              oauth.cancel();
              setStep({ name: 'form' });
            }}
          >
            Cancel
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
                setByForm(false);
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
            {step.name === 'sending' ? 'Checking with the service…' : viaOAuth ? `Continue with ${source?.name}` : 'Connect'}
          </button>
        </div>
        {source?.oauth && source.form ? (
          <p class="other-way">
            <button type="button" class="link" onClick={() => setByForm(viaOAuth !== undefined)} disabled={step.name === 'sending'}>
              {viaOAuth ? `Enter ${withArticle(source.form.name)} instead` : `Continue with ${source.name} instead`}
            </button>
          </p>
        ) : null}
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

/**
 * offers returns the sources the widget offers: the session's (all when
 * it names none), within the host's choice, that have a form or hosted
 * OAuth. Hosted OAuth needs a platform app of the source in the
 * environment; the oldest is used.
 */
function offers(data: ConnectStartQuery, only?: string[]): Offer[] {
  const apps = new Map<string, string>();
  for (const e of data.platformApps.edges) if (!apps.has(e.node.source.key)) apps.set(e.node.source.key, e.node.id);
  const sessionSources = data.viewer.authAccess.sources;
  return data.sources.edges
    .map((e) => e.node)
    .filter((s) => (!sessionSources || sessionSources.includes(s.key)) && (!only || only.includes(s.key)))
    .map((s) => {
      const app = apps.get(s.key);
      const t = app ? s.credentialTypes.find((t) => t.hostedOAuth) : undefined;
      return {
        key: s.key,
        name: s.name,
        form: s.credentialTypes.find((t) => !t.requiresPlatformApp),
        oauth: app && t?.hostedOAuth ? { type: t, fields: t.hostedOAuth.fields, app } : undefined,
      };
    })
    .filter((s) => s.form || s.oauth);
}

/** failure returns the words that head a failed step, by the error's code. */
function failure(error: unknown, source = 'The source'): string {
  switch (error instanceof ApiError ? error.code : '') {
    case 'VERIFICATION_FAILED':
      return `${source} did not accept these credentials, so nothing was saved.`;
    case 'ACCESS_DENIED':
      return 'The connection was declined, so nothing was connected.';
    case 'FLOW_EXPIRED':
      return 'The connection was not finished in time, so nothing was connected.';
    default:
      return 'The account could not be connected.';
  }
}

/** withArticle returns a type's name in lower case after "a" or "an". */
function withArticle(name: string): string {
  const n = name.toLowerCase();
  return (/^[aeiou]/.test(n) ? 'an ' : 'a ') + n;
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
