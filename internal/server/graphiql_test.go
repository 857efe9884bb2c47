package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestGraphiQLInBrowser drives GraphiQL at / in headless Chromium, on
// SQLite (a browser test gains nothing from a second database): the page
// loads from the server alone; before a key the result pane says one is
// needed; once the key is pasted into the Headers tab the schema loads and
// the Docs list Account; the default document runs and shows the caller's
// key; a subscription runs over a websocket authenticated by its
// connection_init and shows an event. The key never reaches a URL or the
// browser's storage, and the page breaks none of its own CSP.
func TestGraphiQLInBrowser(t *testing.T) {
	browser := chromium(t)
	t.Run("introspection", func(t *testing.T) {
		s := testenv.Start(t, testenv.Backends()[0])
		admin := s.NewKey(t, "production", auth.FullAccess)
		tb := openTab(t, browser, 20*time.Second)
		start := time.Now()

		tb.run(t, "loading the page", chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(chromedp.CSS(queryEditor)), chromedp.WaitVisible(chromedp.CSS(headersEditor)))
		hint := eval[string](t, tb, `document.getElementById('latchkey-hint').textContent`)
		if !strings.Contains(hint, "Headers") || !strings.Contains(hint, `{"Authorization": "Bearer lksk_…"}`) || !strings.Contains(hint, "not stored") {
			t.Errorf("the hint does not say where the key goes: %q", hint)
		}
		// Without a key the schema cannot load, and the result pane says why.
		tb.waitEditor(t, responseEditor, "UNAUTHENTICATED")

		tb.run(t, "entering the key", setEditor(headersEditor, `{"Authorization": "Bearer `+admin.Secret+`"}`),
			chromedp.Click(chromedp.CSS(`[aria-label="Show Documentation Explorer"]`)),
			chromedp.Click(chromedp.Search(`//a[contains(@class,"graphiql-doc-explorer-type-name") and text()="Query"]`)),
			chromedp.Click(chromedp.Search(`//a[contains(@class,"graphiql-doc-explorer-type-name") and text()="Account"]`)),
			chromedp.WaitVisible(chromedp.Search(`//*[contains(@class,"graphiql-doc-explorer-title") and text()="Account"]`)))
		if got := deref(eval[*string](t, tb, editorText(responseEditor))); got != "" {
			t.Errorf("the result pane still shows why the schema did not load:\n%s", got)
		}

		tb.run(t, "running the default document", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
		tb.waitEditor(t, responseEditor, admin.ID)
		if path := os.Getenv("LATCHKEY_SCREENSHOT"); path != "" {
			png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatalf("taking a screenshot: %v", err)
			}
			if err := os.WriteFile(path, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}

		// GraphiQL reads the operation's name from the editor a moment
		// after a change: wait for it, as a person's click would.
		tb.run(t, "subscribing", setEditor(queryEditor, `subscription Watch { events(types: [AUTH_ACCESS_CREATED]) { type subjectId } }`),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).CodeMirror.operationName === "Watch"`, queryEditor)),
			chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
		tb.waitFrame(t, `"type":"connection_ack"`)
		tb.waitSent(t, `"type":"subscribe"`)
		// The server starts the subscription a moment after the subscribe
		// message: create keys until one's event arrives.
		var created struct {
			CreateAuthAccess struct{ AuthAccess struct{ ID string } }
		}
		for deadline := time.Now().Add(10 * time.Second); ; {
			s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "watched", permission: READ_ONLY}) { authAccess { id } } }`, nil, &created)
			if got := deref(eval[*string](t, tb, editorText(responseEditor))); strings.Contains(got, "AUTH_ACCESS_CREATED") || time.Now().After(deadline) {
				break
			}
			tb.waitQuiet(100 * time.Millisecond)
		}
		tb.waitEditor(t, responseEditor, "AUTH_ACCESS_CREATED")
		_, sent, _, _ := tb.snapshot()
		if !containsAll(sent, `"type":"connection_init"`, `"Authorization":"Bearer `+admin.Secret+`"`) {
			t.Errorf("no connection_init carried the key; frames sent: %d", len(sent))
		}

		// A dialog adds a style element, with the page's nonce.
		tb.run(t, "opening the settings", chromedp.Click(chromedp.CSS(`[aria-label="Open settings dialog"]`)),
			chromedp.WaitVisible(chromedp.CSS(".graphiql-dialog")))
		if n := eval[int](t, tb, `document.querySelectorAll('style').length`); n == 0 {
			t.Errorf("the dialog added no style element; the nonce went untested")
		}

		tb.checkOffline(t, s.URL, admin.Secret)
		tb.checkPolicyEnforced(t)
		requests, _, _, _ := tb.snapshot()
		if n := count(requests, "POST", s.URL+"/graphql"); n < 3 {
			t.Errorf("%d POSTs to /graphql; want the failed schema fetch, the one after the key, and the query", n)
		}
		t.Logf("the browser test took %v", time.Since(start))
	})

	t.Run("no introspection", func(t *testing.T) {
		s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.Limits.NoIntrospection = true })
		reader := s.NewKey(t, "production", auth.ReadOnly)
		tb := openTab(t, browser, 20*time.Second)
		tb.run(t, "loading the page", chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(chromedp.CSS(queryEditor)), chromedp.WaitVisible(chromedp.CSS(headersEditor)))
		hint := eval[string](t, tb, `document.getElementById('latchkey-hint').textContent`)
		tb.run(t, "running the default document", setEditor(headersEditor, `{"Authorization": "Bearer `+reader.Secret+`"}`),
			chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
		if !strings.Contains(hint, "introspection turned off") {
			t.Errorf("the hint does not say introspection is off: %q", hint)
		}
		tb.waitEditor(t, responseEditor, reader.ID)
		tb.checkOffline(t, s.URL, reader.Secret)
		requests, _, _, _ := tb.snapshot()
		if n := count(requests, "POST", s.URL+"/graphql"); n != 1 {
			t.Errorf("%d POSTs to /graphql; want only the query, no schema fetch", n)
		}
	})
}

// checkOffline checks what the tab did on the server at base: it requested
// nothing from any other origin, its script and stylesheet loaded, the key
// secret is in no URL and in no storage, the page had the CSP and broke
// none of it, and no script failed. A name the build did not make is 404.
func (tb *tab) checkOffline(t *testing.T, base, secret string) {
	t.Helper()
	href := eval[string](t, tb, `location.href`)
	stored := eval[string](t, tb, `JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])`)
	tb.checkServedAlone(t, base, secret, "/graphiql/", "the page")
	if strings.Contains(href, secret) || strings.Contains(stored, secret) || !strings.Contains(stored, "graphiql:") {
		t.Errorf("the key is in the URL or the storage, or GraphiQL stored nothing at all: %d bytes stored", len(stored))
	}
	ws := "ws" + strings.TrimPrefix(base, "http")
	csp := tb.header("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self' "+ws) || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("the page's policy: %q", csp)
	}
	resp, err := http.Get(base + "/graphiql/graphiql-MISSING.js")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("a missing asset: %d, want 404", resp.StatusCode)
	}
}

// checkPolicyEnforced checks that the browser applies the page's policy:
// a script or a style element added without the nonce is refused.
func (tb *tab) checkPolicyEnforced(t *testing.T) {
	t.Helper()
	tb.run(t, "adding an inline script and style", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s);
		const st = document.createElement('style'); st.textContent = 'body { color: red }'; document.head.appendChild(st);
	})()`))
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[[]string](`window.__violations.length >= 2 && window.__violations`, chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil || !slices.Contains(got, "script-src-elem inline") || !slices.Contains(got, "style-src-elem inline") {
		t.Errorf("inline script and style were not refused: %v %v", got, err)
	}
	if ran := eval[bool](t, tb, `window.__ran === true`); ran {
		t.Errorf("an inline script ran")
	}
}

func (tb *tab) statusOf(url string) int {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return tb.statuses[url]
}

// waitFrame waits for a websocket frame received that contains want.
func (tb *tab) waitFrame(t *testing.T, want string) {
	t.Helper()
	tb.waitFor(t, "a websocket frame with "+want, func() bool {
		_, _, received, _ := tb.snapshot()
		return containsAll(received, want)
	})
}

// waitSent waits for a websocket frame sent that contains want.
func (tb *tab) waitSent(t *testing.T, want string) {
	t.Helper()
	tb.waitFor(t, "a websocket frame sent with "+want, func() bool {
		_, sent, _, _ := tb.snapshot()
		return containsAll(sent, want)
	})
}

// waitFor waits until done reports true, within the tab's time.
func (tb *tab) waitFor(t *testing.T, what string, done func() bool) {
	t.Helper()
	for !done() {
		if tb.ctx.Err() != nil {
			requests, sent, received, exceptions := tb.snapshot()
			t.Fatalf("waiting for %s: %v\nrequests %v\nsent %q\nreceived %q\nexceptions %v", what, tb.ctx.Err(), requests, sent, received, exceptions)
		}
		tb.waitQuiet(20 * time.Millisecond)
	}
}

// waitQuiet pauses between two looks at what the tab recorded.
func (tb *tab) waitQuiet(d time.Duration) {
	select {
	case <-tb.ctx.Done():
	case <-time.After(d):
	}
}

// containsAll reports whether one of frames contains every one of wants.
func containsAll(frames []string, wants ...string) bool {
	for _, f := range frames {
		all := true
		for _, w := range wants {
			all = all && strings.Contains(compact(f), w)
		}
		if all {
			return true
		}
	}
	return false
}

// compact returns JSON text without insignificant spaces.
func compact(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func count(requests []request, method, url string) int {
	n := 0
	for _, r := range requests {
		if r.method == method && r.url == url {
			n++
		}
	}
	return n
}
