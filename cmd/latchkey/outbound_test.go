package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// TestSourceURLOverrideReachesCustomSources starts the server with
// LATCHKEY_SOURCE_<KEY>_URL naming a custom source's key (its "-" written
// "_"), creates that custom source with a public base URL, and verifies an
// account through the local API the override names.
func TestSourceURLOverrideReachesCustomSources(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/me" || r.Header.Get("Authorization") != "Bearer good-token" {
			http.Error(w, `{"error": "unauthorized"}`, http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"data": {"id": "crm-42"}}`)
	}))
	defer api.Close()
	dir, addr, key := setUp(t)
	startServer(t, dir, addr, "LATCHKEY_SOURCE_CRM_API_URL="+api.URL)

	_, err := gql(addr, key.SecretKey, `mutation { createCustomSource(input: {key: "crm-api", name: "CRM", baseUrl: "https://crm.example",
		path: "/me", placement: "BEARER", field: "token", identifierPath: "data.id", fields: [{name: "token", label: "Token", secret: true}]}) { source { key } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := gql(addr, key.SecretKey, `mutation { createAccount(input: {source: "crm-api", credentialType: "default", credentials: {token: "good-token"}}) { account { identifier } } }`, nil)
	if err != nil {
		t.Fatalf("verifying through the override: %v", err)
	}
	got := out["data"].(map[string]any)["createAccount"].(map[string]any)["account"].(map[string]any)["identifier"]
	if got != "crm-42" {
		t.Errorf("identifier %v, want crm-42", got)
	}
}

// TestVerifyConfigReadsEverySourceURL reads the operator's base URL of any
// source key, and refuses one that is no http(s) URL without repeating it.
func TestVerifyConfigReadsEverySourceURL(t *testing.T) {
	t.Setenv("LATCHKEY_SOURCE_CRM_API_URL", "http://127.0.0.1:9999/")
	t.Setenv("LATCHKEY_SOURCE_STRIPE_URL", "https://stripe.internal")
	cfg, err := verifyConfig()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"crm_api": "http://127.0.0.1:9999", "stripe": "https://stripe.internal"}
	for key, u := range want {
		if cfg.BaseURLs[key] != u {
			t.Errorf("BaseURLs[%q] = %q, want %q", key, cfg.BaseURLs[key], u)
		}
	}
	t.Setenv("LATCHKEY_SOURCE_CRM_API_URL", "ftp://user:hunter2@files.example")
	if _, err := verifyConfig(); err == nil || !strings.Contains(err.Error(), "LATCHKEY_SOURCE_CRM_API_URL") || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("a bad URL: %v, want an error naming the variable, not its value", err)
	}
}

// TestREADMEDocumentsTheOutboundGuard reads the README: the development
// setting that lifts the guard is in the configuration table, marked as
// such, and the guard's section gives the errors a client sees.
func TestREADMEDocumentsTheOutboundGuard(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	for _, row := range []string{"| `LATCHKEY_ALLOW_PRIVATE_ADDRESSES` |", "| `LATCHKEY_ALLOW_HTTP_SOURCES` |"} {
		i := strings.Index(readme, row)
		if i < 0 || !strings.Contains(readme[i:i+strings.Index(readme[i:], "\n")], "development only") {
			t.Errorf("the configuration table has no development-only row %s", row)
		}
	}
	_, guard, ok := strings.Cut(readme, "### The outbound guard")
	guard, _, _ = strings.Cut(guard, "\n### ")
	for _, want := range []string{"`refused: not a public address`", "`unavailable: the source could not be reached`", "which is not followed", "when dialing", "Any port"} {
		if !ok || !strings.Contains(guard, want) {
			t.Errorf("the README's outbound guard section does not say %s", want)
		}
	}
}
