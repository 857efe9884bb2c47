package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// BenchmarkWebhookDeliveries sends 2,000 events (200 keys, each created
// and changed nine times) to a local receiver with one worker, on
// PostgreSQL, and reports deliveries per second beside a baseline measured
// in the same run: the same number of payloads signed the same way and
// POSTed to the same receiver with the same concurrency, without the
// database. Run it once: go test -run '^$' -bench WebhookDeliveries
// -benchtime 1x ./internal/server
func BenchmarkWebhookDeliveries(b *testing.B) {
	var pg testenv.Backend
	for _, be := range testenv.Backends() {
		if be.Name == "postgres" {
			pg = be
		}
	}
	if pg.Name == "" {
		b.Skip("needs PostgreSQL")
	}
	const subjects, changes, concurrency = 200, 9, 8
	s := testenv.StartWith(b, pg, localWebhooks)
	admin := s.NewKey(b, "production", auth.FullAccess)
	r := newReceiver(b, nil)
	var created struct {
		CreateWebhookEndpoint struct{ Secret string }
	}
	s.Must(b, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": r.URL, "eventTypes": []string{"AUTH_ACCESS_CREATED", "AUTH_ACCESS_UPDATED"}}}, &created)
	for i := range subjects {
		var out struct {
			CreateAuthAccess struct{ AuthAccess struct{ ID string } }
		}
		s.Must(b, admin.Secret, `mutation($n: String!) { createAuthAccess(input: {name: $n, permission: READ_ONLY}) { authAccess { id } } }`, map[string]any{"n": fmt.Sprint("bench-", i)}, &out)
		for j := range changes {
			s.Must(b, admin.Secret, `mutation($id: ID, $d: String) { updateAuthAccess(id: $id, change: {description: $d}) { authAccess { id } } }`,
				map[string]any{"id": out.CreateAuthAccess.AuthAccess.ID, "d": fmt.Sprint(j)}, new(any))
		}
	}
	const total = subjects * (1 + changes)
	pending := func() int {
		var n int
		if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING'`).Scan(&n); err != nil {
			b.Fatal(err)
		}
		return n
	}
	if n := pending(); n != total {
		b.Fatalf("%d deliveries pending, want %d", n, total)
	}

	b.ResetTimer()
	// Baseline: sign and POST the same number of payloads, 8 at a time.
	wh, err := standardwebhooks.NewWebhook(created.CreateWebhookEndpoint.Secret)
	if err != nil {
		b.Fatal(err)
	}
	body := bytes.Repeat([]byte("x"), 330) // about a payload's size
	start := time.Now()
	var wg sync.WaitGroup
	work := make(chan int)
	for range concurrency {
		wg.Go(func() {
			for i := range work {
				now := time.Now()
				sig, _ := wh.Sign(strconv.Itoa(i), now, body)
				req, _ := http.NewRequest(http.MethodPost, r.URL, bytes.NewReader(body))
				req.Header.Set("webhook-id", strconv.Itoa(i))
				req.Header.Set("webhook-timestamp", strconv.FormatInt(now.Unix(), 10))
				req.Header.Set("webhook-signature", sig)
				resp, err := http.DefaultClient.Do(req)
				if err == nil {
					resp.Body.Close()
				}
			}
		})
	}
	for i := range total {
		work <- i
	}
	close(work)
	wg.Wait()
	baseline := float64(total) / time.Since(start).Seconds()

	cfg := fastWorker()
	cfg.Concurrency = concurrency
	s.Statements.Reset()
	start = time.Now()
	runWorker(b, s.WebhookWorker(b, false, cfg))
	for pending() > 0 {
		time.Sleep(10 * time.Millisecond)
	}
	rate := float64(total) / time.Since(start).Seconds()
	b.StopTimer()
	statements, _ := s.Statements.Count()
	b.ReportMetric(float64(statements)/total, "statements/delivery")
	b.ReportMetric(rate, "deliveries/s")
	b.ReportMetric(baseline, "plain-posts/s")
	b.ReportMetric(rate/baseline, "ratio")
}
