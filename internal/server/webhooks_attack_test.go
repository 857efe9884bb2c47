package server_test

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// TestSlowTenantDoesNotStarveOthers: a tenant whose endpoints never answer
// in time, with many events due, holds at most half of the senders; the
// other tenant's event goes out at once.
func TestSlowTenantDoesNotStarveOthers(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		evil := s.NewKey(t, "evil", auth.FullAccess)
		good := s.NewKey(t, "good", auth.FullAccess)
		slow := newReceiver(t, func(string, int) (int, time.Duration) { return http.StatusOK, 10 * time.Second })
		fast := newReceiver(t, nil)
		for range 4 {
			addEndpoint(t, s, evil.Secret, slow.URL, "AUTH_ACCESS_CREATED")
		}
		addEndpoint(t, s, good.Secret, fast.URL, "AUTH_ACCESS_CREATED")
		for i := range 8 {
			s.Must(t, evil.Secret, fmt.Sprintf(`mutation { createAuthAccess(input: {name: "k%d", permission: READ_ONLY}) { authAccess { id } } }`, i), nil, new(any))
		}
		cfg := fastWorker()
		cfg.Concurrency, cfg.Timeout, cfg.Lease = 4, time.Second, 10*time.Second
		start := time.Now()
		runWorker(t, s.WebhookWorker(t, false, cfg))
		time.Sleep(100 * time.Millisecond) // the slow deliveries are taken first
		s.Must(t, good.Secret, `mutation { createAuthAccess(input: {name: "g", permission: READ_ONLY}) { authAccess { id } } }`, nil, new(any))
		for {
			if order, _ := fast.accepted(); len(order) > 0 {
				break
			}
			if time.Since(start) > 5*time.Second {
				t.Fatal("the other tenant's delivery waited more than 5s behind a slow tenant's")
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Logf("the other tenant's delivery arrived %s after the worker started", time.Since(start).Round(time.Millisecond))
	})
}

// TestEndpointDeletedWhileAnEventIsWritten: an endpoint deleted while an
// event is being written to it neither fails the change that wrote the
// event nor leaves a delivery to nowhere.
func TestEndpointDeletedWhileAnEventIsWritten(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		id, _ := addEndpoint(t, s, admin.Secret, "http://127.0.0.1:9/x", "AUTH_ACCESS_CREATED")
		s.Faults.Delay(testenv.BeforeStatement, `INSERT INTO "webhook_deliveries"`, 700*time.Millisecond)
		done := make(chan *testenv.Result)
		go func() {
			done <- s.Do(t, admin.Secret, `mutation { createAuthAccess(input: {name: "victim", permission: READ_ONLY}) { authAccess { id } } }`, nil)
		}()
		time.Sleep(200 * time.Millisecond)
		deleted := s.Do(t, admin.Secret, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }`, map[string]any{"id": id})
		if r := <-done; r.Code() != "" {
			t.Errorf("the change failed because an endpoint was deleted meanwhile: %s", r.Body)
		}
		if deleted.Code() != "" {
			t.Errorf("the deletion: %s", deleted.Body)
		}
	})
}

// TestEndpointLimitHoldsUnderConcurrency: forty creations at once leave at
// most MaxEndpoints endpoints; the others are told CONFLICT (or, on
// SQLite, UNAVAILABLE when two writers collide), never an INTERNAL.
func TestEndpointLimitHoldsUnderConcurrency(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var wg sync.WaitGroup
		codes := make([]string, 40)
		for i := range codes {
			wg.Go(func() {
				codes[i] = s.Do(t, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": fmt.Sprintf("https://hooks.example.com/%d", i)}}).Code()
			})
		}
		wg.Wait()
		var out struct{ WebhookEndpoints struct{ TotalCount int } }
		s.Must(t, admin.Secret, `{ webhookEndpoints { totalCount } }`, nil, &out)
		if out.WebhookEndpoints.TotalCount > webhooks.MaxEndpoints {
			t.Errorf("%d endpoints after 40 creations at once, want at most %d", out.WebhookEndpoints.TotalCount, webhooks.MaxEndpoints)
		}
		for _, c := range codes {
			if c != "" && c != "CONFLICT" && c != "UNAVAILABLE" {
				t.Errorf("a creation answered %s", c)
			}
		}
	})
}
