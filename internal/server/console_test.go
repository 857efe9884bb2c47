package server_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConsoleInBrowser drives the console at /console in headless
// Chromium, on SQLite, as a person would: signing in with a pasted key;
// creating a key and seeing its secret once; adding a Shopify account
// through the fake source, and failing one whose token the source revoked;
// filtering with the list language, sorting and paging forward and back;
// rotating a key; watching an event arrive live; signing out. Each step
// checks what the page shows, and axe-core checks each main page.
func TestConsoleInBrowser(t *testing.T) {
	browser := chromium(t)
	s := testenv.Start(t, testenv.Backends()[0])
	admin := s.NewKey(t, "production", auth.FullAccess)
	tb := openTab(t, browser, 90*time.Second)
	start := time.Now()

	// Signing in.
	tb.run(t, "loading the console", chromedp.Navigate(s.URL+"/console"), chromedp.WaitVisible(byLabel("Secret key")))
	tb.checkAccessible(t, "the sign-in page")
	// Markup cannot be written into the page (Trusted Types, no policy).
	if refused := eval[string](t, tb, `(() => { try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return 'written' } catch (e) { return e.message } })()`); !strings.Contains(refused, "TrustedHTML") {
		t.Errorf("the page let markup be written: %q", refused)
	}
	tb.run(t, "forgetting the violation just made", chromedp.Evaluate[chromedp.Void](`window.__violations.length = 0`))
	// The check can fail: an unlabelled input and an empty button break it.
	tb.run(t, "breaking the page", chromedp.Evaluate[chromedp.Void](`(() => {
		const d = document.createElement('div'); d.id = 'broken';
		d.append(document.createElement('input'), document.createElement('button'));
		document.querySelector('main').append(d);
	})()`))
	if found := tb.axeViolations(t, "a broken page"); !slices.ContainsFunc(found, func(v axeViolation) bool { return v.ID == "label" && v.Impact == "critical" }) ||
		!slices.ContainsFunc(found, func(v axeViolation) bool { return v.ID == "button-name" }) {
		t.Errorf("axe-core did not find an unlabelled input and an empty button: %+v", found)
	}
	tb.run(t, "mending the page", chromedp.Evaluate[chromedp.Void](`document.getElementById('broken').remove()`))
	tb.run(t, "signing in with a wrong key", fill("Secret key", "lksk_wrong"), chromedp.Click(button("Sign in")))
	tb.waitText(t, ".error", "UNAUTHENTICATED")
	tb.run(t, "signing in", fill("Secret key", admin.Secret), chromedp.Click(button("Sign in")))
	who := tb.waitText(t, ".who", "FULL_ACCESS")
	if !strings.Contains(who, "production") || !strings.Contains(who, "test FULL_ACCESS") {
		t.Errorf("the header does not show the environment and the key's name: %q", who)
	}
	if v := eval[string](t, tb, `document.getElementById('secret-key') ? 'still there' : ''`); v != "" {
		t.Errorf("the sign-in form is %s after signing in", v)
	}

	// Creating a key: its secret is shown once.
	tb.run(t, "opening Keys", chromedp.Click(navLink("Keys")), chromedp.Click(button("Create key")),
		fill("Name", "billing"), choose("Permission level", "READ_ONLY"), chromedp.Click(inDialog("Create key")))
	secret := tb.waitText(t, "[data-secret]", "lksk_")
	tb.waitText(t, ".secret-once .warning", "shown only this once")
	tb.screenshot(t, "console-key-created")
	var viewer struct{ Viewer struct{ Permission string } }
	s.Must(t, strings.TrimSpace(secret), `{ viewer { permission } }`, nil, &viewer)
	if viewer.Viewer.Permission != "READ_ONLY" {
		t.Errorf("the new key's level: %q", viewer.Viewer.Permission)
	}
	tb.run(t, "closing the secret", chromedp.Click(inDialog("Done")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))
	tb.waitText(t, "table.data tbody", "billing")
	if html := eval[string](t, tb, `document.documentElement.outerHTML`); strings.Contains(html, strings.TrimSpace(secret)) {
		t.Errorf("the new key's secret is still in the page after Done")
	}
	tb.checkAccessible(t, "the keys page")

	// Rotating that key, with an hour's grace: both secrets work.
	tb.run(t, "rotating billing", chromedp.Click(chromedp.Search(`//tr[@data-key="billing"]//button[text()="Rotate"]`)),
		choose("The previous secret keeps working for", "3600"), chromedp.Click(inDialog("Rotate")))
	rotated := strings.TrimSpace(tb.waitText(t, "[data-secret]", "lksk_"))
	tb.waitText(t, "dialog[open]", "keeps working until")
	if rotated == strings.TrimSpace(secret) {
		t.Errorf("rotating showed the old secret")
	}
	for _, k := range []string{secret, rotated} {
		if r := s.Do(t, strings.TrimSpace(k), `{ viewer { permission } }`, nil); r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("a secret does not work within the grace period: %d %s", r.Status, r.Body)
		}
	}
	tb.run(t, "closing the rotation", chromedp.Click(inDialog("Done")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))

	// Adding a Shopify account through the fake source, then failing one
	// whose token the source revoked.
	tb.run(t, "opening Accounts", chromedp.Click(navLink("Accounts")), chromedp.WaitVisible(button("Add account")))
	tb.checkAccessible(t, "the accounts page")
	tb.run(t, "adding an account", chromedp.Click(button("Add account")), chromedp.WaitVisible(byLabel("Source")),
		choose("Source", "shopify"), chromedp.WaitVisible(byLabel("Admin API access token")))
	tb.checkAccessible(t, "the Add account dialog")
	tb.run(t, "filling Shopify's form", fill("Shop domain (name.myshopify.com)", "acme.myshopify.com"), fill("Admin API access token", "shpat_good"),
		chromedp.Click(inDialog("Verify and add")))
	tb.waitText(t, "dialog[open] .success", "was verified and added")
	tb.run(t, "adding another", chromedp.Click(inDialog("Add another")), chromedp.WaitVisible(byLabel("Source")))
	s.Sources.Revoke("shpat_revoked")
	tb.run(t, "filling a revoked token", choose("Source", "shopify"), chromedp.WaitVisible(byLabel("Admin API access token")),
		fill("Shop domain (name.myshopify.com)", "other.myshopify.com"), fill("Admin API access token", "shpat_revoked"), chromedp.Click(inDialog("Verify and add")))
	failure := tb.waitText(t, "dialog[open]", "VERIFICATION_FAILED")
	if !strings.Contains(failure, "refused these credentials") {
		t.Errorf("the failure is not said in plain words: %q", failure)
	}
	tb.screenshot(t, "console-verification-failed")
	tb.run(t, "closing the dialog", chromedp.Click(inDialog("Cancel")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))

	// Filtering, sorting and paging: 45 more accounts, shop-00 … shop-44.
	for i := range 45 {
		var ignored any
		s.Must(t, admin.Secret, `mutation($c: Map!, $id: String!) { createAccount(input: {source: "shopify", credentialType: "access_token", identifier: $id, credentials: $c}) { account { id } } }`,
			map[string]any{"id": fmt.Sprintf("shop-%02d", i), "c": map[string]any{"myShopifyDomain": fmt.Sprintf("s%d.myshopify.com", i), "accessToken": fmt.Sprintf("shpat_%d", i)}}, &ignored)
	}
	tb.run(t, "filtering", fill("Filter", `identifier startsWith "shop-"`), chromedp.Click(button("Apply")))
	tb.waitText(t, "table.data tbody", "shop-44")
	tb.run(t, "sorting by identifier", chromedp.Click(chromedp.Search(`//th//button[contains(., "Identifier")]`)))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-00")
	page1 := texts(t, tb, "table.data tbody tr td:first-child")
	tb.screenshot(t, "console-accounts")
	tb.run(t, "paging forward", chromedp.Click(button("Next →")))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-20")
	page2 := texts(t, tb, "table.data tbody tr td:first-child")
	tb.run(t, "paging forward again", chromedp.Click(button("Next →")))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-40")
	if page3 := texts(t, tb, "table.data tbody tr td:first-child"); len(page3) != 5 || eval[bool](t, tb, `!document.evaluate('//button[normalize-space()="Next →"]', document, null, 9, null).singleNodeValue.disabled`) {
		t.Errorf("the last page: %v, and Next should be disabled", page3)
	}
	tb.run(t, "paging back", chromedp.Click(button("← Previous")))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-20")
	if back := texts(t, tb, "table.data tbody tr td:first-child"); !slices.Equal(back, page2) {
		t.Errorf("paging back shows %v, want %v", back, page2)
	}
	tb.run(t, "paging back to the first page", chromedp.Click(button("← Previous")))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-00")
	if back := texts(t, tb, "table.data tbody tr td:first-child"); !slices.Equal(back, page1) || len(page1) != 20 {
		t.Errorf("the first page again shows %v, want %v", back, page1)
	}
	tb.run(t, "sorting descending", chromedp.Click(chromedp.Search(`//th//button[contains(., "Identifier")]`)))
	tb.waitText(t, "table.data tbody tr:first-child", "shop-44")
	tb.run(t, "a filter with a mistake", replace("Filter", `identifier startsWit "x"`), chromedp.Click(button("Apply")))
	bad := tb.waitText(t, ".error", "BAD_USER_INPUT")
	if !strings.Contains(bad, "at 12") && !strings.Contains(bad, "startsWit") {
		t.Errorf("the filter's error does not say where: %q", bad)
	}

	// Events, live: an account added by the API appears without a reload.
	tb.run(t, "opening Events", chromedp.Click(navLink("Events")))
	tb.waitText(t, ".live", "live")
	tb.checkAccessible(t, "the events page")
	var added struct {
		CreateAccount struct{ Account struct{ ID string } }
	}
	s.Must(t, admin.Secret, `mutation { createAccount(input: {source: "shopify", credentialType: "access_token", identifier: "live-one", credentials: {myShopifyDomain: "live.myshopify.com", accessToken: "shpat_live"}}) { account { id } } }`, nil, &added)
	tb.waitText(t, "ol.events", added.CreateAccount.Account.ID)
	tb.screenshot(t, "console-events")

	tb.run(t, "opening Sources", chromedp.Click(navLink("Sources")))
	tb.waitText(t, "table.data", "Shopify")
	tb.checkAccessible(t, "the sources page")

	// The key lives in this tab's sessionStorage only, and signing out
	// forgets it.
	stored := eval[string](t, tb, `JSON.stringify([Object.entries(localStorage), location.href])`)
	if strings.Contains(stored, admin.Secret) {
		t.Errorf("the key is in localStorage or the URL")
	}
	tb.run(t, "signing out", chromedp.Click(button("Sign out")), chromedp.WaitVisible(byLabel("Secret key")))
	if n := eval[int](t, tb, `sessionStorage.length`); n != 0 {
		t.Errorf("signing out left %d items in sessionStorage", n)
	}
	tb.checkFaces(t, s.URL, admin.Secret, "console")
	t.Logf("the console's browser test took %v", time.Since(start))
}

// TestConsoleHonoursLevels signs in with a READ_ONLY key: what it may not
// do is disabled and says why, and it still reads.
func TestConsoleHonoursLevels(t *testing.T) {
	browser := chromium(t)
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	tb := openTab(t, browser, 30*time.Second)
	tb.run(t, "signing in", chromedp.Navigate(s.URL+"/console"), fill("Secret key", reader.Secret), chromedp.Click(button("Sign in")))
	tb.waitText(t, ".who", "READ_ONLY")
	tb.waitText(t, "table.data tbody", "No accounts yet")
	for _, b := range []string{"Add account"} {
		attrs := eval[[]any](t, tb, fmt.Sprintf(`(() => { const b = document.evaluate('//button[normalize-space()=%q]', document, null, 9, null).singleNodeValue; return [b.disabled, b.title] })()`, b))
		if attrs[0] != true || !strings.Contains(fmt.Sprint(attrs[1]), "READ_ONLY, may not add accounts") {
			t.Errorf("%s for a READ_ONLY key: disabled %v, reason %q", b, attrs[0], attrs[1])
		}
	}
	tb.run(t, "opening Keys", chromedp.Click(navLink("Keys")))
	tb.waitText(t, "table.data tbody", "test READ_ONLY")
	tb.waitText(t, "main .note", "may not create or change keys")
}

// TestConsoleManages walks the console's other actions, checking each
// against the API: an account's page with its events, editing, disabling,
// enabling and deleting it; a connect session; disabling a key; a platform
// app, whose secret never reaches the page; the events' type filter.
func TestConsoleManages(t *testing.T) {
	browser := chromium(t)
	s := testenv.Start(t, testenv.Backends()[0])
	admin := s.NewKey(t, "production", auth.FullAccess)
	other := s.NewKey(t, "production", auth.ReadOnly)
	var ignored any
	s.Must(t, admin.Secret, `mutation { createAccount(input: {source: "shopify", credentialType: "access_token", identifier: "acme", credentials: {myShopifyDomain: "acme.myshopify.com", accessToken: "shpat_acme"}}) { account { id } } }`, nil, &ignored)
	tb := openTab(t, browser, 60*time.Second)
	tb.run(t, "signing in", chromedp.Navigate(s.URL+"/console"), fill("Secret key", admin.Secret), chromedp.Click(button("Sign in")))
	tb.waitText(t, "table.data tbody", "acme")
	if html := eval[string](t, tb, `document.documentElement.outerHTML`); strings.Contains(html, admin.Secret) {
		t.Errorf("the signed-in key is in the page")
	}

	// The account's page, its events, and its actions.
	tb.run(t, "opening acme", chromedp.Click(chromedp.Search(`//a[text()="acme"]`)))
	tb.waitText(t, "ol.events", "ACCOUNT_ADDED")
	tb.run(t, "editing acme", chromedp.Click(button("Edit")), replace("Display name", "Acme shop"), replace("Metadata (JSON object)", `{"plan": "pro"}`), chromedp.Click(inDialog("Save")))
	tb.waitText(t, "h1", "Acme shop")
	tb.waitText(t, ".fields", `"plan": "pro"`)
	tb.run(t, "disabling acme", chromedp.Click(button("Disable")))
	tb.waitText(t, ".fields", "disabled: disabled by hand")
	tb.run(t, "enabling acme", chromedp.Click(button("Enable")))
	tb.waitText(t, "ol.events", "ACCOUNT_ENABLED")
	tb.run(t, "deleting acme", chromedp.Click(button("Delete")), chromedp.Click(inDialog("Delete account")))
	tb.waitText(t, "dialog[open]", "Its credentials were revoked at the source.")
	tb.run(t, "closing the deletion", chromedp.Click(inDialog("Done")), chromedp.WaitNotPresent(chromedp.CSS("dialog[open]")))
	tb.waitText(t, "table.data tbody", "No accounts yet")
	if r := s.Do(t, admin.Secret, `{ account(identifier: "acme", source: "shopify") { id } }`, nil); !strings.Contains(r.Body, `"account":null`) {
		t.Errorf("acme still exists: %s", r.Body)
	}
	// The dialog's "First revoke" box is ticked by default.
	if got := s.Sources.Revokes(); !slices.Contains(got, "shpat_acme") {
		t.Errorf("deleting acme from the console revoked %v at the source, want its token", got)
	}

	// A connect session for one person, then disabling a key.
	tb.run(t, "making a connect session", chromedp.Click(navLink("Keys")), chromedp.Click(button("New connect session")),
		fill("Person", "user-7"), chromedp.Click(chromedp.Search(`//dialog[@open]//label[contains(., "Shopify")]/input`)), chromedp.Click(inDialog("Create session")))
	session := strings.TrimSpace(tb.waitText(t, "[data-secret]", "lksk_"))
	var viewer struct {
		Viewer struct {
			Permission string
			AuthAccess struct {
				PersonID string
				Sources  []string
			}
		}
	}
	s.Must(t, session, `{ viewer { permission authAccess { personId sources } } }`, nil, &viewer)
	if viewer.Viewer.Permission != "CREDENTIALS_IN_ONLY" || viewer.Viewer.AuthAccess.PersonID != "user-7" || !slices.Equal(viewer.Viewer.AuthAccess.Sources, []string{"shopify"}) {
		t.Errorf("the connect session: %+v", viewer.Viewer)
	}
	tb.run(t, "listing connect sessions", chromedp.Click(inDialog("Done")), chromedp.Click(button("Connect sessions")))
	tb.waitText(t, "table.data tbody", "user-7")
	tb.run(t, "disabling the READ_ONLY key", chromedp.Click(button("API keys")),
		chromedp.Click(chromedp.Search(`//tr[@data-key="test READ_ONLY"]//button[text()="Disable"]`)),
		chromedp.WaitVisible(chromedp.Search(`//tr[@data-key="test READ_ONLY"]//button[text()="Enable"]`)))
	if r := s.Do(t, other.Secret, `{ viewer { permission } }`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("the disabled key still works: %d %s", r.Status, r.Body)
	}

	// A platform app: its secret is sent once and never shown.
	// The button moves down as the catalog above it loads: click it once
	// the page has settled, as a person would.
	tb.run(t, "opening Sources", chromedp.Click(navLink("Sources")))
	tb.waitText(t, "table.data", "Plaid")
	tb.waitText(t, "table.data:last-of-type tbody", "No platform apps yet")
	// Stripe connects through its consent page: the dialog asks for the
	// scopes and names the callback to register.
	tb.run(t, "adding a platform app", chromedp.Click(button("Add platform app")),
		choose("Source", "stripe"), fill("Name", "platform"), fill("Client id", "ca_123"), fill("Client secret", "sk_live_topsecret"))
	tb.waitText(t, "dialog", s.URL+"/oauth/callback")
	tb.run(t, "giving its scopes", fill("OAuth scopes", "read_only  read_write"), chromedp.Click(inDialog("Add app")))
	tb.waitText(t, "table.data:last-of-type tbody", "ca_123")
	tb.waitText(t, "table.data:last-of-type tbody", "read_only read_write")
	if html := eval[string](t, tb, `document.documentElement.outerHTML`); strings.Contains(html, "sk_live_topsecret") {
		t.Errorf("the platform app's secret is in the page")
	}

	// The events' type filter.
	tb.run(t, "filtering events", chromedp.Click(navLink("Events")), chromedp.Click(chromedp.Search(`//summary`)),
		chromedp.Click(chromedp.Search(`//label[normalize-space()="ACCOUNT_DELETED"]/input`)))
	tb.waitText(t, ".types summary", "1 chosen")
	// The list is read again for the type: wait for it to hold that type only.
	types, err := chromedp.Run(tb.ctx, chromedp.Poll[[]string](`(() => { const ts = [...document.querySelectorAll('ol.events li[data-event]')].map((l) => l.dataset.event); return ts.length > 0 && ts.every((t) => t === 'ACCOUNT_DELETED') ? ts : null })()`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil || len(types) != 1 {
		t.Errorf("the filtered events: %v (%v); the page shows %v", types, err, eval[[]string](t, tb, `[...document.querySelectorAll('ol.events li[data-event]')].map((l) => l.dataset.event)`))
	}

	// Markup in what the API answers is shown as text, never run.
	const hostile = `<img src=x onerror="window.pwned=1">`
	var created struct {
		CreateAccount struct{ Account struct{ ID string } }
	}
	s.Must(t, admin.Secret, `mutation($id: String!, $m: Map!) { createAccount(input: {source: "shopify", credentialType: "access_token", identifier: $id, displayName: $id, metadata: $m, credentials: {myShopifyDomain: "x.myshopify.com", accessToken: "shpat_x"}}) { account { id } } }`,
		map[string]any{"id": hostile, "m": map[string]any{"note": hostile}}, &created)
	tb.run(t, "reading the hostile account", chromedp.Click(navLink("Accounts")))
	tb.waitText(t, "table.data tbody", hostile)
	tb.run(t, "opening it", chromedp.Click(chromedp.CSS(`td a[href^="#/accounts/"]`)))
	tb.waitText(t, ".fields", `"note": "<img`)
	tb.waitText(t, "ol.events", "ACCOUNT_ADDED")
	if pwned := eval[bool](t, tb, `window.pwned === 1 || document.querySelectorAll('img').length > 0`); pwned {
		t.Errorf("markup from the API became elements")
	}
	tb.checkFaces(t, s.URL, admin.Secret, "console")
}
