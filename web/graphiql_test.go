package web_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/web"
)

func get(t *testing.T, h http.Handler, target string, header map[string]string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func read(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var assetRef = regexp.MustCompile(`(?:src|href)="(graphiql/[^"]+)"`)

// TestGraphiQLPage checks the page's headers and what it loads: its own
// script and stylesheet, by relative URLs, and no inline script.
func TestGraphiQLPage(t *testing.T) {
	h := web.GraphiQL(web.GraphiQLConfig{Introspection: true})
	resp := get(t, h, "http://127.0.0.1:8080/", nil)
	body := read(t, resp)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET / = %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self';", "style-src 'self' 'nonce-", "frame-ancestors 'none'",
		"connect-src 'self' ws://127.0.0.1:8080 wss://127.0.0.1:8080;"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("the policy allows something unsafe: %q", csp)
	}
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", got)
	}
	if strings.Contains(body, "<script>") || regexp.MustCompile(`<script(?:[^>]*)>[^<]`).MatchString(body) {
		t.Errorf("the page has an inline script:\n%s", body)
	}
	if regexp.MustCompile(`(?:src|href)="[^"]*//`).MatchString(body) {
		t.Errorf("the page loads something by an absolute URL:\n%s", body)
	}
	refs := assetRef.FindAllStringSubmatch(body, -1)
	if len(refs) != 2 {
		t.Fatalf("the page loads %d files, want a script and a stylesheet:\n%s", len(refs), body)
	}
	for _, ref := range refs {
		if r := get(t, h, "/"+ref[1], nil); r.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", ref[1], r.StatusCode)
		}
	}
	config := regexp.MustCompile(`data-config="([^"]*)"`).FindStringSubmatch(body)
	var got struct {
		Introspection bool
		StyleNonce    string
	}
	if config == nil || json.Unmarshal([]byte(html.UnescapeString(config[1])), &got) != nil || !got.Introspection {
		t.Errorf("data-config = %v", config)
	}
	// The nonce of style elements is the page's own, new each time.
	if len(got.StyleNonce) < 22 || !strings.Contains(csp, "style-src 'self' 'nonce-"+got.StyleNonce+"';") {
		t.Errorf("style nonce %q, policy %q", got.StyleNonce, csp)
	}
	if again := get(t, h, "/", nil).Header.Get("Content-Security-Policy"); again == csp {
		t.Errorf("two pages share a nonce: %q", csp)
	}
	if !strings.Contains(body, "Headers") || !strings.Contains(body, `Bearer lksk_`) {
		t.Errorf("the page does not say where the key goes:\n%s", body)
	}
}

// TestGraphiQLWithoutIntrospection: the page tells the script, and the
// user, that there will be no schema.
func TestGraphiQLWithoutIntrospection(t *testing.T) {
	body := read(t, get(t, web.GraphiQL(web.GraphiQLConfig{}), "/", nil))
	if !strings.Contains(body, `{&#34;introspection&#34;:false,`) || !strings.Contains(body, "introspection turned off") {
		t.Errorf("the page does not say introspection is off:\n%s", body)
	}
}

// TestGraphiQLPolicyHost: a Host that is not a plain name or address adds
// nothing to the policy.
func TestGraphiQLPolicyHost(t *testing.T) {
	h := web.GraphiQL(web.GraphiQLConfig{Introspection: true})
	for host, want := range map[string]string{
		"latchkey.example":     "connect-src 'self' ws://latchkey.example wss://latchkey.example;",
		"[::1]:8080":           "connect-src 'self' ws://[::1]:8080 wss://[::1]:8080;",
		"a;script-src*":        "connect-src 'self';",
		"x'unsafe-inline'.com": "connect-src 'self';",
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Host = host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, want) {
			t.Errorf("Host %q: policy %q, want %q", host, csp, want)
		}
	}
}

// TestGraphiQLAssets checks how the built files are served: cached for
// good (their names change with their content), gzipped when accepted,
// 304 for a known ETag, and 404 for any name the build did not make.
func TestGraphiQLAssets(t *testing.T) {
	h := web.GraphiQL(web.GraphiQLConfig{Introspection: true})
	refs := assetRef.FindAllStringSubmatch(read(t, get(t, h, "/", nil)), -1)
	types := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
	for _, ref := range refs {
		target := "/" + ref[1]
		plain := get(t, h, target, nil)
		raw := read(t, plain)
		wantType := types[target[strings.LastIndex(target, "."):]]
		if plain.Header.Get("Content-Type") != wantType || plain.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" ||
			plain.Header.Get("X-Content-Type-Options") != "nosniff" || plain.Header.Get("Content-Encoding") != "" || len(raw) < 1000 {
			t.Errorf("%s: %v (%d bytes)", target, plain.Header, len(raw))
		}
		zipped := get(t, h, target, map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
		if zipped.Header.Get("Content-Encoding") != "gzip" || zipped.Header.Get("ETag") == plain.Header.Get("ETag") {
			t.Errorf("%s gzipped: %v", target, zipped.Header)
		}
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatal(err)
		}
		if unzipped, _ := io.ReadAll(zr); !bytes.Equal(unzipped, []byte(raw)) {
			t.Errorf("%s: the gzipped body is not the file", target)
		}
		if r := get(t, h, target, map[string]string{"Accept-Encoding": "gzip;q=0"}); r.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: gzipped though refused", target)
		}
		if r := get(t, h, target, map[string]string{"If-None-Match": plain.Header.Get("ETag")}); r.StatusCode != http.StatusNotModified {
			t.Errorf("%s with its ETag: %d", target, r.StatusCode)
		}
	}
	for _, target := range []string{"/graphiql/", "/graphiql/missing.js", "/graphiql/manifest.json", "/graphiql/graphiql.html", "/index.html", "/graphiql/sub/" + strings.TrimPrefix(refs[0][1], "graphiql/")} {
		if r := get(t, h, target, nil); r.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", target, r.StatusCode)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d", w.Code)
	}
}
