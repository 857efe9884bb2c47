// Webhooks: the endpoints the environment's events are sent to (add one,
// its signing secret shown once; rotate the secret with an overlap;
// enable, disable, delete), and the latest deliveries with their attempts,
// each of which can be sent again.
import { useState } from 'preact/hooks';
import type { ConsoleWebhookDeliveriesQuery, ConsoleWebhookEndpointsQuery, EventType } from '../gql/graphql';
import { useAction, useLoad } from '../lib/load';
import { Dialog, ErrorView, Field, when } from '../lib/ui';
import { useSession } from './app';
import { TypePicker } from './events';
import { OverlapField, SecretOnce } from './key-dialogs';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  DisableWebhookEndpointMutation,
  EnableWebhookEndpointMutation,
  RedeliverWebhookMutation,
  RotateWebhookSecretMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from './ops';
import { Pager, usePosition, variablesOf } from './paging';
import { because } from './perm';

type Endpoint = ConsoleWebhookEndpointsQuery['webhookEndpoints']['edges'][number]['node'];
type Delivery = ConsoleWebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];

const secretWarning =
  'Copy this signing secret now: it is shown only this once. Give it to your receiver, which checks each request’s webhook-signature header with any Standard Webhooks library.';

export function WebhooksPage() {
  const { api, caps } = useSession();
  const { position, setPosition } = usePosition();
  const [adding, setAdding] = useState(false);
  const list = useLoad(() => (caps.read ? api.run(WebhookEndpointsQuery, variablesOf(position)) : Promise.resolve(null)), [position]);
  if (!caps.read) {
    return (
      <section>
        <h1>Webhooks</h1>
        <p class="note">{because(caps.permission, 'read webhooks')}</p>
      </section>
    );
  }
  const why = caps.write ? undefined : because(caps.permission, 'add or change webhook endpoints');
  const rows = list.data?.webhookEndpoints.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="webhooks-title">
      <div class="page-head">
        <h1 id="webhooks-title">Webhooks</h1>
        <button type="button" class="primary" disabled={!caps.write} title={why} onClick={() => setAdding(true)}>
          Add endpoint
        </button>
      </div>
      {!caps.write ? <p class="note">{why}</p> : null}
      <ErrorView error={list.error} />
      <table class="data" aria-busy={list.loading}>
        <caption class="visually-hidden">Webhook endpoints, newest first</caption>
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Status</th>
            <th scope="col">Failing since</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <EndpointRow key={e.id} e={e} onChange={list.reload} />
          ))}
          {!list.loading && rows.length === 0 ? (
            <tr>
              <td colSpan={5} class="empty">
                No endpoints yet: add one to have the environment’s events POSTed to your systems, signed.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager label="Endpoints" info={list.data?.webhookEndpoints.pageInfo} position={position} onMove={setPosition} />
      <Deliveries />
      {adding ? <AddEndpointDialog onClose={() => setAdding(false)} onAdded={list.reload} /> : null}
    </section>
  );
}

function EndpointRow({ e, onChange }: { e: Endpoint; onChange: () => void }) {
  const { api, caps } = useSession();
  const { busy, error, act } = useAction();
  const [rotating, setRotating] = useState(false);
  const why = caps.write ? undefined : because(caps.permission, 'change webhook endpoints');
  return (
    <tr data-endpoint={e.url}>
      <td>
        <code>{e.url}</code>
        {e.description ? <small> {e.description}</small> : null}
      </td>
      <td>{e.eventTypes.length ? e.eventTypes.join(', ') : 'all'}</td>
      <td>
        {e.isEnabled ? <span class="badge ok">enabled</span> : <span class="badge off">disabled ({e.disabledReason?.toLowerCase()})</span>}
      </td>
      <td>{when(e.failingSince)}</td>
      <td>
        <div class="actions">
          <button type="button" disabled={busy || !caps.write} title={why} onClick={() => setRotating(true)}>
            Rotate secret
          </button>
          {e.isEnabled ? (
            <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(DisableWebhookEndpointMutation, { id: e.id }), onChange)}>
              Disable
            </button>
          ) : (
            <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(EnableWebhookEndpointMutation, { id: e.id }), onChange)}>
              Enable
            </button>
          )}
          <button
            type="button"
            disabled={busy || !caps.write}
            title={why}
            onClick={() => confirm(`Delete the endpoint ${e.url} and its deliveries?`) && act(() => api.run(DeleteWebhookEndpointMutation, { id: e.id }), onChange)}
          >
            Delete
          </button>
          <ErrorView error={error} />
        </div>
        {rotating ? <RotateSecretDialog e={e} onClose={() => setRotating(false)} onRotated={onChange} /> : null}
      </td>
    </tr>
  );
}

function AddEndpointDialog(props: { onClose: () => void; onAdded: () => void }) {
  const { api } = useSession();
  const [url, setURL] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<EventType[]>([]);
  const { busy, error, act } = useAction();
  const [secret, setSecret] = useState<string | null>(null);
  if (secret) {
    return (
      <Dialog title="Endpoint added" onClose={props.onClose}>
        <SecretOnce secret={secret} warning={secretWarning} />
        <div class="buttons">
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Add webhook endpoint" onClose={props.onClose} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            const r = await api.run(CreateWebhookEndpointMutation, {
              input: { url: url.trim(), description: description.trim() || null, eventTypes: types },
            });
            setSecret(r.createWebhookEndpoint.secret);
          }, props.onAdded);
        }}
      >
        <Field label="URL" hint="An https address on the public internet; each event is POSTed to it.">
          {(id, hintId) => (
            <input
              id={id}
              aria-describedby={hintId}
              type="url"
              required
              placeholder="https://example.com/webhooks/latchkey"
              value={url}
              onInput={(e) => setURL((e.target as HTMLInputElement).value)}
            />
          )}
        </Field>
        <Field label="Description">
          {(id) => <input id={id} value={description} onInput={(e) => setDescription((e.target as HTMLInputElement).value)} />}
        </Field>
        <TypePicker chosen={types} onChange={setTypes} open />
        <ErrorView error={error} />
        <div class="buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" disabled={busy}>
            Add endpoint
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RotateSecretDialog(props: { e: Endpoint; onClose: () => void; onRotated: () => void }) {
  const { api } = useSession();
  const [overlap, setOverlap] = useState(86400);
  const { busy, error, act } = useAction();
  const [secret, setSecret] = useState<{ value: string; until?: string | null } | null>(null);
  if (secret) {
    return (
      <Dialog title="New signing secret" onClose={props.onClose}>
        <SecretOnce secret={secret.value} warning={secretWarning} />
        <p>{secret.until ? `Until ${when(secret.until)} each request is signed with both secrets.` : 'The previous secret no longer signs.'}</p>
        <div class="buttons">
          <button type="button" class="primary" onClick={props.onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={`Rotate the secret of ${props.e.url}`} onClose={props.onClose}>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          void act(async () => {
            const r = await api.run(RotateWebhookSecretMutation, { id: props.e.id, overlap });
            setSecret({ value: r.rotateWebhookEndpointSecret.secret, until: r.rotateWebhookEndpointSecret.webhookEndpoint.previousSecretExpiresTime });
          }, props.onRotated);
        }}
      >
        <OverlapField label="The previous secret keeps signing for" value={overlap} onChange={setOverlap} />
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

const statuses = ['all', 'PENDING', 'DELIVERED', 'FAILED'] as const;

function Deliveries() {
  const { api } = useSession();
  const [status, setStatus] = useState<(typeof statuses)[number]>('all');
  const { position, setPosition, reset } = usePosition();
  const list = useLoad(() => api.run(WebhookDeliveriesQuery, { filter: status === 'all' ? null : `status = ${status}`, ...variablesOf(position) }), [status, position]);
  const rows = list.data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="deliveries-title">
      <div class="page-head">
        <h2 id="deliveries-title">Deliveries</h2>
        <button type="button" onClick={list.reload}>
          Refresh
        </button>
      </div>
      <div class="tabs" role="group" aria-label="Status">
        {statuses.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => (setStatus(s), reset())}>
            {s === 'all' ? 'All' : s.toLowerCase()}
          </button>
        ))}
      </div>
      <ErrorView error={list.error} />
      <table class="data" aria-busy={list.loading}>
        <caption class="visually-hidden">Webhook deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Endpoint</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last attempt</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <DeliveryRow key={d.id} d={d} onChange={list.reload} />
          ))}
          {!list.loading && rows.length === 0 ? (
            <tr>
              <td colSpan={6} class="empty">
                No deliveries.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager label="Deliveries" info={list.data?.webhookDeliveries.pageInfo} position={position} onMove={setPosition} />
    </section>
  );
}

function DeliveryRow({ d, onChange }: { d: Delivery; onChange: () => void }) {
  const { api, caps } = useSession();
  const { busy, error, act } = useAction();
  const last = d.attempts?.[d.attempts.length - 1];
  const why = caps.write ? undefined : because(caps.permission, 'send deliveries again');
  return (
    <tr data-delivery={d.id}>
      <td>
        <code>{d.event.type}</code> <small>{d.subjectId}</small>
        <br />
        <small>
          <code>{d.id}</code> · {when(d.createdTime)}
        </small>
      </td>
      <td>
        <code>{d.endpoint.url}</code>
      </td>
      <td>
        <span class={`badge ${d.status === 'DELIVERED' ? 'ok' : d.status === 'FAILED' ? 'off' : ''}`}>{d.status.toLowerCase()}</span>
        {d.status === 'PENDING' && d.nextAttemptTime ? <small> next {when(d.nextAttemptTime)}</small> : null}
      </td>
      <td>{d.attemptCount}</td>
      <td>
        {last ? (
          <>
            {last.statusCode ?? '—'} in {last.durationMs} ms{last.error ? <small> {last.error}</small> : null}
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        <div class="actions">
          <button type="button" disabled={busy || !caps.write} title={why} onClick={() => act(() => api.run(RedeliverWebhookMutation, { id: d.id }), onChange)}>
            Send again
          </button>
          <ErrorView error={error} />
        </div>
      </td>
    </tr>
  );
}
