// Events: the environment's latest events, then each new one as it is
// committed, fed by the events subscription over a websocket.
import { useEffect, useState } from 'preact/hooks';
import type { ConsoleEventsSubscription, EventType } from '../gql/graphql';
import type { ApiError } from '../lib/api';
import { ErrorView, when } from '../lib/ui';
import { useSession } from './app';
import { EventsSubscription, RecentEventsQuery } from './ops';
import { because } from './perm';

type Event = ConsoleEventsSubscription['events'];

/** The event types, in groups, as the type filters offer them. */
export const eventGroups: { label: string; types: EventType[] }[] = [
  {
    label: 'Accounts',
    types: [
      'ACCOUNT_ADDED',
      'ACCOUNT_VERIFIED',
      'ACCOUNT_VERIFICATION_FAILED',
      'ACCOUNT_UPDATED',
      'ACCOUNT_ENABLED',
      'ACCOUNT_DISABLED',
      'ACCOUNT_DELETED',
      'ACCOUNT_CREDENTIALS_REVEALED',
      'ACCOUNT_CREDENTIALS_REFRESHED',
      'ACCOUNT_RECOVERED',
    ],
  },
  { label: 'Keys', types: ['AUTH_ACCESS_CREATED', 'AUTH_ACCESS_UPDATED', 'AUTH_ACCESS_ENABLED', 'AUTH_ACCESS_DISABLED', 'AUTH_ACCESS_SECRET_ROTATED'] },
  { label: 'Sources', types: ['SOURCE_CREATED', 'PLATFORM_APP_CREATED'] },
  {
    label: 'Webhooks',
    types: [
      'WEBHOOK_ENDPOINT_CREATED',
      'WEBHOOK_ENDPOINT_UPDATED',
      'WEBHOOK_ENDPOINT_ENABLED',
      'WEBHOOK_ENDPOINT_DISABLED',
      'WEBHOOK_ENDPOINT_DELETED',
      'WEBHOOK_ENDPOINT_SECRET_ROTATED',
      'WEBHOOK_DELIVERY_REDELIVERED',
    ],
  },
];

/** merge adds more to list, newest first, each event once, 200 at most. */
function merge(list: Event[], more: Event[]): Event[] {
  const seen = new Set(list.map((e) => e.id));
  const all = [...list, ...more.filter((e) => !seen.has(e.id))];
  all.sort((a, b) => (a.createdTime < b.createdTime ? 1 : a.createdTime > b.createdTime ? -1 : a.id < b.id ? 1 : -1));
  return all.slice(0, 200);
}

export function EventsPage() {
  const { api, caps } = useSession();
  const [types, setTypes] = useState<EventType[]>([]);
  const [events, setEvents] = useState<Event[]>([]);
  const [state, setState] = useState<'connecting' | 'live' | 'closed'>('connecting');
  const [error, setError] = useState<ApiError | unknown>(null);

  useEffect(() => {
    if (!caps.read) return;
    setState('connecting');
    setError(null);
    setEvents([]);
    // Subscribe first, then read the latest: an event committed between
    // the two is in one or the other, and merge drops the duplicate.
    let cancelled = false;
    const filter = types.length ? `type in {${types.map((t) => JSON.stringify(t)).join(", ")}}` : null;
    const readLatest = () =>
      api
        .run(RecentEventsQuery, { filter })
        .then((r) => {
          if (cancelled) return;
          setEvents((list) => merge(list, r.events.edges.map((e) => e.node)));
          setState('live');
        })
        .catch((e) => {
          if (!cancelled) setError(e);
        });
    const stop = api.subscribe(
      EventsSubscription,
      { types: types.length ? types : null },
      (d) => setEvents((list) => merge(list, [d.events])),
      (e) => {
        setState('closed');
        setError(e);
      },
      () => void readLatest(),
    );
    return () => {
      cancelled = true;
      stop();
    };
  }, [types.join(',')]);

  if (!caps.read) {
    return (
      <section>
        <h1>Events</h1>
        <p class="note">{because(caps.permission, 'read events')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="events-title">
      <div class="page-head">
        <h1 id="events-title">Events</h1>
        <span class={`live ${state}`} role="status">
          {state === 'live' ? '● live' : state === 'connecting' ? 'connecting…' : 'not live'}
        </span>
      </div>
      <TypePicker chosen={types} onChange={setTypes} />
      <ErrorView error={error} />
      <ol class="events" aria-live="polite" aria-label="Events, newest first">
        {events.map((e) => (
          <li key={e.id} data-event={e.type}>
            <code>{e.type}</code> <time dateTime={e.createdTime}>{when(e.createdTime)}</time>{' '}
            {e.type.startsWith('ACCOUNT_') && e.type !== 'ACCOUNT_DELETED' ? (
              <a href={`#/accounts/${encodeURIComponent(e.subjectId)}`}>{e.subjectId}</a>
            ) : (
              <span>{e.subjectId}</span>
            )}
            {e.authAccess ? <span> by key {e.authAccess.name}</span> : e.personId ? <span> by person {e.personId}</span> : null}
            {e.data ? <pre>{JSON.stringify(e.data)}</pre> : null}
          </li>
        ))}
        {events.length === 0 && state !== 'connecting' ? <li class="empty">No events yet.</li> : null}
      </ol>
    </section>
  );
}

/** TypePicker offers the event types, in groups, as checkboxes; none chosen means every type. */
export function TypePicker(props: { chosen: EventType[]; onChange: (types: EventType[]) => void; open?: boolean }) {
  const toggle = (t: EventType, on: boolean) => props.onChange(on ? [...props.chosen, t] : props.chosen.filter((x) => x !== t));
  return (
    <details class="types" open={props.open}>
      <summary>Types {props.chosen.length ? `(${props.chosen.length} chosen)` : '(all)'}</summary>
      {eventGroups.map((g) => (
        <fieldset key={g.label}>
          <legend>{g.label}</legend>
          {g.types.map((t) => (
            <label key={t} class="check">
              <input type="checkbox" checked={props.chosen.includes(t)} onChange={(e) => toggle(t, (e.target as HTMLInputElement).checked)} /> {t}
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
