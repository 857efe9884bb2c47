package server_test

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// hostPage is a customer's page, on an origin of its own: it loads
// /connect.js from Latchkey, opens the widget with a connect session its
// own server made, and lists the widget's events.
var hostPage = template.Must(template.New("host").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A customer's app</title>
<script {{if .Module}}type="module" {{end}}src="{{.Latchkey}}/connect.js"></script></head>
<body><main><h1>A customer's app</h1><button id="open">Connect an account</button><ol id="events"></ol>
{{if .Attacker}}<iframe title="an advertisement" src="{{.Attacker}}/evil"></iframe>{{end}}</main>
<script>
window.events = [];
document.getElementById('open').addEventListener('click', () => {
  Latchkey.connect({
    sessionKey: {{.SessionKey}},
    theme: {{.Theme}},
    baseUrl: {{.BaseURL}} || undefined,
    onEvent: (e) => {
      window.events.push(e);
      const li = document.createElement('li');
      li.textContent = JSON.stringify(e);
      document.getElementById('events').append(li);
    },
  });
});
</script></body></html>`))

// hostServer serves hostPage; its fields are read at each request.
type hostServer struct {
	*httptest.Server
	latchkey, sessionKey, baseURL string
	theme                         any
	// module loads connect.js as a module; attacker adds an iframe of
	// that origin's /evil beside the widget.
	module   bool
	attacker string
}

func startHost(t *testing.T) *hostServer {
	h := &hostServer{theme: "light"}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = hostPage.Execute(w, map[string]any{"Latchkey": h.latchkey, "SessionKey": h.sessionKey, "Theme": h.theme,
			"BaseURL": h.baseURL, "Module": h.module, "Attacker": h.attacker})
	}))
	t.Cleanup(h.Close)
	return h
}

// firstFieldFocused is true in the widget once its first field, the shop's
// domain, has the focus: keys sent before then go nowhere.
const firstFieldFocused = `document.activeElement && document.activeElement.name === 'myShopifyDomain'`

// waitEvent waits until the host page has received an event of type typ
// from the widget, and returns it.
func (tb *tab) waitEvent(t *testing.T, typ string, nth int) map[string]any {
	t.Helper()
	poll := fmt.Sprintf(`(() => { const es = window.events.filter((e) => e.type === %q); return es.length >= %d ? es[%d] : null })()`, typ, nth, nth-1)
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[map[string]any](poll, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		_, _, _, exceptions := tb.snapshot()
		t.Fatalf("the host page did not receive %s #%d (%v); it received %v; exceptions %v", typ, nth, err, eval[any](t, tb, `window.events`), exceptions)
	}
	return got
}

// frameText waits until the widget's iframe shows want, and returns its
// text.
func (tb *tab) frameText(t *testing.T, frame *chromedp.Node, want string) string {
	t.Helper()
	poll := fmt.Sprintf(`document.body && document.body.innerText.includes(%q) ? document.body.innerText : null`, want)
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[string](poll, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		now, _ := chromedp.Run(tb.ctx, chromedp.Poll[string](`document.body.innerText`, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(time.Second)))
		t.Fatalf("the widget does not show %q (%v); it shows:\n%s", want, err, now)
	}
	return got
}

// widgetFrame returns the node of the widget's iframe on the host page.
func (tb *tab) widgetFrame(t *testing.T) *chromedp.Node {
	t.Helper()
	nodes, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSS("dialog[open] iframe")))
	if err != nil || len(nodes) != 1 {
		t.Fatalf("the widget's iframe: %v (%d)", err, len(nodes))
	}
	return nodes[0]
}

// TestConnectWidgetInBrowser opens the widget from a customer's page on
// another origin, as an end user would, by keyboard: the session's key
// reaches the iframe by postMessage (in no URL); an account added is
// reported to the host page as account-added, one the source refuses as
// verification-failed, one added again with alreadyExists; Escape closes
// the widget and the host page hears closed. axe-core checks the widget.
func TestConnectWidgetInBrowser(t *testing.T) {
	host := startHost(t)
	s, admin, tb := openWidget(t, host, 60*time.Second)
	s.Sources.Revoke("shpat_widget_revoked")
	start := time.Now()

	tb.run(t, "opening the widget", chromedp.Navigate(host.URL+"/"), chromedp.Click(chromedp.ID("open")))
	tb.waitEvent(t, "ready", 1)
	frame := tb.widgetFrame(t)
	tb.frameText(t, frame, "Connect Shopify")
	tb.checkAccessible(t, "the widget", chromedp.WithPollingInFrame(frame))

	// By keyboard only: the first field has the focus.
	framePoll[bool](t, tb, frame, firstFieldFocused)
	tb.run(t, "filling the form by keyboard", chromedp.KeyEvent("widget.myshopify.com"), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent("shpat_widget_good"), chromedp.KeyEvent(kb.Enter))
	added := tb.waitEvent(t, "account-added", 1)
	if added["source"] != "shopify" || added["alreadyExists"] != false || !strings.HasPrefix(fmt.Sprint(added["accountId"]), "acc_") || added["identifier"] == "" {
		t.Errorf("account-added: %v", added)
	}
	tb.frameText(t, frame, "is connected")
	var account struct {
		Node struct {
			Identifier string
			Creator    struct{ PersonID string }
		}
	}
	s.Must(t, admin.Secret, `query($id: ID!) { node(id: $id) { ... on Account { identifier creator { personId } } } }`, map[string]any{"id": added["accountId"]}, &account)
	if account.Node.Identifier != added["identifier"] || account.Node.Creator.PersonID != "person-1" {
		t.Errorf("the account added: %+v, event %v", account.Node, added)
	}

	// A token the source revoked: the host page hears why.
	tb.run(t, "connecting another", chromedp.Click(chromedp.Search(`//button[text()="Connect another"]`), chromedp.FromNode(frame)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="accessToken"]`), chromedp.FromNode(frame)),
		chromedp.SendKeys(chromedp.CSS(`input[name="myShopifyDomain"]`), "revoked.myshopify.com", chromedp.FromNode(frame)),
		chromedp.SendKeys(chromedp.CSS(`input[name="accessToken"]`), "shpat_widget_revoked", chromedp.FromNode(frame)),
		chromedp.Click(chromedp.Search(`//button[text()="Connect"]`), chromedp.FromNode(frame)))
	failed := tb.waitEvent(t, "verification-failed", 1)
	if failed["source"] != "shopify" || fmt.Sprint(failed["reason"]) == "" {
		t.Errorf("verification-failed: %v", failed)
	}
	tb.frameText(t, frame, "did not accept these credentials")

	// Tab keeps the focus inside the widget, round and round.
	tb.run(t, "tabbing around", chromedp.Focus(chromedp.Search(`//button[text()="Try again"]`), chromedp.FromNode(frame)),
		chromedp.KeyEvent(strings.Repeat(kb.Tab, 7)))
	focused, err := chromedp.Run(tb.ctx, chromedp.Poll[string](`document.activeElement && document.activeElement.closest('main') ? document.activeElement.textContent : null`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(2*time.Second)))
	if err != nil || eval[string](t, tb, `document.activeElement.tagName`) != "IFRAME" {
		t.Errorf("Tab took the focus out of the widget: %v, host's focus on %s", err, eval[string](t, tb, `document.activeElement.tagName`))
	}
	t.Logf("after 7 tabs the focus is on %q", focused)

	// Escape closes it, wherever the focus is inside.
	tb.run(t, "pressing Escape", chromedp.KeyEvent(kb.Escape))
	tb.waitEvent(t, "closed", 1)
	if n := eval[int](t, tb, `document.querySelectorAll('dialog').length`); n != 0 {
		t.Errorf("%d dialogs left on the host page after closing", n)
	}

	// Added again, in the dark theme: the widget says its credentials were
	// refreshed.
	host.theme = "dark"
	tb.run(t, "opening the widget again", chromedp.Reload(), chromedp.Click(chromedp.ID("open")))
	tb.waitEvent(t, "ready", 1)
	frame = tb.widgetFrame(t)
	tb.frameText(t, frame, "Connect Shopify")
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`document.documentElement.classList.contains('dark')`, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(2*time.Second))); err != nil {
		t.Errorf("the widget did not take the host's dark theme: %v", err)
	}
	// Type once the widget has put the focus on its first field, as a
	// person would see it there.
	framePoll[bool](t, tb, frame, firstFieldFocused)
	tb.run(t, "adding the same account", chromedp.KeyEvent("widget.myshopify.com"), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent("shpat_widget_good"), chromedp.KeyEvent(kb.Enter))
	again := tb.waitEvent(t, "account-added", 1)
	if again["alreadyExists"] != true || again["accountId"] != added["accountId"] {
		t.Errorf("the account added again: %v, first %v", again, added)
	}
	tb.frameText(t, frame, "was already connected; its credentials were refreshed")
	tb.screenshot(t, "widget-already-connected")

	// Nothing secret went anywhere but the iframe: no URL held the
	// session's key, and the host page's events hold no credential.
	requests, _, _, exceptions := tb.snapshot()
	for _, r := range requests {
		if strings.Contains(r.url, host.sessionKey) {
			t.Errorf("a URL holds the session's key: %s %s", r.method, strings.ReplaceAll(r.url, host.sessionKey, "…"))
		}
	}
	if events := eval[string](t, tb, `JSON.stringify(window.events)`); strings.Contains(events, "shpat_") || strings.Contains(events, host.sessionKey) {
		t.Errorf("an event holds a secret: %s", events)
	}
	if len(exceptions) > 0 {
		t.Errorf("exceptions: %v", exceptions)
	}
	t.Logf("the widget's browser test took %v", time.Since(start))
}

// TestConnectWidgetRefusesOtherOrigins opens the widget from a page whose
// origin the server does not allow: the browser refuses to show the
// iframe, so it never says ready, and no key is ever sent to it.
func TestConnectWidgetRefusesOtherOrigins(t *testing.T) {
	browser := chromium(t)
	host := startHost(t)
	s := testenv.Start(t, testenv.Backends()[0]) // allows https://app.example only
	host.latchkey = s.URL
	admin := s.NewKey(t, "production", auth.FullAccess)
	var session struct {
		CreateConnectSession struct{ SecretKey string }
	}
	s.Must(t, admin.Secret, `mutation { createConnectSession(input: {personId: "person-1"}) { secretKey } }`, nil, &session)
	host.sessionKey = session.CreateConnectSession.SecretKey
	tb := openTab(t, browser, 20*time.Second)
	tb.run(t, "opening the widget", chromedp.Navigate(host.URL+"/"), chromedp.Click(chromedp.ID("open")),
		chromedp.WaitReady(chromedp.CSS("dialog[open] iframe")))
	// The page's own load event has fired once the iframe was refused; a
	// ready would come right after its script ran.
	ctx, cancel := context.WithTimeout(tb.ctx, 3*time.Second)
	defer cancel()
	if got, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.events.length > 0`)); err == nil && got {
		t.Fatalf("a page of an origin not allowed heard from the widget: %v", eval[any](t, tb, `window.events`))
	}
	requests, _, _, _ := tb.snapshot()
	if n := count(requests, "POST", s.URL+"/graphql"); n != 0 {
		t.Errorf("the refused widget made %d requests to /graphql", n)
	}
}

// evilPage is another origin's page framed beside the widget: it keeps
// posting forged messages to the host page and an init with a key of its
// own to every frame, and records any message it receives.
const evilPage = `<!doctype html><html lang="en"><head><title>evil</title></head><body><script>
window.got = [];
addEventListener('message', (e) => { if (e.source !== window) window.got.push(JSON.stringify(e.data)); });
setInterval(() => {
  parent.postMessage({ latchkey: 'event', event: { type: 'account-added', accountId: 'acc_forged', source: 'shopify', identifier: 'forged', alreadyExists: false } }, '*');
  parent.postMessage({ latchkey: 'ready' }, '*');
  parent.postMessage({ latchkey: 'close' }, '*');
  for (let i = 0; i < parent.frames.length; i++) {
    if (parent.frames[i] !== window) parent.frames[i].postMessage({ latchkey: 'init', sessionKey: 'lksk_forged', theme: 'dark' }, '*');
  }
}, 20);
</script></body></html>`

// openWidget starts a server whose CORS origins allow host, makes a
// connect session for person-1 on Shopify for the host page to use, and
// opens a tab whose actions fail after timeout.
func openWidget(t *testing.T, host *hostServer, timeout time.Duration) (*testenv.Server, testenv.Key, *tab) {
	t.Helper()
	browser := chromium(t)
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.CORSOrigins = []string{host.URL} })
	host.latchkey = s.URL
	admin := s.NewKey(t, "production", auth.FullAccess)
	var session struct {
		CreateConnectSession struct{ SecretKey string }
	}
	s.Must(t, admin.Secret, `mutation { createConnectSession(input: {personId: "person-1", sources: ["shopify"]}) { secretKey } }`, nil, &session)
	host.sessionKey = session.CreateConnectSession.SecretKey
	return s, admin, openTab(t, browser, timeout)
}

// TestConnectWidgetIgnoresOtherWindows frames a hostile page of another
// origin beside the widget: its forged events, ready and close reach
// neither the host page's onEvent nor the widget, its init with a key of
// its own is ignored, and it never receives the session's key.
func TestConnectWidgetIgnoresOtherWindows(t *testing.T) {
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(evilPage))
	}))
	t.Cleanup(evil.Close)
	host := startHost(t)
	host.attacker = evil.URL
	s, _, tb := openWidget(t, host, 30*time.Second)
	tb.run(t, "opening the widget beside the hostile page", chromedp.Navigate(host.URL+"/"), chromedp.WaitReady(chromedp.CSS(`iframe[title="an advertisement"]`)),
		chromedp.Click(chromedp.ID("open")))
	tb.waitEvent(t, "ready", 1)
	frame := tb.widgetFrame(t)
	tb.frameText(t, frame, "Connect Shopify")
	tb.waitQuiet(time.Second) // 50 rounds of forgeries
	if events := eval[string](t, tb, `JSON.stringify(window.events)`); events != `[{"type":"ready"}]` {
		t.Errorf("the host page heard forged messages: %s", events)
	}
	if n := eval[int](t, tb, `document.querySelectorAll('dialog[open]').length`); n != 1 {
		t.Errorf("a forged close closed the widget")
	}
	tb.run(t, "connecting", chromedp.KeyEvent("real.myshopify.com"), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent("shpat_real"), chromedp.KeyEvent(kb.Enter))
	added := tb.waitEvent(t, "account-added", 1)
	if added["accountId"] == "acc_forged" {
		t.Errorf("the host took a forged account-added")
	}
	nodes, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSS(`iframe[title="an advertisement"]`)))
	if err != nil || len(nodes) != 1 {
		t.Fatalf("the hostile frame: %v", err)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[string](`JSON.stringify(window.got)`, chromedp.WithPollingInFrame(nodes[0]), chromedp.WithPollingTimeout(2*time.Second)))
	if err != nil || strings.Contains(got, host.sessionKey) || got != "[]" {
		t.Errorf("the hostile frame received %s (%v)", got, err)
	}
	if strings.Contains(s.Logs(), "lksk_forged") {
		t.Errorf("the forged key reached the server's logs")
	}
}

// TestConnectWidgetRefusesAPIKeys gives the widget a FULL_ACCESS key, as a
// mistaken integration would: it refuses, and the host page hears why.
func TestConnectWidgetRefusesAPIKeys(t *testing.T) {
	host := startHost(t)
	_, admin, tb := openWidget(t, host, 30*time.Second)
	host.sessionKey = admin.Secret
	tb.run(t, "opening the widget with an API key", chromedp.Navigate(host.URL+"/"), chromedp.Click(chromedp.ID("open")))
	refused := tb.waitEvent(t, "error", 1)
	if refused["code"] != "NOT_A_CONNECT_SESSION" {
		t.Errorf("the error event: %v", refused)
	}
	tb.frameText(t, tb.widgetFrame(t), "cannot be used")

	host.sessionKey = "lksk_" + strings.Repeat("A", 40)
	tb.run(t, "opening the widget with a wrong key", chromedp.Reload(), chromedp.Click(chromedp.ID("open")))
	if wrong := tb.waitEvent(t, "error", 1); wrong["code"] != "UNAUTHENTICATED" {
		t.Errorf("the error event of a wrong key: %v", wrong)
	}
}

// TestConnectWidgetTheme gives the widget a hostile theme: only --lk-*
// properties with plain values are taken; nothing is loaded from it.
func TestConnectWidgetTheme(t *testing.T) {
	host := startHost(t)
	host.theme = map[string]string{"--lk-accent": "#7c3aed", "--lk-bg": "url(https://attacker.example/x)", "--lk-fg": "red;} body{display:none",
		"color": "red", "--lk-radius": "image-set(\"x.png\" 1x)"}
	_, _, tb := openWidget(t, host, 30*time.Second)
	tb.run(t, "opening the widget", chromedp.Navigate(host.URL+"/"), chromedp.Click(chromedp.ID("open")))
	tb.waitEvent(t, "ready", 1)
	frame := tb.widgetFrame(t)
	tb.frameText(t, frame, "Connect Shopify")
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[map[string]string](`(() => { const s = document.documentElement.style; return { accent: s.getPropertyValue('--lk-accent'), bg: s.getPropertyValue('--lk-bg'), fg: s.getPropertyValue('--lk-fg'), color: s.color, radius: s.getPropertyValue('--lk-radius') } })()`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(2*time.Second)))
	if err != nil || got["accent"] != "#7c3aed" || got["bg"] != "" || got["fg"] != "" || got["color"] != "" || got["radius"] != "" {
		t.Errorf("the theme taken: %v (%v)", got, err)
	}
	requests, _, _, _ := tb.snapshot()
	for _, r := range requests {
		if strings.Contains(r.url, "attacker") || strings.Contains(r.url, "x.png") {
			t.Errorf("the theme loaded %s", r.url)
		}
	}
}

// TestConnectScriptNeedsBaseURL loads connect.js as a module, where it
// cannot know where Latchkey is: without baseUrl it throws rather than
// frame the host's own origin; with it, the widget opens.
func TestConnectScriptNeedsBaseURL(t *testing.T) {
	host := startHost(t)
	host.module = true
	s, _, tb := openWidget(t, host, 30*time.Second)
	tb.run(t, "loading the host page", chromedp.Navigate(host.URL+"/"), chromedp.Poll[chromedp.Void](`!!window.Latchkey`))
	msg := eval[string](t, tb, `(() => { try { Latchkey.connect({ sessionKey: 'x' }); return 'opened' } catch (e) { return e.message } })()`)
	if !strings.Contains(msg, "give baseUrl") || eval[int](t, tb, `document.querySelectorAll('dialog').length`) != 0 {
		t.Errorf("connect without a base URL: %q", msg)
	}
	host.baseURL = s.URL + "/"
	tb.run(t, "opening with baseUrl", chromedp.Reload(), chromedp.Poll[chromedp.Void](`!!window.Latchkey`), chromedp.Click(chromedp.ID("open")))
	tb.waitEvent(t, "ready", 1)
}
