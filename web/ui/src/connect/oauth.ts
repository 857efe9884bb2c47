// Hosted OAuth in the widget: the connect runs in a popup the widget
// opened and named popupName, which it sends to the connect URL (whose
// page continues at once in a window of that name), and whose outcome it
// learns from Latchkey's last page or by asking.
import { useEffect, useRef } from 'preact/hooks';
import { Api, ApiError } from '../lib/api';
import { OAuthConnectQuery, StartOAuthConnectMutation } from './ops';
import type { OAuthResultMessage } from './protocol';


/** How a hosted OAuth connect ended: source is the source's key. */
export type OAuthOutcome =
  | { ok: true; accountId: string; source: string; identifier: string; alreadyExists: boolean }
  | { ok: false; error: unknown };

/** ended returns the error of a connect that ended without an account. */
function ended(code: string, message: string): OAuthOutcome {
  return { ok: false, error: new ApiError(0, [{ message, extensions: { code } }]) };
}

/** How often the widget asks how a hosted OAuth connect stands. */
const pollEvery = 1500;

/** The errors of a status query that a later one may not have. */
const passing = new Set(['NETWORK', 'HTTP', 'RATE_LIMITED', 'UNAVAILABLE']);

/**
 * useHostedOAuth runs one hosted OAuth connect at a time in a popup the
 * caller opened. It learns the outcome from whichever comes first: the
 * message of Latchkey's last page (from that popup, on this origin, for
 * this connect), or the connect's status, asked every pollEvery, for when
 * a source's page cut the popup off from this window. cancel closes the
 * popup and forgets the connect.
 */
export function useHostedOAuth(api: Api) {
  const current = useRef<{ stop: () => void } | null>(null);
  const cancel = () => {
    current.current?.stop();
    current.current = null;
  };
  useEffect(() => cancel, []);

  const start = (
    popup: Window,
    input: { source: string; credentialType: string; platformApp: string; values?: Record<string, string> },
    done: (o: OAuthOutcome) => void,
  ) => {
    cancel();
    let flow = '';
    let timer: number | undefined;
    const attempt = {
      stop: () => {
        removeEventListener('message', onMessage);
        clearTimeout(timer);
        if (!popup.closed) popup.close();
      },
    };
    current.current = attempt;
    const live = () => current.current === attempt;
    const finish = (o: OAuthOutcome) => {
      if (!live()) return;
      cancel();
      done(o);
    };
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== popup) return;
      const m = e.data as Partial<OAuthResultMessage> | null;
      const r = m?.result;
      if (m?.latchkey !== 'oauth-result' || !r || !flow || r.flow !== flow) return;
      if (r.status === 'success' && r.accountId) {
        finish({ ok: true, accountId: r.accountId, source: r.source ?? input.source, identifier: r.identifier ?? '', alreadyExists: r.alreadyExists === true });
      } else {
        finish(ended(r.code ?? 'UNKNOWN', r.message ?? 'the connect ended without an account'));
      }
    };
    const poll = async () => {
      try {
        const c = (await api.run(OAuthConnectQuery, { id: flow })).oauthConnect;
        if (!live()) return;
        if (!c) return finish(ended('NOT_FOUND', 'the connect is gone'));
        if (c.status === 'DONE' && c.accountId) {
          // The account may be one this session cannot read (another
          // session of the same person added it first): its ID is enough.
          return finish({
            ok: true,
            accountId: c.accountId,
            source: c.account?.source.key ?? input.source,
            identifier: c.account?.identifier ?? '',
            alreadyExists: c.alreadyExists,
          });
        }
        if (c.status === 'EXPIRED') return finish(ended('FLOW_EXPIRED', 'not finished in time'));
        if (c.status === 'FAILED') {
          const code = c.errorCode ?? 'UNKNOWN';
          return finish(ended(code, code === 'ACCESS_DENIED' ? 'declined at the consent page' : 'the connect ended without an account'));
        }
      } catch (err) {
        if (!live()) return;
        if (!(err instanceof ApiError) || !passing.has(err.code)) return finish({ ok: false, error: err });
      }
      timer = setTimeout(poll, pollEvery);
    };
    void (async () => {
      try {
        const r = (await api.run(StartOAuthConnectMutation, { input })).startOAuthConnect;
        if (!live()) return;
        flow = r.oauthConnect.id;
        addEventListener('message', onMessage);
        popup.location.href = r.connectUrl;
        timer = setTimeout(poll, pollEvery);
      } catch (err) {
        finish({ ok: false, error: err });
      }
    })();
  };
  return { start, cancel };
}

