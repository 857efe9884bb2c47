// The console: sign-in, the header with the key's environment, name and
// level, and the pages, chosen by the URL's fragment (#/accounts, …) so
// that the server serves one page.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { Api } from '../lib/api';
import { ErrorView } from '../lib/ui';
import type { ConsoleViewerQuery } from '../gql/graphql';
import { AccountPage } from './account';
import { AccountsPage } from './accounts';
import { EventsPage } from './events';
import { KeysPage } from './keys';
import { type Caps, capsOf } from './perm';
import { ViewerQuery } from './ops';
import { savedKey, saveKey } from './session';
import { SourcesPage } from './sources';
import { WebhooksPage } from './webhooks';

/** The signed-in session every page reads. */
export interface Session {
  api: Api;
  viewer: ConsoleViewerQuery['viewer'];
  caps: Caps;
}

const SessionContext = createContext<Session | null>(null);

/** useSession returns the signed-in session. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in console');
  return s;
}

const base = document.baseURI;

/** useRoute returns the fragment's path, such as "/accounts/acc_…". */
function useRoute(): string {
  const [route, setRoute] = useState(() => location.hash.replace(/^#/, '') || '/accounts');
  useEffect(() => {
    const on = () => setRoute(location.hash.replace(/^#/, '') || '/accounts');
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(() => savedKey() !== null);
  const [error, setError] = useState<unknown>(null);

  const signIn = async (key: string) => {
    const api = new Api(base, key);
    try {
      const data = await api.run(ViewerQuery);
      saveKey(key);
      setError(null);
      setSession({ api, viewer: data.viewer, caps: capsOf(data.viewer.permission) });
    } catch (e) {
      saveKey(null);
      setError(e);
    } finally {
      setChecking(false);
    }
  };
  const signOut = () => {
    session?.api.close();
    saveKey(null);
    setSession(null);
    location.hash = '';
  };

  useEffect(() => {
    const key = savedKey();
    if (key) void signIn(key);
  }, []);

  if (checking) return <p class="loading">Signing in…</p>;
  if (!session) return <SignIn onSignIn={signIn} error={error} />;
  return (
    <SessionContext.Provider value={session}>
      <Shell onSignOut={signOut} />
    </SessionContext.Provider>
  );
}

function SignIn(props: { onSignIn: (key: string) => Promise<void>; error: unknown }) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <main class="signin">
      <h1>Latchkey console</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          await props.onSignIn(key.trim());
          setKey('');
          setBusy(false);
        }}
      >
        <label for="secret-key">Secret key</label>
        <input
          id="secret-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          placeholder="lksk_…"
          required
          value={key}
          onInput={(e) => setKey((e.target as HTMLInputElement).value)}
        />
        <p class="hint">
          Paste an API key (<code>latchkey keys create</code> makes the first one). It is kept in this tab only and
          forgotten when you sign out or close the tab.
        </p>
        <button type="submit" class="primary" disabled={busy}>
          Sign in
        </button>
      </form>
      <ErrorView error={props.error} />
    </main>
  );
}

const pages = [
  { path: '/accounts', label: 'Accounts' },
  { path: '/keys', label: 'Keys' },
  { path: '/events', label: 'Events' },
  { path: '/sources', label: 'Sources' },
  { path: '/webhooks', label: 'Webhooks' },
];

function Shell(props: { onSignOut: () => void }) {
  const { viewer } = useSession();
  const route = useRoute();
  const [, section, id] = route.split('/');
  useEffect(() => {
    document.title = `${pages.find((p) => p.path === `/${section}`)?.label ?? 'Latchkey'} · ${viewer.environment.name} · Latchkey`;
  }, [section]);
  let page;
  if (section === 'accounts' && id) page = <AccountPage id={decodeURIComponent(id)} />;
  else if (section === 'keys') page = <KeysPage />;
  else if (section === 'events') page = <EventsPage />;
  else if (section === 'sources') page = <SourcesPage />;
  else if (section === 'webhooks') page = <WebhooksPage />;
  else page = <AccountsPage />;
  return (
    <>
      <header class="top">
        <span class="brand">Latchkey</span>
        <nav aria-label="Console">
          {pages.map((p) => (
            <a key={p.path} href={`#${p.path}`} aria-current={`/${section}` === p.path ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
          <a href="./">GraphiQL</a>
        </nav>
        <div class="who" aria-label="Signed in as">
          <span title={`environment ${viewer.environment.slug}`}>
            <b>{viewer.environment.name}</b> <code>{viewer.environment.slug}</code>
          </span>
          <span class="key-name">{viewer.authAccess.name}</span>
          <span class="level">{viewer.permission}</span>
          <button type="button" onClick={props.onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">{page}</main>
    </>
  );
}
