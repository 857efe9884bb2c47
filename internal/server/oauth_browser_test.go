package server_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConnectURLInBrowser opens a connect URL in a real browser, as an end
// user following a customer's link does: its page names the source and
// waits for the button, whose POST (allowed by the page's policy, with
// its redirect to the consent page) goes through the fake source and
// back to the customer's success page with the account.
func TestConnectURLInBrowser(t *testing.T) {
	browser := chromium(t)
	host := startHost(t)
	testenv.RunWith(t, func(c *server.Config) { c.CORSOrigins = []string{host.URL} }, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-link", "")
		started := startConnect(t, s, session, map[string]any{"source": "stripe", "successUrl": host.URL + "/done"})
		tb := openTab(t, browser, 60*time.Second)
		tb.run(t, "opening the connect URL", chromedp.Navigate(started.ConnectURL))
		text := eval[string](t, tb, `document.body.innerText`)
		if !strings.Contains(text, "You are about to connect your Stripe account") {
			t.Fatalf("the connect URL's page says %q", text)
		}
		// The page waited: nothing was used up yet.
		if status, _ := connectStatus(t, s, o.key.Secret, started.ID); status != "WAITING" {
			t.Errorf("after the page alone the connect is %s", status)
		}
		tb.run(t, "continuing", chromedp.Click(`//button[text()="Continue to Stripe"]`))
		// The page navigates three times meanwhile: ask until it is back.
		landed := ""
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); tb.waitQuiet(100 * time.Millisecond) {
			if href, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.href`)); err == nil && strings.HasPrefix(href, host.URL+"/done") {
				landed = href
				break
			}
		}
		if landed == "" {
			t.Fatalf("the browser did not come back to the customer's page (at %s)", eval[string](t, tb, `location.href`))
		}
		u, _ := url.Parse(landed)
		if u.Query().Get("latchkey_status") != "success" || !strings.HasPrefix(u.Query().Get("latchkey_account"), "acc_") {
			t.Errorf("the browser came back to %s", landed)
		}
		if status, _ := connectStatus(t, s, o.key.Secret, started.ID); status != "DONE" {
			t.Errorf("the connect is %s, not DONE", status)
		}
	})
}
