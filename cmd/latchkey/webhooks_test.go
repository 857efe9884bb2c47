package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestWebhookSurvivesSIGKILL kills a server process with SIGKILL while it
// waits for a receiver's answer: the process started again sends that
// delivery, and every other, once its lease has run out. Nothing is lost;
// a delivery the receiver answered but the killed process could not
// record comes again with the same webhook-id, by which the receiver
// knows it (Standard Webhooks' at-least-once).
func TestWebhookSurvivesSIGKILL(t *testing.T) {
	dir, addr, key := setUp(t)
	var mu sync.Mutex
	accepted := map[string]int{}
	hold := make(chan struct{})
	held := make(chan struct{}, 1)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		id := r.Header.Get("webhook-id")
		select {
		case held <- struct{}{}: // the first request waits for the kill
			<-hold
			return
		default:
		}
		mu.Lock()
		accepted[id]++
		mu.Unlock()
	}))
	defer receiver.Close()
	defer close(hold)
	env := []string{"LATCHKEY_ALLOW_HTTP_WEBHOOKS=1", "LATCHKEY_ALLOW_PRIVATE_ADDRESSES=1",
		"LATCHKEY_WEBHOOK_POLL=50ms", "LATCHKEY_WEBHOOK_TIMEOUT=500ms", "LATCHKEY_WEBHOOK_LEASE=7s", "LATCHKEY_WEBHOOK_RETRIES=100ms,200ms"}
	server := startServer(t, dir, addr, env...)
	if _, err := gql(addr, key.SecretKey, `mutation($u: String!) { createWebhookEndpoint(input: {url: $u, eventTypes: [AUTH_ACCESS_CREATED]}) { secret } }`,
		map[string]any{"u": receiver.URL}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := gql(addr, key.SecretKey, `mutation { createAuthAccess(input: {name: "n", permission: READ_ONLY}) { secretKey } }`, nil); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-held:
	case <-time.After(10 * time.Second):
		t.Fatal("no delivery reached the receiver")
	}
	if err := server.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = server.Wait()

	startServer(t, dir, addr, env...)
	const q = `{ webhookDeliveries(first: 100) { edges { node { id status attemptCount } } } }`
	var nodes []any
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		res, err := gql(addr, key.SecretKey, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		nodes = res["data"].(map[string]any)["webhookDeliveries"].(map[string]any)["edges"].([]any)
		done := len(nodes) == 5
		for _, n := range nodes {
			done = done && n.(map[string]any)["node"].(map[string]any)["status"] == "DELIVERED"
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not all delivered 30s after the restart: %v", nodes)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, n := range nodes {
		id := n.(map[string]any)["node"].(map[string]any)["id"].(string)
		if accepted[id] < 1 || accepted[id] > 2 {
			t.Errorf("delivery %s accepted %d times, want once, or twice if the kill came between its answer and its record", id, accepted[id])
		}
	}
	if len(accepted) != 5 {
		t.Errorf("%d webhook-ids accepted, want 5: %v", len(accepted), accepted)
	}
	t.Logf("accepted by webhook-id: %v", accepted)
}
