// /connect.js: what a customer's page loads to open Latchkey's connect
// widget. It has no dependencies and adds one global, Latchkey.connect.
//
//   Latchkey.connect({ sessionKey, onEvent(e) { … } })
//
// opens a modal holding an iframe of /connect. The connect session's key is
// sent to the iframe by postMessage once the iframe says it is ready, at
// the iframe's origin only; it is never put in a URL. Messages are read
// only from that iframe's window and origin.
import type { FrameMessage, InitMessage, WidgetEvent } from '../connect/protocol';

/** What Latchkey.connect takes. */
interface ConnectOptions {
  /**
   * Latchkey's base URL; where this script was loaded from by default.
   * Needed when the script is bundled or loaded as a module.
   */
  baseUrl?: string;
  /** A connect session's secret key (createConnectSession). */
  sessionKey: string;
  /** Source keys to offer, within the session's own. */
  sources?: string[];
  /** Receives ready, account-added, verification-failed, error and closed. */
  onEvent?: (event: WidgetEvent) => void;
  /** "light", "dark", or --lk-* custom properties and their values. */
  theme?: InitMessage['theme'];
}

const loadedFrom = (document.currentScript as HTMLScriptElement | null)?.src;

function connect(options: ConnectOptions): { close: () => void } {
  const from = options.baseUrl ?? (loadedFrom ? new URL('.', loadedFrom).href : undefined);
  if (!from) {
    // Loaded as a module or bundled: where Latchkey is cannot be known, and
    // guessing (this page's own origin) could hand the key to another page.
    throw new Error('Latchkey.connect: give baseUrl, the address of your Latchkey server');
  }
  const base = new URL(from);
  const origin = base.origin;
  const emit = (event: WidgetEvent) => {
    try {
      options.onEvent?.(event);
    } catch (e) {
      setTimeout(() => {
        throw e;
      });
    }
  };

  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', 'Connect an account');
  Object.assign(dialog.style, {
    padding: '0',
    border: 'none',
    borderRadius: '12px',
    width: 'min(480px, 96vw)',
    height: 'min(640px, 92vh)',
    boxShadow: '0 12px 40px rgba(0,0,0,.35)',
    overflow: 'hidden',
  });
  const frame = document.createElement('iframe');
  frame.src = new URL('connect', base).href;
  frame.title = 'Connect an account';
  Object.assign(frame.style, { border: 'none', width: '100%', height: '100%', display: 'block' });
  dialog.append(frame);

  let closed = false;
  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    const m = e.data as FrameMessage | null;
    switch (m?.latchkey) {
      case 'ready': {
        const init: InitMessage = { latchkey: 'init', sessionKey: options.sessionKey };
        if (options.sources) init.sources = options.sources;
        if (options.theme) init.theme = options.theme;
        frame.contentWindow?.postMessage(init, origin);
        frame.focus();
        emit({ type: 'ready' });
        break;
      }
      case 'event':
        if (m.event && m.event.type !== 'ready' && m.event.type !== 'closed') emit(m.event);
        break;
      case 'close':
        close();
        break;
    }
  };
  const close = () => {
    if (closed) return;
    closed = true;
    removeEventListener('message', onMessage);
    dialog.close();
    dialog.remove();
    emit({ type: 'closed' });
  };
  addEventListener('message', onMessage);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { close };
}

const w = window as unknown as { Latchkey?: Record<string, unknown> };
w.Latchkey = Object.assign(w.Latchkey ?? {}, { connect });
