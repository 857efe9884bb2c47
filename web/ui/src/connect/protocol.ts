// The messages the widget's iframe and /connect.js exchange by postMessage.
// Each side checks the other's origin and window before it reads one; the
// connect session's key travels only in init, to the iframe's origin.

/** What the host page's script sends: the session and the look. */
export interface InitMessage {
  latchkey: 'init';
  sessionKey: string;
  /** Source keys to offer, within the session's own; all of those when absent. */
  sources?: string[];
  /** "light", "dark", or custom properties (--lk-*) and their values. */
  theme?: 'light' | 'dark' | Record<string, string>;
}

/** An event the widget reports to the host page. */
export type WidgetEvent =
  | { type: 'ready' }
  | { type: 'account-added'; accountId: string; source: string; identifier: string; alreadyExists: boolean }
  | { type: 'verification-failed'; source: string; reason: string }
  /** The session cannot be used: expired, disabled, or not a connect session's key. */
  | { type: 'error'; code: string; message: string }
  | { type: 'closed' };

/** What the iframe sends: it is ready for init, an event, or asks to close. */
export type FrameMessage = { latchkey: 'ready' } | { latchkey: 'event'; event: WidgetEvent } | { latchkey: 'close' };

/**
 * What the page a hosted OAuth connect ends on posts to the widget that
 * opened it (both on Latchkey's origin).
 */
export interface OAuthResultMessage {
  latchkey: 'oauth-result';
  result: {
    flow: string;
    status: 'success' | 'error';
    accountId?: string;
    source?: string;
    identifier?: string;
    alreadyExists?: boolean;
    code?: string;
    message?: string;
  };
}

/** popupName names the hosted OAuth popup; the connect URL's page continues at once in a window of this name. */
export const popupName = 'latchkey-oauth';
