package server_test

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium starts a headless Chromium for the test, or skips it when the
// machine has none. Every host name resolves to nothing in it, so that it
// reaches no address but the test servers' 127.0.0.1.
func chromium(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium on PATH; install Debian's chromium package (apt-get install chromium) to run the browser tests")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.WindowSize(1280, 860),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("no-proxy-server", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return browser
}

// tab is a browser tab that records what its pages load and send.
type tab struct {
	ctx context.Context

	mu         sync.Mutex
	requests   []request
	statuses   map[string]int
	document   network.Headers
	sent       []string // websocket frames
	received   []string
	exceptions []string
}

// request is one request a page made: method and URL.
type request struct{ method, url string }

// recordViolations collects the page's Content-Security-Policy violations,
// before any script of the page runs.
const recordViolations = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`

// openTab opens a tab in browser; its actions fail after timeout.
func openTab(t *testing.T, browser context.Context, timeout time.Duration) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
	})
	tb := &tab{ctx: ctx, statuses: map[string]int{}}
	err := chromedp.Listen(ctx, tb.record)
	if err == nil {
		err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
				return err
			}
			if _, err := cdp.Call(ctx, t, runtime.Enable, cdp.Empty{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recordViolations})
			return err
		}))
	}
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return tb
}

func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, request{e.Request.Method, e.Request.URL})
	case *network.EventResponseReceived:
		tb.statuses[e.Response.URL] = int(e.Response.Status)
		if e.Type == network.ResourceTypeDocument {
			tb.document = e.Response.Headers
		}
	case *network.EventWebSocketCreated:
		tb.requests = append(tb.requests, request{"WEBSOCKET", e.URL})
	case *network.EventWebSocketFrameSent:
		tb.sent = append(tb.sent, string(e.Response.PayloadData))
	case *network.EventWebSocketFrameReceived:
		tb.received = append(tb.received, string(e.Response.PayloadData))
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		if d.Exception != nil {
			tb.exceptions = append(tb.exceptions, d.Text+" "+d.Exception.Description)
		} else {
			tb.exceptions = append(tb.exceptions, d.Text)
		}
	}
}

// header returns a header of the page's document response.
func (tb *tab) header(name string) string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for k, v := range tb.document {
		if strings.EqualFold(k, name) {
			return fmt.Sprint(v)
		}
	}
	return ""
}

// snapshot returns copies of what the tab recorded so far.
func (tb *tab) snapshot() (requests []request, sent, received, exceptions []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]request(nil), tb.requests...), append([]string(nil), tb.sent...),
		append([]string(nil), tb.received...), append([]string(nil), tb.exceptions...)
}

// The CodeMirror editors of GraphiQL.
const (
	queryEditor    = ".graphiql-query-editor .CodeMirror"
	headersEditor  = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror"
	responseEditor = ".graphiql-response .CodeMirror"
)

// editorText is JavaScript that evaluates to the text of the editor sel,
// or null.
func editorText(sel string) string {
	return fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e && e.CodeMirror ? e.CodeMirror.getValue() : null })()`, sel)
}

// setEditor replaces the text of the editor sel, as pasting into it does.
func setEditor(sel, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).CodeMirror.setValue(%q)`, sel, text))
}

// waitEditor waits until the editor sel shows want, and fails the test
// with what it shows otherwise.
func (tb *tab) waitEditor(t *testing.T, sel, want string) string {
	t.Helper()
	poll := fmt.Sprintf(`(() => { const v = %s; return v !== null && v.includes(%q) ? v : null })()`, editorText(sel), want)
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[string](poll, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		now, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[*string](editorText(sel)))
		_, _, _, exceptions := tb.snapshot()
		t.Fatalf("%s does not show %q (%v); it shows:\n%v\nexceptions: %v", sel, want, err, deref(now), exceptions)
	}
	return got
}

// run runs steps in the tab, failing the test with what.
func (tb *tab) run(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		_, _, _, exceptions := tb.snapshot()
		text, _ := chromedp.Run(context.WithoutCancel(tb.ctx), chromedp.Evaluate[string](`document.body.innerText`))
		t.Fatalf("%s: %v (exceptions: %v); the page shows:\n%s", what, err, exceptions, text)
	}
}

// eval evaluates a JavaScript expression in the tab into a T.
func eval[T any](t *testing.T, tb *tab, expression string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expression))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expression, err)
	}
	return v
}

func deref(s *string) string {
	if s == nil {
		return "(no editor)"
	}
	return *s
}
