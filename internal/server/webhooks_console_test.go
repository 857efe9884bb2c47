package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestWebhooksInConsole drives the console's Webhooks page in Chromium:
// adding an endpoint shows its signing secret once, and it is the secret
// the receiver's independent verifier checks deliveries with; a delivery
// shows up and is sent again on request; the secret is rotated; the
// endpoint is disabled. axe-core checks the page and its dialog.
func TestWebhooksInConsole(t *testing.T) {
	browser := chromium(t)
	s := testenv.StartWith(t, testenv.Backends()[0], localWebhooks)
	admin := s.NewKey(t, "production", auth.FullAccess)
	r := newReceiver(t, nil)
	tb := openTab(t, browser, 90*time.Second)

	tb.run(t, "signing in", chromedp.Navigate(s.URL+"/console#/webhooks"), fill("Secret key", admin.Secret), chromedp.Click(button("Sign in")))
	tb.waitText(t, "table.data tbody", "No endpoints yet")
	tb.checkAccessible(t, "the webhooks page")
	tb.run(t, "adding an endpoint", chromedp.Click(button("Add endpoint")), fill("URL", r.URL+"/hooks"), fill("Description", "CRM sync"))
	tb.checkAccessible(t, "the Add webhook endpoint dialog")
	tb.run(t, "saving it", chromedp.Click(inDialog("Add endpoint")))
	secret := strings.TrimSpace(tb.waitText(t, "[data-secret]", "whsec_"))
	tb.waitText(t, ".secret-once .warning", "signing secret")
	r.trust(secret)
	runWorker(t, s.WebhookWorker(t, false, fastWorker()))
	tb.run(t, "closing the secret", chromedp.Click(inDialog("Done")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))
	tb.waitText(t, "table.data tbody", r.URL+"/hooks")
	if html := eval[string](t, tb, `document.documentElement.outerHTML`); strings.Contains(html, secret) {
		t.Error("the signing secret is still in the page after Done")
	}

	s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("console-hook")}, new(any))
	waitSettled(t, s, admin.Secret, 10*time.Second)
	tb.run(t, "refreshing the deliveries", chromedp.Click(button("Refresh")))
	row := tb.waitText(t, `tr[data-delivery]:first-child`, "delivered")
	if !strings.Contains(row, "ACCOUNT_ADDED") || !strings.Contains(row, "204") {
		t.Errorf("the newest delivery reads %q, want a delivered ACCOUNT_ADDED answered 204", row)
	}
	tb.run(t, "sending it again", chromedp.Click(chromedp.Search(`//tr[@data-delivery][1]//button[text()="Send again"]`)))
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		r.mu.Lock()
		n := len(r.got)
		r.mu.Unlock()
		if n >= 4 || time.Now().After(deadline) {
			break
		}
	}
	r.mu.Lock()
	problems, got := r.problems, len(r.got)
	r.mu.Unlock()
	// The endpoint's creation, the account's addition, that addition sent
	// again, and the event saying it was (the endpoint takes every type).
	if order, _ := r.accepted(); got != 4 || len(order) != 3 {
		t.Errorf("the receiver got %d requests of %d deliveries, want 4 of 3", got, len(order))
	}
	for _, p := range problems {
		t.Error(p)
	}

	tb.run(t, "rotating the secret", chromedp.Click(button("Rotate secret")), choose("The previous secret keeps signing for", "3600"), chromedp.Click(inDialog("Rotate")))
	if rotated := strings.TrimSpace(tb.waitText(t, "[data-secret]", "whsec_")); rotated == secret {
		t.Error("rotating showed the old secret")
	}
	tb.waitText(t, "dialog[open]", "signed with both secrets")
	tb.run(t, "closing the rotation", chromedp.Click(inDialog("Done")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))
	tb.run(t, "disabling the endpoint", chromedp.Click(button("Disable")))
	tb.waitText(t, "tr[data-endpoint]", "disabled (manual)")
}
