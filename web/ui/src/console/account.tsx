// One account: its fields, its actions and its events, newest first.
import { useLoad } from '../lib/load';
import { ErrorView, when } from '../lib/ui';
import { AccountActions } from './account-actions';
import { useSession } from './app';
import { AccountQuery } from './ops';
import { creatorWords, disabledWords, verificationWords } from './words';

export function AccountPage({ id }: { id: string }) {
  const { api } = useSession();
  const page = useLoad(() => api.run(AccountQuery, { id, events: `subjectId = ${JSON.stringify(id)}` }), [id]);
  const a = page.data?.account;
  if (page.error) return <ErrorView error={page.error} />;
  if (!page.data) return <p class="loading">Loading…</p>;
  if (!a) {
    return (
      <section>
        <h1>Account not found</h1>
        <p>
          It was deleted, or your key cannot see it. <a href="#/accounts">Back to the accounts</a>
        </p>
      </section>
    );
  }
  const rows: [string, string][] = [
    ['Source', `${a.source.name} (${a.credentialType})`],
    ['Identifier', `${a.identifier} (${a.identifierKind === 'CUSTOM' ? 'custom' : 'from the source'})`],
    ['Display name', a.displayName ?? '—'],
    ['Status', a.isEnabled ? 'enabled' : `disabled: ${disabledWords(a.disabledReason)}`],
    ['Verification', `${verificationWords(a.verificationStatus)} ${when(a.verifiedTime)}`],
    ['Last verification error', a.verificationError ?? '—'],
    ['External id', a.externalId ?? '—'],
    ['Foreign id', a.foreignId ?? '—'],
    ['Platform app', a.platformApp?.name ?? '—'],
    ['Creator', creatorWords(a.creator)],
    ['Created', when(a.createdTime)],
    ['Updated', when(a.updatedTime)],
    ['ID', a.id],
  ];
  return (
    <section aria-labelledby="account-title">
      <p>
        <a href="#/accounts">← Accounts</a>
      </p>
      <h1 id="account-title">{a.displayName ?? a.identifier}</h1>
      <AccountActions account={a} onChange={page.reload} onDeleted={() => (location.hash = '#/accounts')} />
      <dl class="fields">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div>
          <dt>Metadata</dt>
          <dd>{a.metadata ? <pre>{JSON.stringify(a.metadata, null, 2)}</pre> : '—'}</dd>
        </div>
      </dl>
      <h2>Events</h2>
      <ol class="events">
        {page.data.events.edges.map(({ node: e }) => (
          <li key={e.id}>
            <code>{e.type}</code> <time dateTime={e.createdTime}>{when(e.createdTime)}</time>
            {e.authAccess ? <span> by key {e.authAccess.name}</span> : e.personId ? <span> by person {e.personId}</span> : null}
            {e.data ? <pre>{JSON.stringify(e.data)}</pre> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
