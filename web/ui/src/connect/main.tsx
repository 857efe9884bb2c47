// The connect widget's page (/connect), shown in an iframe by /connect.js.
// It says it is ready to the host page (only to the origins the server
// allows), takes the connect session's key from the host's init message
// (only from those origins and the parent window), then lets the end user
// pick a source and connect it, through its consent page or its credential
// form, telling the host page what happened.
import { render } from 'preact';
import '../lib/theme.css';
import './connect.css';
import { pageConfig } from '../lib/ui';
import { Widget } from './widget';
import type { FrameMessage, InitMessage } from './protocol';

const root = document.getElementById('app');
const allowed = pageConfig().origins ?? [];

/** send posts a message to the host page, at its origin only. */
function sender(origin: string) {
  return (m: FrameMessage) => window.parent.postMessage(m, origin);
}

function applyTheme(theme: InitMessage['theme']) {
  const html = document.documentElement;
  if (theme === 'dark' || theme === 'light') {
    html.classList.add(theme);
    return;
  }
  for (const [name, value] of Object.entries(theme ?? {})) {
    // Only the widget's own properties, with values that cannot end the
    // declaration or load anything (colours, lengths, font names).
    if (/^--lk-[a-z-]{1,40}$/.test(name) && typeof value === 'string' && /^[#\w\s.,%()/"'-]{0,100}$/.test(value) && !/url|image|src/i.test(value)) {
      html.style.setProperty(name, value);
    }
  }
}

function start() {
  if (!root) return;
  if (window.parent === window || allowed.length === 0) {
    root.textContent = '';
    render(
      <main class="widget">
        <h1>Connect an account</h1>
        <p>
          This page opens inside a website’s connect window, through <code>/connect.js</code>
          {allowed.length === 0 ? ', and this server allows no website to show it yet (LATCHKEY_CORS_ORIGINS)' : ''}.
        </p>
      </main>,
      root,
    );
    return;
  }
  let started = false;
  addEventListener('message', (e: MessageEvent) => {
    if (started || e.source !== window.parent || !allowed.includes(e.origin)) return;
    const m = e.data as Partial<InitMessage> | null;
    if (!m || m.latchkey !== 'init' || typeof m.sessionKey !== 'string') return;
    started = true;
    applyTheme(m.theme);
    const send = sender(e.origin);
    const only = Array.isArray(m.sources) ? m.sources.filter((s): s is string => typeof s === 'string') : undefined;
    root.textContent = '';
    render(<Widget sessionKey={m.sessionKey} only={only} send={send} />, root);
  });
  // Where the browser says who the parent is (ancestorOrigins), ready goes
  // to that origin if allowed; elsewhere to each allowed origin, and only
  // the parent's receives it. It holds nothing.
  const parent = window.location.ancestorOrigins?.[0];
  const targets = parent !== undefined ? allowed.filter((o) => o === parent) : allowed;
  for (const origin of targets) window.parent.postMessage({ latchkey: 'ready' } satisfies FrameMessage, origin);
}

start();
