package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
)

// ssrfHTTPS are the base URLs of internal addresses, in the spellings that
// slip past a check of the host's text.
var ssrfHTTPS = []string{
	"https://127.0.0.1", "https://localhost", "https://[::1]", "https://0.0.0.0", "https://2130706433",
	"https://0x7f000001", "https://169.254.169.254", "https://[fd00::1]", "https://[::ffff:127.0.0.1]",
}

// ssrfLocalHosts are the spellings of this machine that may reach the
// internal service's port.
var ssrfLocalHosts = []string{"127.0.0.1", "localhost", "[::1]", "0.0.0.0", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]"}

// ssrfAttacks returns the custom sources pointed at internal addresses.
// The server allows plain http sources (LATCHKEY_ALLOW_HTTP_SOURCES=1) so
// that a local service can stand for an internal one.
func ssrfAttacks() []attack {
	return []attack{{name: "ssrf", env: []string{"LATCHKEY_ALLOW_HTTP_SOURCES=1"}, run: ssrf}}
}

// ssrf creates custom sources with the attacker's FULL_ACCESS key: first
// with the https base URLs (does the server accept them?), then with http
// base URLs of a local "internal" service that answers a secret
// identifier, and of a local server redirecting to it; for each accepted,
// it adds an account and reads the identifier the server stored.
func ssrf(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	secret := "internal-" + randomHex(8)
	var hits atomic.Int64
	internal := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id": %q}`, secret)
	})
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		return failed("starting the internal service", err)
	}
	go http.Serve(ln, internal)
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	if ln6, err := net.Listen("tcp6", fmt.Sprintf("[::1]:%d", port)); err == nil {
		go http.Serve(ln6, internal)
		defer ln6.Close()
	}
	redirect, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		return failed("starting the redirector", err)
	}
	go http.Serve(redirect, http.RedirectHandler(fmt.Sprintf("http://127.0.0.1:%d/whoami", port), http.StatusFound))
	defer redirect.Close()

	n := 0
	create := func(base string) (string, error) {
		n++
		key := fmt.Sprintf("ssrf-%d", n)
		return key, t.must(ctx, t.attackerAdmin.SecretKey, `mutation($in: CreateCustomSourceInput!) { createCustomSource(input: $in) { source { key } } }`,
			map[string]any{"in": map[string]any{
				"key": key, "name": "Internal " + base, "baseUrl": base, "path": "/whoami", "placement": "BEARER", "field": "token",
				"identifierPath": "id", "fields": []map[string]any{{"name": "token", "label": "Token", "secret": true}},
			}}, nil)
	}
	var details, accepted []string
	for _, base := range ssrfHTTPS {
		if _, err := create(base); err != nil {
			details = append(details, fmt.Sprintf("%s refused: %v", base, err))
		} else {
			accepted = append(accepted, base)
			details = append(details, base+" accepted")
		}
	}
	type httpBase struct{ name, url string }
	var bases []httpBase
	for _, h := range ssrfLocalHosts {
		bases = append(bases, httpBase{h, fmt.Sprintf("http://%s:%d", h, port)})
	}
	bases = append(bases, httpBase{"a redirect", fmt.Sprintf("http://127.0.0.1:%d", redirect.Addr().(*net.TCPAddr).Port)})
	var mu sync.Mutex
	var wg sync.WaitGroup
	var leaked []string
	for _, b := range bases {
		label := b.url
		if b.name == "a redirect" {
			label += " (302 to the internal service)"
		}
		key, err := create(b.url)
		if err != nil {
			details = append(details, fmt.Sprintf("%s refused: %v", label, err))
			continue
		}
		wg.Go(func() {
			var out struct {
				CreateAccount struct{ Account struct{ Identifier string } }
			}
			err := t.must(ctx, t.attackerAdmin.SecretKey, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { identifier } } }`,
				map[string]any{"in": map[string]any{"source": key, "credentialType": "default", "credentials": map[string]any{"token": "x"}}}, &out)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				details = append(details, fmt.Sprintf("%s accepted; adding an account: %v", label, err))
			case out.CreateAccount.Account.Identifier == secret:
				leaked = append(leaked, b.name)
				details = append(details, fmt.Sprintf("%s accepted; the account's identifier is the internal service's answer %q", label, secret))
			default:
				details = append(details, fmt.Sprintf("%s accepted; identifier %q", label, out.CreateAccount.Account.Identifier))
			}
		})
	}
	wg.Wait()
	return outcome{
		summary: fmt.Sprintf("%d of %d https internal base URLs accepted; the internal service's answer leaked through %d of %d http base URLs (%s); it was called %d times",
			len(accepted), len(ssrfHTTPS), len(leaked), len(bases), strings.Join(leaked, ", "), hits.Load()),
		details: details,
		figures: map[string]any{"httpsAccepted": accepted, "leakedThrough": leaked, "internalCalls": hits.Load()},
	}
}

// randomHex returns n random bytes in hex: an answer no guess produces.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
