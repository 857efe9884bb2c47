package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	svix "github.com/svix/svix-webhooks/go"

	"github.com/latchkey/latchkey/internal/outbound"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/webhooks"
)

const (
	createEndpoint = `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret webhookEndpoint { id url eventTypes isEnabled } } }`
	deliveriesPage = `query($f: String) { webhookDeliveries(first: 100, filter: $f) { totalCount edges { node { id status attemptCount subjectId event { id type } attempts { statusCode durationMs error } } } } }`
)

// receipt is one request a receiver took.
type receipt struct {
	id, body string
	header   http.Header
	status   int
	at       time.Time
}

// receiver is a customer's webhook endpoint: it checks every request's
// signature with Svix's verifier (an implementation of Standard Webhooks
// independent of the one that signs), answers as answer says, and keeps
// what it took.
type receiver struct {
	*httptest.Server
	mu       sync.Mutex
	secrets  []string
	answer   func(body string, n int) (status int, delay time.Duration)
	tries    map[string]int
	got      []receipt
	problems []string
}

// newReceiver starts a receiver whose answer is 204 unless answer, given
// the body and the how-manieth request of its webhook-id this is, says
// otherwise.
func newReceiver(t testing.TB, answer func(body string, n int) (int, time.Duration)) *receiver {
	r := &receiver{answer: answer, tries: map[string]int{}}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	id := req.Header.Get("webhook-id")
	r.mu.Lock()
	r.tries[id]++
	n, answer := r.tries[id], r.answer
	verified := false
	for _, s := range r.secrets {
		wh, err := svix.NewWebhook(s)
		if err == nil && wh.Verify(body, req.Header) == nil {
			verified = true
		}
	}
	if !verified {
		r.problems = append(r.problems, fmt.Sprintf("%s: the signature %q does not verify with %d secrets", id, req.Header.Get("webhook-signature"), len(r.secrets)))
	}
	r.mu.Unlock()
	status, delay := http.StatusNoContent, time.Duration(0)
	if answer != nil {
		status, delay = answer(string(body), n)
	}
	select {
	case <-time.After(delay):
	case <-req.Context().Done():
		status = 0 // the sender gave up
	}
	r.mu.Lock()
	r.got = append(r.got, receipt{id: id, body: string(body), header: req.Header.Clone(), status: status, at: time.Now()})
	r.mu.Unlock()
	if status != 0 {
		w.WriteHeader(status)
	}
}

// answerWith changes how the receiver answers from now on.
func (r *receiver) answerWith(answer func(body string, n int) (int, time.Duration)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.answer = answer
}

// trust adds a signing secret the receiver verifies with.
func (r *receiver) trust(secret string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.secrets = append(r.secrets, secret)
}

// accepted returns the IDs the receiver accepted (a 2xx it answered in
// time), each once, in the order of their first acceptance, with their
// bodies.
func (r *receiver) accepted() ([]string, map[string]string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var order []string
	bodies := map[string]string{}
	for _, g := range r.got {
		if g.status >= 200 && g.status < 300 {
			if _, ok := bodies[g.id]; !ok {
				order = append(order, g.id)
				bodies[g.id] = g.body
			}
		}
	}
	return order, bodies
}

// fastWorker is a worker config for tests: quick polls, retries and
// timeouts.
func fastWorker() webhooks.WorkerConfig {
	return webhooks.WorkerConfig{
		Poll: 20 * time.Millisecond, Timeout: 400 * time.Millisecond, Lease: 3 * time.Second,
		Retries: []time.Duration{50 * time.Millisecond, 100 * time.Millisecond, 150 * time.Millisecond, 200 * time.Millisecond, 300 * time.Millisecond, 500 * time.Millisecond},
	}
}

// runWorker runs w until the test ends.
func runWorker(t testing.TB, w *webhooks.Worker) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
}

// localWebhooks lets endpoints be local http receivers.
func localWebhooks(c *server.Config) {
	c.AllowHTTPWebhooks, c.AllowPrivateAddresses = true, true
}

// deliveryNode is a delivery as deliveriesPage reads it.
type deliveryNode struct {
	ID           string `json:"id"`
	Status       string `json:"status"`
	AttemptCount int    `json:"attemptCount"`
	SubjectID    string `json:"subjectId"`
	Event        struct{ ID, Type string }
	Attempts     []struct {
		StatusCode *int    `json:"statusCode"`
		DurationMs int     `json:"durationMs"`
		Error      *string `json:"error"`
	}
}

// deliveries returns the deliveries the filter selects.
func deliveries(t *testing.T, s *testenv.Server, secret, filter string) []deliveryNode {
	t.Helper()
	var out struct {
		WebhookDeliveries struct {
			Edges []struct{ Node deliveryNode }
		}
	}
	s.Must(t, secret, deliveriesPage, map[string]any{"f": filter}, &out)
	var nodes []deliveryNode
	for _, e := range out.WebhookDeliveries.Edges {
		nodes = append(nodes, e.Node)
	}
	return nodes
}

// waitSettled waits until no delivery is pending and returns them all.
func waitSettled(t *testing.T, s *testenv.Server, secret string, within time.Duration) []deliveryNode {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		all := deliveries(t, s, secret, "")
		pending := slices.ContainsFunc(all, func(d deliveryNode) bool { return d.Status == "PENDING" })
		if !pending {
			return all
		}
		if time.Now().After(deadline) {
			t.Fatalf("deliveries still pending after %s: %+v", within, all)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// addEndpoint creates an endpoint to url and returns its ID and secret.
func addEndpoint(t *testing.T, s *testenv.Server, secret, url string, types ...string) (id, signing string) {
	t.Helper()
	in := map[string]any{"url": url}
	if types != nil {
		in["eventTypes"] = types
	}
	var out struct {
		CreateWebhookEndpoint struct {
			Secret          string
			WebhookEndpoint struct{ ID string }
		}
	}
	s.Must(t, secret, createEndpoint, map[string]any{"in": in}, &out)
	return out.CreateWebhookEndpoint.WebhookEndpoint.ID, out.CreateWebhookEndpoint.Secret
}

// freeAddr returns a local address nothing listens on.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// payload is a delivery's body.
type payload struct {
	Type      string
	Timestamp time.Time
	Data      struct {
		ID, Type, SubjectID string
		Data                map[string]any
	}
}

func decodePayload(t *testing.T, body string) payload {
	t.Helper()
	var p payload
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		t.Fatalf("payload %s: %v", body, err)
	}
	return p
}

// contains reports whether s holds sub; strings.Contains under a name the
// test reads well with.
func holds(s, sub string) bool { return strings.Contains(s, sub) }

// newReceiverAt starts a receiver listening on addr.
func newReceiverAt(t *testing.T, addr string, answer func(body string, n int) (int, time.Duration)) *receiver {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	r := &receiver{answer: answer, tries: map[string]int{}}
	r.Server = httptest.NewUnstartedServer(http.HandlerFunc(r.serve))
	r.Listener.Close()
	r.Listener = ln
	r.Start()
	t.Cleanup(r.Close)
	return r
}

// guardedClient is the outbound client of production, but for plain http:
// it dials public addresses only.
func guardedClient() *http.Client {
	return outbound.NewClient(outbound.Config{AllowHTTP: true})
}
