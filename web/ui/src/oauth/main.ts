// The pages of a hosted OAuth connect: the connect URL's (a button that
// posts its token, which needs no script) and the one it ends on
// (/oauth/callback without a success or error URL). On the first, in the
// widget's popup, this script presses the button. On the last, the
// server wrote the outcome in words and in data-result; this script tells
// the window that opened the flow (the connect widget, served from this
// same origin) by postMessage, to this origin only, then closes. Without
// an opener it leaves the words.
import { type OAuthResultMessage, popupName } from '../connect/protocol';

const root = document.getElementById('app');
root?.classList.add('widget');

function result(): OAuthResultMessage['result'] | null {
  try {
    return JSON.parse(root?.dataset.result ?? 'null') as OAuthResultMessage['result'];
  } catch {
    return null;
  }
}

const r = result();
if (root && r) {
  const opener = window.opener as Window | null;
  if (opener && r.flow) {
    const m: OAuthResultMessage = { latchkey: 'oauth-result', result: r };
    opener.postMessage(m, window.location.origin);
    window.close();
  }
  // Still open: the browser kept it, or nothing opened it.
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close this window';
  close.addEventListener('click', () => window.close());
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(close);
  root.append(buttons);
}

// The connect URL's page, in the widget's popup: continue at once. Any
// other window (a link opened by hand, a preview, another site's popup)
// waits for the button.
const form = root?.querySelector('form');
if (form && window.name === popupName && openedHere()) form.requestSubmit();

/** openedHere reports whether the window that opened this one is of this origin (the widget). */
function openedHere(): boolean {
  try {
    return (window.opener as Window | null)?.location.origin === window.location.origin;
  } catch {
    return false;
  }
}
