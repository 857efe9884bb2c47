package server_test

import (
	"fmt"
	"net/http"
	"slices"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// TestWebhooksReachAFlakyReceiver sends the events of several accounts to
// a receiver that fails each delivery's first attempt, answers the second
// too late, and accepts the third (an account.added only the fourth, so
// that the later events of its account would overtake it if they could):
// every event arrives, once by webhook-id, each account's in order, with
// signatures that an independent verifier accepts, and payloads free of
// credentials.
func TestWebhooksReachAFlakyReceiver(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, func(body string, n int) (int, time.Duration) {
			switch {
			case n == 1, n == 3 && holds(body, `"type":"account.added"`):
				return http.StatusInternalServerError, 0
			case n == 2:
				return http.StatusOK, time.Second // past the worker's timeout
			}
			return http.StatusOK, 0
		})
		_, secret := addEndpoint(t, s, admin.Secret, r.URL+"/hooks?from=latchkey")
		r.trust(secret)
		runWorker(t, s.WebhookWorker(t, false, fastWorker()))

		var subjects []string
		for i := range 3 {
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(fmt.Sprintf("shop-%d", i))}, &out)
			id := out.CreateAccount.Account.ID
			subjects = append(subjects, id)
			for _, m := range []string{
				`mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`,
				`mutation($id: ID!) { enableAccount(id: $id) { account { id } } }`,
				`mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`,
			} {
				s.Must(t, admin.Secret, m, map[string]any{"id": id}, new(any))
			}
		}
		all := waitSettled(t, s, admin.Secret, 30*time.Second)

		order, bodies := r.accepted()
		r.mu.Lock()
		problems := r.problems
		r.mu.Unlock()
		for _, p := range problems {
			t.Error(p)
		}
		want := map[string]deliveryNode{}
		for _, d := range all {
			want[d.ID] = d
			attempts := 3
			if d.Event.Type == "ACCOUNT_ADDED" {
				attempts = 4
			}
			if d.Status != "DELIVERED" || d.AttemptCount != attempts || len(d.Attempts) != attempts {
				t.Errorf("delivery %s: status %s after %d attempts (%d listed), want DELIVERED after %d", d.ID, d.Status, d.AttemptCount, len(d.Attempts), attempts)
				continue
			}
			first, second, third := d.Attempts[0], d.Attempts[1], d.Attempts[attempts-1]
			if first.StatusCode == nil || *first.StatusCode != 500 || first.Error == nil || *first.Error != "the endpoint answered 500" {
				t.Errorf("delivery %s: first attempt %+v, want 500 with its reason", d.ID, first)
			}
			if second.StatusCode != nil || second.Error == nil || !holds(*second.Error, "did not answer within") {
				t.Errorf("delivery %s: second attempt %+v, want a timeout", d.ID, second)
			}
			if third.StatusCode == nil || *third.StatusCode != 200 || third.Error != nil {
				t.Errorf("delivery %s: last attempt %+v, want 200", d.ID, third)
			}
		}
		// One account's events are 4; the endpoint's own creation is one more.
		if len(want) != 13 || len(order) != len(want) {
			t.Fatalf("%d deliveries, %d accepted by webhook-id; want 13 each", len(want), len(order))
		}
		seen := map[string][]string{} // subject → event IDs in order of acceptance
		for _, id := range order {
			d, ok := want[id]
			if !ok {
				t.Errorf("the receiver accepted %s, which is no delivery", id)
				continue
			}
			p := decodePayload(t, bodies[id])
			if p.Data.ID != d.Event.ID || p.Data.Type != d.Event.Type || p.Data.SubjectID != d.SubjectID {
				t.Errorf("delivery %s carried %+v, want event %s %s about %s", id, p.Data, d.Event.ID, d.Event.Type, d.SubjectID)
			}
			seen[d.SubjectID] = append(seen[d.SubjectID], d.Event.ID)
			for _, secretPart := range []string{"shpat_0123456789abcdef", secret} {
				if holds(bodies[id], secretPart) {
					t.Errorf("delivery %s carries a secret: %s", id, bodies[id])
				}
			}
		}
		for _, subject := range subjects {
			events := seen[subject]
			if len(events) != 4 || !sort.StringsAreSorted(events) {
				t.Errorf("account %s: events accepted in the order %v, want its 4 events in the order they happened", subject, events)
			}
		}
		types := map[string]bool{}
		for _, b := range bodies {
			types[decodePayload(t, b).Type] = true
		}
		for _, typ := range []string{"account.added", "account.disabled", "account.enabled", "account.deleted", "webhook_endpoint.created"} {
			if !types[typ] {
				t.Errorf("no %s payload among %v", typ, types)
			}
		}
	})
}

// TestWebhooksWaitForAReceiverThatCameBack: a receiver that is gone (no
// one listens at its address) makes attempts fail and the endpoint
// failing; once it listens again, every event goes out and the endpoint
// is well again.
func TestWebhooksWaitForAReceiverThatCameBack(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		addr := freeAddr(t)
		endpoint, secret := addEndpoint(t, s, admin.Secret, "http://"+addr+"/hooks", "ACCOUNT_ADDED")
		runWorker(t, s.WebhookWorker(t, false, fastWorker()))
		for i := range 5 {
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(fmt.Sprintf("gone-%d", i))}, new(any))
		}
		var failing struct {
			Node struct{ FailingSince *time.Time }
		}
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			s.Must(t, admin.Secret, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { failingSince } } }`, map[string]any{"id": endpoint}, &failing)
			if failing.Node.FailingSince != nil || time.Now().After(deadline) {
				break
			}
		}
		if failing.Node.FailingSince == nil {
			t.Fatal("the endpoint is not marked failing while no one listens")
		}
		attempts := deliveries(t, s, admin.Secret, "")
		for _, d := range attempts {
			for _, a := range d.Attempts {
				if a.Error == nil || *a.Error != "the endpoint could not be reached" {
					t.Errorf("attempt of %s: %+v, want 'could not be reached'", d.ID, a)
				}
			}
		}

		r := newReceiverAt(t, addr, nil)
		r.trust(secret)
		all := waitSettled(t, s, admin.Secret, 30*time.Second)
		order, _ := r.accepted()
		if len(all) != 5 || len(order) != 5 {
			t.Fatalf("%d deliveries, %d accepted; want 5 each", len(all), len(order))
		}
		for _, d := range all {
			if d.Status != "DELIVERED" || d.Event.Type != "ACCOUNT_ADDED" {
				t.Errorf("delivery %+v, want a DELIVERED ACCOUNT_ADDED", d)
			}
		}
		s.Must(t, admin.Secret, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { failingSince } } }`, map[string]any{"id": endpoint}, &failing)
		if failing.Node.FailingSince != nil {
			t.Errorf("the endpoint is still failing since %v after deliveries succeeded", failing.Node.FailingSince)
		}
	})
}

// TestFailingEndpointIsDisabled: deliveries that run out of retries are
// FAILED; an endpoint failing for DisableAfter is disabled, with an event
// that says so, and is given no new events; enabling it sends what was
// pending, and redeliverWebhook sends a FAILED one again.
func TestFailingEndpointIsDisabled(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var up atomic.Bool
		r := newReceiver(t, func(string, int) (int, time.Duration) {
			if up.Load() {
				return http.StatusOK, 0
			}
			return http.StatusServiceUnavailable, 0
		})
		endpoint, secret := addEndpoint(t, s, admin.Secret, r.URL, "ACCOUNT_ADDED", "WEBHOOK_ENDPOINT_DISABLED")
		r.trust(secret)
		cfg := fastWorker()
		cfg.Retries = []time.Duration{20 * time.Millisecond, 20 * time.Millisecond}
		cfg.DisableAfter = 400 * time.Millisecond
		runWorker(t, s.WebhookWorker(t, false, cfg))

		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("first")}, new(any))
		var failed []deliveryNode
		for deadline := time.Now().Add(10 * time.Second); len(failed) == 0 && time.Now().Before(deadline); time.Sleep(30 * time.Millisecond) {
			failed = deliveries(t, s, admin.Secret, "status = FAILED")
		}
		if len(failed) != 1 || failed[0].AttemptCount != 3 {
			t.Fatalf("failed deliveries %+v, want one after 3 attempts", failed)
		}
		// Failing on: each new event fails until the endpoint has failed
		// for DisableAfter.
		var endpointState struct {
			Node struct {
				IsEnabled      bool
				DisabledReason *string
			}
		}
		for i, deadline := 0, time.Now().Add(15*time.Second); ; i++ {
			s.Must(t, admin.Secret, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { isEnabled disabledReason } } }`, map[string]any{"id": endpoint}, &endpointState)
			if !endpointState.Node.IsEnabled || time.Now().After(deadline) {
				break
			}
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(fmt.Sprintf("more-%d", i))}, new(any))
			time.Sleep(100 * time.Millisecond)
		}
		if endpointState.Node.IsEnabled || endpointState.Node.DisabledReason == nil || *endpointState.Node.DisabledReason != "FAILING" {
			t.Fatalf("endpoint %+v, want disabled for FAILING", endpointState.Node)
		}
		var events struct {
			Events struct {
				Edges []struct{ Node struct{ Data map[string]any } }
			}
		}
		s.Must(t, admin.Secret, `query($f: String) { events(first: 5, filter: $f) { edges { node { data } } } }`,
			map[string]any{"f": "type = WEBHOOK_ENDPOINT_DISABLED and subjectId = '" + endpoint + "'"}, &events)
		if len(events.Events.Edges) != 1 || events.Events.Edges[0].Node.Data["reason"] != "FAILING" {
			t.Fatalf("disabled events %+v, want one with reason FAILING", events)
		}
		before := len(deliveries(t, s, admin.Secret, ""))
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("while-disabled")}, new(any))
		if after := len(deliveries(t, s, admin.Secret, "")); after != before {
			t.Errorf("a disabled endpoint was given a new event: %d deliveries, then %d", before, after)
		}

		up.Store(true)
		s.Must(t, admin.Secret, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { webhookEndpoint { isEnabled } } }`, map[string]any{"id": endpoint}, new(any))
		var redelivered struct {
			RedeliverWebhook struct{ WebhookDelivery struct{ Status string } }
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { redeliverWebhook(id: $id) { webhookDelivery { status } } }`, map[string]any{"id": failed[0].ID}, &redelivered)
		if redelivered.RedeliverWebhook.WebhookDelivery.Status != "PENDING" {
			t.Errorf("redelivered: %+v, want PENDING", redelivered)
		}
		all := waitSettled(t, s, admin.Secret, 30*time.Second)
		order, _ := r.accepted()
		if !slices.Contains(order, failed[0].ID) {
			t.Errorf("the redelivered %s never arrived", failed[0].ID)
		}
		for _, d := range all {
			if d.ID == failed[0].ID && (d.Status != "DELIVERED" || d.AttemptCount != 4) {
				t.Errorf("redelivered %+v, want DELIVERED at its 4th attempt", d)
			}
		}
	})
}

// TestWebhookWorkersShareDeliveries runs two workers, each with a database
// connection of its own as two server processes have, over many events:
// the receiver gets each delivery exactly once, and each was sent once.
func TestWebhookWorkersShareDeliveries(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, func(string, int) (int, time.Duration) { return http.StatusOK, 5 * time.Millisecond })
		_, secret := addEndpoint(t, s, admin.Secret, r.URL, "AUTH_ACCESS_CREATED", "AUTH_ACCESS_UPDATED")
		r.trust(secret)
		const keys, changes = 15, 3
		for i := range keys {
			var out struct {
				CreateAuthAccess struct{ AuthAccess struct{ ID string } }
			}
			s.Must(t, admin.Secret, `mutation($n: String!) { createAuthAccess(input: {name: $n, permission: READ_ONLY}) { authAccess { id } } }`, map[string]any{"n": fmt.Sprint("k", i)}, &out)
			for j := range changes {
				s.Must(t, admin.Secret, `mutation($id: ID, $d: String) { updateAuthAccess(id: $id, change: {description: $d}) { authAccess { id } } }`,
					map[string]any{"id": out.CreateAuthAccess.AuthAccess.ID, "d": fmt.Sprint(j)}, new(any))
			}
		}
		cfg := fastWorker()
		cfg.Concurrency = 4
		runWorker(t, s.WebhookWorker(t, true, cfg))
		runWorker(t, s.WebhookWorker(t, true, cfg))
		all := waitSettled(t, s, admin.Secret, 60*time.Second)
		if len(all) != keys*(1+changes) {
			t.Fatalf("%d deliveries, want %d", len(all), keys*(1+changes))
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, d := range all {
			if d.Status != "DELIVERED" || d.AttemptCount != 1 || r.tries[d.ID] != 1 {
				t.Errorf("delivery %s: %s after %d attempts, received %d times; want DELIVERED, sent and received once", d.ID, d.Status, d.AttemptCount, r.tries[d.ID])
			}
		}
		for _, p := range r.problems {
			t.Error(p)
		}
	})
}

// TestWebhookHistoryIsBounded: a delivery keeps its MaxAttemptsKept newest
// attempts however often it is redelivered, and DELIVERED deliveries go
// once older than the retention, with their attempts; pending ones stay.
func TestWebhookHistoryIsBounded(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, nil)
		addEndpoint(t, s, admin.Secret, r.URL, "ACCOUNT_ADDED")
		cfg := fastWorker()
		w := s.WebhookWorker(t, false, cfg)
		runWorker(t, w)
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("history")}, new(any))
		id := waitSettled(t, s, admin.Secret, 10*time.Second)[0].ID
		const times = webhooks.MaxAttemptsKept + 3
		for range times {
			s.Must(t, admin.Secret, `mutation($id: ID!) { redeliverWebhook(id: $id) { webhookDelivery { id } } }`, map[string]any{"id": id}, new(any))
			waitSettled(t, s, admin.Secret, 10*time.Second)
		}
		d := deliveries(t, s, admin.Secret, "id = '"+id+"'")[0]
		if d.AttemptCount != times+1 || len(d.Attempts) != webhooks.MaxAttemptsKept {
			t.Errorf("after %d redeliveries: %d attempts counted, %d kept; want %d and %d", times, d.AttemptCount, len(d.Attempts), times+1, webhooks.MaxAttemptsKept)
		}

		// A worker that keeps deliveries for 100ms prunes them.
		old := fastWorker()
		old.Retention, old.PruneEvery = 100*time.Millisecond, 50*time.Millisecond
		r.answerWith(func(string, int) (int, time.Duration) { return http.StatusServiceUnavailable, 0 })
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("pending")}, new(any))
		runWorker(t, s.WebhookWorker(t, false, old))
		time.Sleep(400 * time.Millisecond)
		left := deliveries(t, s, admin.Secret, "")
		if len(left) != 1 || left[0].Status != "PENDING" {
			t.Errorf("after the retention: %+v, want only the pending delivery", left)
		}
		var attempts int
		if err := s.DB.SQL.QueryRow(testenv.Rebind(s.Backend, `SELECT count(*) FROM webhook_attempts WHERE delivery_id = ?`), id).Scan(&attempts); err != nil || attempts != 0 {
			t.Errorf("%d attempts of the pruned delivery left (%v)", attempts, err)
		}
	})
}
