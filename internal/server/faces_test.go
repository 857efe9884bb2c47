package server_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Helpers for the browser tests of the console and the widget: they act
// as a person does (typing, clicking, choosing) and read what the page
// shows.

// byLabel selects the form control whose label reads label, as a person
// finds it.
func byLabel(label string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//*[@id=//label[normalize-space()=%q]/@for]`, label))
}

// button selects the enabled or disabled button that reads text.
func button(text string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//button[normalize-space()=%q]`, text))
}

// navLink selects the console's navigation link that reads text.
func navLink(text string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//nav//a[text()=%q]`, text))
}

// inDialog selects the button that reads text in the open dialog.
func inDialog(text string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//dialog[@open]//button[normalize-space()=%q]`, text))
}

// fill types text into the control labelled label.
func fill(label, text string) chromedp.Action[chromedp.Void] {
	return chromedp.SendKeys(byLabel(label), text)
}

// labelled is JavaScript that evaluates to the control labelled label, or
// null while there is none.
func labelled(label string) string {
	return fmt.Sprintf(`(() => { const l = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === %q); return l && document.getElementById(l.htmlFor) })()`, label)
}

// onLabelled waits until the control labelled label exists (pages render
// a moment after a click), then runs do on it (JavaScript with c bound to
// the control).
func onLabelled(label, do string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](fmt.Sprintf(`(() => { const c = %s; if (!c) return false; %s; return true })()`, labelled(label), do),
		chromedp.WithPollingTimeout(10*time.Second))
}

// replace replaces the text of the control labelled label, as selecting
// it all and typing over it does.
func replace(label, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(onLabelled(label, `c.value = ''; c.dispatchEvent(new Event('input', { bubbles: true }))`), fill(label, text))
}

// choose picks the option with value in the select labelled label, once
// it has one, as a person's choice does (the change event included).
func choose(label, value string) chromedp.Action[chromedp.Void] {
	return onLabelled(label, fmt.Sprintf(`if (![...c.options].some((o) => o.value === %q)) return false; c.value = %q; c.dispatchEvent(new Event('change', { bubbles: true }))`, value, value))
}

// waitText waits until the element sel exists and its text contains want,
// and returns that text; it fails the test with what the page shows.
func (tb *tab) waitText(t *testing.T, sel, want string) string {
	t.Helper()
	poll := fmt.Sprintf(`(() => { const e = document.querySelector(%q); const v = e && e.textContent; return v && v.includes(%q) ? v : null })()`, sel, want)
	got, err := chromedp.Run(tb.ctx, chromedp.Poll[string](poll, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		_, _, _, exceptions := tb.snapshot()
		t.Fatalf("%s does not show %q (%v); the page shows:\n%s\nexceptions: %v", sel, want, err, tb.pageText(), exceptions)
	}
	return got
}

// pageText returns the text of the page's body, for failure messages.
func (tb *tab) pageText() string {
	s, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.body.innerText`))
	return s
}

// texts returns the text of each element that matches sel.
func texts(t *testing.T, tb *tab, sel string) []string {
	t.Helper()
	return eval[[]string](t, tb, fmt.Sprintf(`[...document.querySelectorAll(%q)].map((e) => e.textContent.trim())`, sel))
}

// screenshot saves the page as dir/name.png when LATCHKEY_SCREENSHOTS
// names a directory (the README's images are taken so).
func (tb *tab) screenshot(t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("LATCHKEY_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("taking a screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// axeSource is axe-core's script, from web/ui's npm packages.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../web/ui/node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Skipf("no axe-core (%v); run npm ci in web/ui to check accessibility", err)
	}
	return string(b)
}

// axeViolation is one rule axe-core found broken, with its impact.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axeScript is JavaScript that runs axe-core (loaded from source) over the
// document it runs in, WCAG 2 A and AA rules, and evaluates to its
// violations as JSON once they are known, null before.
func axeScript(source string) string {
	return `(() => {
		if (!window.__axe) {
			window.__axe = 'running';
			` + source + `;
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
				.then((r) => { window.__axe = JSON.stringify(r.violations); })
				.catch((e) => { window.__axe = JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }]); });
		}
		return window.__axe === 'running' ? null : window.__axe;
	})()`
}

// axeViolations runs axe-core over what the tab shows (in an iframe, with
// chromedp.WithPollingInFrame) and returns the rules broken.
func (tb *tab) axeViolations(t *testing.T, what string, opts ...chromedp.PollOption) []axeViolation {
	t.Helper()
	source := axeSource(t)
	_ = chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](`delete window.__axe`))
	opts = append(opts, chromedp.WithPollingTimeout(20*time.Second))
	raw, err := chromedp.Run(tb.ctx, chromedp.Poll[string](axeScript(source), opts...))
	if err != nil {
		t.Fatalf("running axe-core on %s: %v", what, err)
	}
	var found []axeViolation
	if err := json.Unmarshal([]byte(raw), &found); err != nil {
		t.Fatalf("axe-core's answer on %s: %v", what, err)
	}
	return found
}

// checkAccessible fails the test on any serious or critical violation
// axe-core finds in what the tab shows, naming the page as what.
func (tb *tab) checkAccessible(t *testing.T, what string, opts ...chromedp.PollOption) {
	t.Helper()
	found := tb.axeViolations(t, what, opts...)
	var minor []string
	for _, v := range found {
		if v.Impact != "serious" && v.Impact != "critical" {
			minor = append(minor, v.Impact+" "+v.ID)
			continue
		}
		var where []string
		for _, n := range v.Nodes {
			where = append(where, n.HTML)
		}
		t.Errorf("%s: %s violation %s (%s) at %s", what, v.Impact, v.ID, v.Help, strings.Join(where, " | "))
	}
	t.Logf("axe-core on %s: %d rules broken, %d of them minor or moderate %v", what, len(found), len(minor), minor)
}

// checkServedAlone checks what the tab did on the server at base, as what
// ("the page", "the console"): it requested nothing from any other origin,
// no URL held secret, the two files under assetPrefix (a script and a
// stylesheet) loaded, and it broke none of its Content-Security-Policy and
// raised no exception.
func (tb *tab) checkServedAlone(t *testing.T, base, secret, assetPrefix, what string) {
	t.Helper()
	violations := eval[[]string](t, tb, `window.__violations`)
	requests, _, _, exceptions := tb.snapshot()
	ws := "ws" + strings.TrimPrefix(base, "http")
	assets := 0
	for _, r := range requests {
		if !strings.HasPrefix(r.url, base+"/") && !strings.HasPrefix(r.url, ws+"/") && !strings.HasPrefix(r.url, "data:") {
			t.Errorf("%s requested %s %s, not from the server", what, r.method, r.url)
		}
		if strings.Contains(r.url, secret) {
			t.Errorf("a URL holds the key: %s", r.method)
		}
		if strings.HasPrefix(r.url, base+assetPrefix) {
			assets++
			if status := tb.statusOf(r.url); status != 200 {
				t.Errorf("%s: %d", r.url, status)
			}
		}
	}
	if assets != 2 {
		t.Errorf("%s loaded %d of its files, want a script and a stylesheet", what, assets)
	}
	if len(violations) > 0 || len(exceptions) > 0 {
		t.Errorf("CSP violations %v, exceptions %v", violations, exceptions)
	}
}

// checkFaces checks a face (console or connect) as checkServedAlone does,
// and that its page had its Content-Security-Policy.
func (tb *tab) checkFaces(t *testing.T, base, secret, face string) {
	t.Helper()
	tb.checkServedAlone(t, base, secret, "/ui/"+face+"-", "the "+face)
	csp := tb.header("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self';") || strings.Contains(csp, "unsafe") {
		t.Errorf("the %s's policy: %q", face, csp)
	}
}
