package web_test

import (
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/web"
)

var uiAssetRef = regexp.MustCompile(`(?:src|href)="(ui/[^"]+)"`)

// TestConsolePage checks the console's headers: only its own origin, no
// inline script, never framed.
func TestConsolePage(t *testing.T) {
	h := web.UI(web.UIConfig{FrameOrigins: []string{"https://app.example"}})
	resp := get(t, h, "http://127.0.0.1:8080/console", nil)
	body := read(t, resp)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET /console = %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
		"connect-src 'self' ws://127.0.0.1:8080 wss://127.0.0.1:8080;", "form-action 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") || strings.Contains(csp, "app.example") {
		t.Errorf("the console's policy allows too much: %q", csp)
	}
	for header, want := range map[string]string{"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"} {
		if got := resp.Header.Get(header); got != want {
			t.Errorf("%s = %q, want %q", header, got, want)
		}
	}
	if strings.Contains(body, "<script>") || strings.Contains(body, "<style") {
		t.Errorf("the page has an inline script or style element")
	}
	refs := uiAssetRef.FindAllStringSubmatch(body, -1)
	if len(refs) != 2 {
		t.Fatalf("the page names %d files, want a script and a stylesheet", len(refs))
	}
	for _, ref := range refs {
		asset := get(t, h, "http://127.0.0.1:8080/"+ref[1], nil)
		if asset.StatusCode != http.StatusOK || !strings.Contains(asset.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s = %d, Cache-Control %q", ref[1], asset.StatusCode, asset.Header.Get("Cache-Control"))
		}
	}
}

// TestConnectPageFraming checks who may frame the widget: the allowed
// origins only, none when none is set, and a malformed origin in the
// setting is left out rather than widening the policy.
func TestConnectPageFraming(t *testing.T) {
	for _, c := range []struct {
		name    string
		origins []string
		want    string
	}{
		{"none set", nil, "frame-ancestors 'none';"},
		{"two set", []string{"https://app.example", "http://127.0.0.1:3000"}, "frame-ancestors https://app.example http://127.0.0.1:3000;"},
		{"malformed ones left out", []string{"https://app.example/path", "*", "https://a.example; script-src *", "javascript:alert(1)", "https://ok.example"}, "frame-ancestors https://ok.example;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := get(t, web.UI(web.UIConfig{FrameOrigins: c.origins}), "http://127.0.0.1:8080/connect", nil)
			body := read(t, resp)
			csp := resp.Header.Get("Content-Security-Policy")
			if resp.StatusCode != http.StatusOK || !strings.Contains(csp, c.want) {
				t.Errorf("GET /connect = %d, policy %q, want %q", resp.StatusCode, csp, c.want)
			}
			if xfo := resp.Header.Get("X-Frame-Options"); xfo != "" && c.origins != nil {
				t.Errorf("X-Frame-Options %q would deny the allowed origins", xfo)
			}
			// The page tells its script the same origins, to check messages by.
			m := regexp.MustCompile(`data-config="([^"]*)"`).FindStringSubmatch(body)
			if m == nil {
				t.Fatal("the page has no data-config")
			}
			var cfg struct{ Origins []string }
			if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &cfg); err != nil {
				t.Fatal(err)
			}
			allowed := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(c.want, "frame-ancestors "), ";"))
			if c.origins == nil {
				allowed = nil
			}
			if !slices.Equal(cfg.Origins, allowed) && !(len(cfg.Origins) == 0 && len(allowed) == 0) {
				t.Errorf("the page's origins %v, want %v", cfg.Origins, allowed)
			}
		})
	}
}

// TestConnectScript checks /connect.js: a script other origins' pages may
// load, revalidated rather than cached for good, gzipped on request.
func TestConnectScript(t *testing.T) {
	h := web.UI(web.UIConfig{})
	resp := get(t, h, "http://127.0.0.1:8080/connect.js", map[string]string{"Accept-Encoding": "gzip"})
	body := read(t, resp)
	for header, want := range map[string]string{
		"Content-Type": "text/javascript; charset=utf-8", "Cross-Origin-Resource-Policy": "cross-origin",
		"Cache-Control": "public, max-age=300", "Content-Encoding": "gzip", "X-Content-Type-Options": "nosniff",
	} {
		if got := resp.Header.Get(header); got != want {
			t.Errorf("%s = %q, want %q", header, got, want)
		}
	}
	if resp.StatusCode != http.StatusOK || len(body) == 0 {
		t.Fatalf("GET /connect.js = %d, %d bytes", resp.StatusCode, len(body))
	}
	again := get(t, h, "http://127.0.0.1:8080/connect.js", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": resp.Header.Get("ETag")})
	if again.StatusCode != http.StatusNotModified {
		t.Errorf("revalidating /connect.js = %d, want 304", again.StatusCode)
	}
	for _, path := range []string{"/ui/", "/ui/console-MISSING.js", "/ui/../ui.go", "/console/x", "/connect.js/"} {
		if resp := get(t, h, "http://127.0.0.1:8080"+path, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", path, resp.StatusCode)
		}
	}
}

// TestFrameOrigins checks that origins come out as browsers serialize
// them (or frame-ancestors would allow a page the widget then ignores) and
// that whatever is not one origin is refused, not widened.
func TestFrameOrigins(t *testing.T) {
	allowed, refused := web.FrameOrigins([]string{
		"https://App.Example:443", "http://shop.example:80/", "https://bücher.example", "http://[::1]:3000", "https://app.example",
		"https://*.example", "*", "https://a.example/path", "ftp://files.example", "https://user@a.example", "https://a.example?x", "", " ",
	})
	want := []string{"https://app.example", "http://shop.example", "https://xn--bcher-kva.example", "http://[::1]:3000"}
	if !slices.Equal(allowed, want) {
		t.Errorf("allowed %q, want %q", allowed, want)
	}
	wantRefused := []string{"https://*.example", "*", "https://a.example/path", "ftp://files.example", "https://user@a.example", "https://a.example?x"}
	if !slices.Equal(refused, wantRefused) {
		t.Errorf("refused %q, want %q", refused, wantRefused)
	}
}
