// Accounts: a table paged by cursor, filtered with the list language and
// sorted by clicking column headers (sent as sortBy), with row actions.
import { useState } from 'preact/hooks';
import type { ConsoleAccountsQuery } from '../gql/graphql';
import { useLoad } from '../lib/load';
import { ErrorView, when } from '../lib/ui';
import { AccountActions } from './account-actions';
import { AddAccountDialog } from './add-account';
import { useSession } from './app';
import { AccountsQuery } from './ops';
import { Pager, usePosition, variablesOf } from './paging';
import { because } from './perm';
import { creatorWords, disabledWords, verificationWords } from './words';

type Row = ConsoleAccountsQuery['accounts']['edges'][number]['node'];

/** A sort key: an accounts sortBy field and its direction. */
interface Sort {
  key: string;
  desc: boolean;
}

/** The sortable columns, by the sortBy field they send. */
const columns: { label: string; key?: string }[] = [
  { label: 'Identifier', key: 'identifier' },
  { label: 'Source' },
  { label: 'Display name', key: 'displayName' },
  { label: 'Status', key: 'isEnabled' },
  { label: 'Verification' },
  { label: 'Creator' },
  { label: 'Created', key: 'createdTime' },
  { label: 'Actions' },
];

export function AccountsPage() {
  const { api, caps } = useSession();
  const [filterText, setFilterText] = useState('');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'createdTime', desc: true });
  const { position, setPosition, reset } = usePosition();
  const [adding, setAdding] = useState(false);
  const sortBy = `${sort.key}:${sort.desc ? 'DESC' : 'ASC'}`;
  const list = useLoad(
    () => api.run(AccountsQuery, { filter: filter || null, sortBy, ...variablesOf(position) }),
    [filter, sortBy, position],
  );
  const rows = list.data?.accounts.edges.map((e) => e.node) ?? [];

  const sortOn = (key: string) => {
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: false }));
    reset();
  };

  return (
    <section aria-labelledby="accounts-title">
      <div class="page-head">
        <h1 id="accounts-title">Accounts</h1>
        <button
          type="button"
          class="primary"
          disabled={!caps.addAccounts}
          title={caps.addAccounts ? undefined : because(caps.permission, 'add accounts')}
          onClick={() => setAdding(true)}
        >
          Add account
        </button>
      </div>
      {!caps.read ? <p class="note">{because(caps.permission, 'read accounts other than those it added')}</p> : null}
      <form
        class="filter"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(filterText.trim());
          reset();
        }}
      >
        <label for="account-filter">Filter</label>
        <input
          id="account-filter"
          type="search"
          spellcheck={false}
          placeholder={`isEnabled = false and source.key = "shopify"`}
          aria-describedby="account-filter-hint"
          value={filterText}
          onInput={(e) => setFilterText((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Apply</button>
        <small id="account-filter-hint" class="hint">
          The list language, such as <code>identifier startsWith "acme"</code> or{' '}
          <code>createdTime isAfter Yesterday</code>.
        </small>
      </form>
      <ErrorView error={list.error} />
      <table class="data" aria-busy={list.loading}>
        <caption class="visually-hidden">Accounts, sorted by {sort.key} {sort.desc ? 'descending' : 'ascending'}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && c.key === sort.key ? (sort.desc ? 'descending' : 'ascending') : undefined}
              >
                {c.key ? (
                  <button type="button" class="sort" onClick={() => sortOn(c.key!)}>
                    {c.label}
                    <span aria-hidden="true">{c.key === sort.key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <AccountRow key={a.id} account={a} onChange={list.reload} />
          ))}
          {!list.loading && rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} class="empty">
                No accounts{filter ? ' match this filter' : ' yet'}.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager label="Accounts" info={list.data?.accounts.pageInfo} position={position} onMove={setPosition} />
      {adding ? (
        <AddAccountDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            reset();
            void list.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function AccountRow({ account: a, onChange }: { account: Row; onChange: () => void }) {
  return (
    <tr data-account={a.identifier}>
      <td>
        <a href={`#/accounts/${encodeURIComponent(a.id)}`}>{a.identifier}</a>
      </td>
      <td>{a.source.name}</td>
      <td>{a.displayName ?? '—'}</td>
      <td class="status">
        {a.isEnabled ? <span class="badge ok">enabled</span> : <span class="badge off">disabled</span>}
        {!a.isEnabled ? <small> {disabledWords(a.disabledReason)}</small> : null}
      </td>
      <td>
        {verificationWords(a.verificationStatus)}
        <small> {when(a.verifiedTime)}</small>
      </td>
      <td>{creatorWords(a.creator)}</td>
      <td>{when(a.createdTime)}</td>
      <td>
        <AccountActions account={a} onChange={onChange} />
      </td>
    </tr>
  );
}
