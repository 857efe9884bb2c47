package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// twoWays puts the widget's two ways of learning how a connect ended
// under the test's control: while window.__blockStatus is true its status
// queries fail as a lost network would (counted in __statusBlocked), and
// while window.__swallow is true the messages of Latchkey's last page are
// dropped before the widget reads them, as when a source's page cuts the
// popup off from its opener (counted in __swallowed).
const twoWays = `(() => {
  Object.assign(window, { __blockStatus: false, __swallow: false, __statusBlocked: 0, __swallowed: 0 });
  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (window.__blockStatus && init && String(init.body).includes('query OAuthConnect(')) {
      window.__statusBlocked++;
      return Promise.reject(new TypeError('the test blocks the status'));
    }
    return send(input, init);
  };
  addEventListener('message', (e) => {
    if (window.__swallow && e.data && e.data.latchkey === 'oauth-result') {
      window.__swallowed++;
      e.stopImmediatePropagation();
    }
  }, true);
  return true;
})()`

// TestConnectWidgetHostedOAuth connects Xero from the widget as an end
// user does: "Continue with Xero" opens a popup that passes the fake's
// consent page and ends on Latchkey's last page. With the connect's
// status unanswerable, that page's message alone tells the widget: the
// host page hears account-added and the account is the session's
// person's; declined at the consent page, the widget says so and the
// host hears nothing. With the message lost instead, the connect's status
// tells the widget the same. Shopify, which has a form too, offers its
// consent page first and the form behind a button. Each popup is closed
// at the end.
func TestConnectWidgetHostedOAuth(t *testing.T) {
	browser := chromium(t)
	host := startHost(t)
	testenv.RunWith(t, func(c *server.Config) { c.CORSOrigins = []string{host.URL} }, func(t *testing.T, s *testenv.Server) {
		host.latchkey = s.URL
		admin := s.NewKey(t, "production", auth.FullAccess)
		apps := oauthApps(t, s, admin.Secret)
		host.sessionKey = connectSession(t, s, admin.Secret, "person-1", `, sources: ["xero"]`)
		tb := openTab(t, browser, 90*time.Second)
		start := time.Now()

		tb.run(t, "opening the widget", chromedp.Navigate(host.URL+"/"), chromedp.Click(chromedp.ID("open")))
		tb.waitEvent(t, "ready", 1)
		frame := tb.widgetFrame(t)
		tb.frameText(t, frame, "Continue with Xero")
		tb.checkAccessible(t, "the widget's hosted OAuth", chromedp.WithPollingInFrame(frame))
		if focused := framePoll[string](t, tb, frame, `document.activeElement.textContent`); focused != "Continue with Xero" {
			t.Errorf("the focus is on %q, not the button to continue", focused)
		}
		framePoll[bool](t, tb, frame, twoWays)
		click := func(label string) chromedp.Action[chromedp.Void] {
			return chromedp.Click(chromedp.Search(fmt.Sprintf(`//button[text()=%q]`, label)), chromedp.FromNode(frame))
		}
		accountsAdded := func() int { return eval[int](t, tb, `window.events.filter((e) => e.type === 'account-added').length`) }

		// By the page's message alone.
		framePoll[bool](t, tb, frame, `window.__blockStatus = true`)
		tb.run(t, "continuing with Xero", click("Continue with Xero"))
		added := tb.waitEvent(t, "account-added", 1)
		if added["source"] != "xero" || added["alreadyExists"] != false || !strings.HasPrefix(fmt.Sprint(added["accountId"]), "acc_") || added["identifier"] == "" {
			t.Errorf("account-added: %v", added)
		}
		tb.frameText(t, frame, fmt.Sprintf("Your Xero account (%s) is connected.", added["identifier"]))
		tb.noPopups(t)
		var account struct {
			Account struct {
				Identifier  string
				Source      struct{ Key string }
				PlatformApp *struct{ ID string }
				Creator     struct{ PersonID string }
			}
		}
		s.Must(t, admin.Secret, `query($id: ID!) { account(id: $id) { identifier source { key } platformApp { id } creator { personId } } }`,
			map[string]any{"id": added["accountId"]}, &account)
		if a := account.Account; a.Identifier != added["identifier"] || a.Source.Key != "xero" || a.Creator.PersonID != "person-1" || a.PlatformApp == nil || a.PlatformApp.ID != apps["xero"] {
			t.Errorf("the account connected: %+v, event %v", a, added)
		}

		s.Sources.DenyConsent(true)
		tb.run(t, "declining", click("Connect another"), click("Continue with Xero"))
		tb.frameText(t, frame, "The connection was declined, so nothing was connected.")
		tb.noPopups(t)
		tb.checkAccessible(t, "the widget's declined connect", chromedp.WithPollingInFrame(frame))

		// By the connect's status alone.
		framePoll[bool](t, tb, frame, `(window.__blockStatus = false, window.__swallow = true)`)
		s.Sources.DenyConsent(false)
		tb.run(t, "trying again", click("Try again"), click("Continue with Xero"))
		polled := tb.waitEvent(t, "account-added", 2)
		if polled["source"] != "xero" || !strings.HasPrefix(fmt.Sprint(polled["accountId"]), "acc_") || polled["accountId"] == added["accountId"] {
			t.Errorf("the account connected by the status: %v, first %v", polled, added)
		}
		tb.frameText(t, frame, fmt.Sprintf("Your Xero account (%s) is connected.", polled["identifier"]))
		tb.noPopups(t)

		s.Sources.DenyConsent(true)
		tb.run(t, "declining again", click("Connect another"), click("Continue with Xero"))
		tb.frameText(t, frame, "The connection was declined, so nothing was connected.")
		tb.noPopups(t)

		// While the status told the widget, the page's messages were
		// dropped (both times), and the host page heard of the two
		// accounts only.
		ways := framePoll[map[string]int](t, tb, frame, `({ statusBlocked: window.__statusBlocked, swallowed: window.__swallowed })`)
		if ways["swallowed"] != 2 {
			t.Errorf("%d messages of the last page were dropped, want 2 (%v)", ways["swallowed"], ways)
		}
		// The message usually comes before the first status query, so the
		// blocked queries are counted only to be told.
		t.Logf("the widget asked for the status %d times while it was blocked", ways["statusBlocked"])
		tb.waitQuiet(2 * time.Second)
		if n := accountsAdded(); n != 2 {
			t.Errorf("the host page heard %d account-added, want 2: %v", n, eval[any](t, tb, `window.events`))
		}
		// Shopify has both ways: its consent page first, with the shop's
		// domain asked before, and the token's form behind a button.
		s.Sources.DenyConsent(false)
		host.sessionKey = connectSession(t, s, admin.Secret, "person-2", `, sources: ["shopify"]`)
		tb.run(t, "opening the widget for Shopify", chromedp.Reload(), chromedp.Click(chromedp.ID("open")))
		tb.waitEvent(t, "ready", 1)
		frame = tb.widgetFrame(t)
		tb.frameText(t, frame, "Continue with Shopify")
		tb.screenshot(t, "widget-hosted-oauth")
		tb.run(t, "choosing the form", click("Enter an access token instead"))
		tb.frameText(t, frame, "Admin API access token")
		tb.run(t, "choosing the consent page again", click("Continue with Shopify instead"),
			chromedp.SendKeys(chromedp.CSS(`input[name="myShopifyDomain"]`), "fake.myshopify.com", chromedp.FromNode(frame)),
			click("Continue with Shopify"))
		shop := tb.waitEvent(t, "account-added", 1)
		if shop["source"] != "shopify" || !strings.HasPrefix(fmt.Sprint(shop["accountId"]), "acc_") {
			t.Errorf("the Shopify account connected: %v", shop)
		}
		tb.noPopups(t)

		if _, _, _, exceptions := tb.snapshot(); len(exceptions) > 0 {
			t.Errorf("exceptions: %v", exceptions)
		}
		t.Logf("the widget's hosted OAuth test took %v", time.Since(start))
	})
}

// framePoll evaluates a JavaScript expression in frame, the widget's
// iframe, until it is truthy (for two seconds at most), into a T.
func framePoll[T any](t *testing.T, tb *tab, frame *chromedp.Node, expression string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Poll[T](expression, chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(2*time.Second)))
	if err != nil {
		t.Fatalf("evaluating %s in the widget: %v", expression, err)
	}
	return v
}

// noPopups waits until no window that a page opened is left open.
func (tb *tab) noPopups(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		targets, err := chromedp.Targets(tb.ctx)
		if err != nil {
			t.Fatalf("listing the browser's windows: %v", err)
		}
		var open []string
		for _, ti := range targets {
			if ti.Type == "page" && ti.OpenerID != "" {
				open = append(open, ti.URL)
			}
		}
		if len(open) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("popups left open: %v", open)
		}
		tb.waitQuiet(50 * time.Millisecond)
	}
}
