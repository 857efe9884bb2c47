package server_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	svix "github.com/svix/svix-webhooks/go"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// TestWebhookEndpointsAPI manages endpoints through GraphQL as the
// permission levels and tenants would, with the outbound guard as it
// stands in production: refused addresses, bad input, limits, and the
// secret shown once.
func TestWebhookEndpointsAPI(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		reader := s.NewKey(t, "production", auth.ReadOnly)
		connector := s.NewKey(t, "production", auth.CredentialsInOnly)
		stranger := s.NewKey(t, "staging", auth.FullAccess)

		for url, want := range map[string]string{
			"http://hooks.example.com/in":                            "must use https",
			"https://127.0.0.1/in":                                   "must be a public address",
			"https://localhost/in":                                   "must be a public address",
			"https://[::1]/in":                                       "must be a public address",
			"https://169.254.169.254/latest":                         "must be a public address",
			"https://0x7f000001/in":                                  "must be a public address",
			"https://10.0.0.8/in":                                    "must be a public address",
			"https://user:pw@hooks.example.com/in":                   "must not hold credentials",
			"https://hooks.example.com/in#x":                         "must not hold credentials or a fragment",
			"ftp://hooks.example.com/in":                             "must be an absolute http(s) URL",
			"/relative":                                              "must be an absolute http(s) URL",
			" https://hooks.example.com/in":                          "must not start or end with spaces",
			"https://hooks.example.com/" + strings.Repeat("a", 2000): "at most 2000 characters",
		} {
			r := s.Do(t, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": url}})
			if r.Code() != "BAD_USER_INPUT" || !holds(r.Body, want) || !holds(r.Body, `"field":"url"`) {
				t.Errorf("url %.60q: %s, want BAD_USER_INPUT saying %q", url, r.Body, want)
			}
		}
		if r := s.Do(t, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/in", "eventTypes": []string{"NO_SUCH"}}}); r.Code() != "BAD_USER_INPUT" && r.Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("an unknown event type: %s", r.Body)
		}
		for name, key := range map[string]testenv.Key{"READ_ONLY": reader, "CREDENTIALS_IN_ONLY": connector} {
			if r := s.Do(t, key.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/in"}}); r.Code() != "FORBIDDEN" {
				t.Errorf("%s creating an endpoint: %s", name, r.Body)
			}
		}

		var created struct {
			CreateWebhookEndpoint struct {
				Secret          string
				WebhookEndpoint struct {
					ID         string
					URL        string
					EventTypes []string
					IsEnabled  bool
				}
			}
		}
		s.Must(t, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/in?team=a",
			"eventTypes": []string{"ACCOUNT_DISABLED", "ACCOUNT_ADDED", "ACCOUNT_ADDED"}}}, &created)
		e := created.CreateWebhookEndpoint
		if !strings.HasPrefix(e.Secret, "whsec_") || len(e.Secret) < 40 || !e.WebhookEndpoint.IsEnabled ||
			fmt.Sprint(e.WebhookEndpoint.EventTypes) != "[ACCOUNT_ADDED ACCOUNT_DISABLED]" {
			t.Errorf("created %+v", e)
		}
		if _, err := svix.NewWebhook(e.Secret); err != nil {
			t.Errorf("the secret is not one a Standard Webhooks library takes: %v", err)
		}
		id := e.WebhookEndpoint.ID

		// Reading: the reader sees it, without any secret; the key that
		// may only add accounts and the other environment see nothing.
		const list = `{ webhookEndpoints(first: 10, filter: "url startsWith 'https://hooks'") { totalCount edges { node { id url eventTypes previousSecretExpiresTime } } } }`
		if r := s.Do(t, reader.Secret, list, nil); r.Code() != "" || !holds(r.Body, id) || holds(r.Body, e.Secret) {
			t.Errorf("the reader's list: %s", r.Body)
		}
		if r := s.Do(t, connector.Secret, list, nil); r.Code() != "FORBIDDEN" && holds(r.Body, id) {
			t.Errorf("CREDENTIALS_IN_ONLY listed endpoints: %s", r.Body)
		}
		if r := s.Do(t, stranger.Secret, list, nil); holds(r.Body, id) {
			t.Errorf("another environment sees the endpoint: %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, `{ webhookEndpoints(filter: "secret = 'x'") { totalCount } }`, nil); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("filtering on the secret: %s", r.Body)
		}
		for name, m := range map[string]string{
			"update":    `mutation($id: ID!) { updateWebhookEndpoint(id: $id, change: {description: "x"}) { webhookEndpoint { id } } }`,
			"disable":   `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { webhookEndpoint { id } } }`,
			"rotate":    `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id) { secret } }`,
			"delete":    `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }`,
			"node":      `query($id: ID!) { node(id: $id) { id ... on WebhookEndpoint { url } } }`,
			"redeliver": `mutation($id: ID!) { redeliverWebhook(id: $id) { webhookDelivery { id } } }`,
		} {
			r := s.Do(t, stranger.Secret, m, map[string]any{"id": id})
			if holds(r.Body, "hooks.example.com") || (r.Code() != "NOT_FOUND" && !holds(r.Body, `"node":null`)) {
				t.Errorf("another environment's %s: %s", name, r.Body)
			}
			if name != "node" {
				if r := s.Do(t, reader.Secret, m, map[string]any{"id": id}); r.Code() != "FORBIDDEN" && r.Code() != "NOT_FOUND" {
					t.Errorf("READ_ONLY's %s: %s", name, r.Body)
				}
			}
		}

		// Changing.
		const update = `mutation($id: ID!, $c: WebhookEndpointChange, $r: [WebhookEndpointField!]) { updateWebhookEndpoint(id: $id, change: $c, remove: $r) { webhookEndpoint { url description eventTypes } } }`
		if r := s.Do(t, admin.Secret, update, map[string]any{"id": id, "c": map[string]any{"description": "x"}, "r": []string{"DESCRIPTION"}}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("changed and removed: %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, update, map[string]any{"id": id, "c": map[string]any{"url": "https://192.168.1.1/x"}}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("a private URL by update: %s", r.Body)
		}
		var changed struct {
			UpdateWebhookEndpoint struct {
				WebhookEndpoint struct {
					URL         string
					Description *string
					EventTypes  []string
				}
			}
		}
		s.Must(t, admin.Secret, update, map[string]any{"id": id, "c": map[string]any{"url": "https://hooks.example.com/v2", "description": "CRM sync"}, "r": []string{"EVENT_TYPES"}}, &changed)
		if c := changed.UpdateWebhookEndpoint.WebhookEndpoint; c.URL != "https://hooks.example.com/v2" || c.Description == nil || len(c.EventTypes) != 0 {
			t.Errorf("after update: %+v", c)
		}
		for _, grace := range []int{-1, 2592001, 18446744074} {
			if r := s.Do(t, admin.Secret, `mutation($id: ID!, $g: Int) { rotateAuthAccessSecret(id: $id, gracePeriod: $g) { secretKey } }`, map[string]any{"id": reader.ID, "g": grace}); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("gracePeriod %d: %s", grace, r.Body)
			}
		}
		for _, overlap := range []int{-1, 604801, 18446744074} {
			if r := s.Do(t, admin.Secret, `mutation($id: ID!, $o: Int) { rotateWebhookEndpointSecret(id: $id, overlap: $o) { secret } }`, map[string]any{"id": id, "o": overlap}); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("overlap %d: %s", overlap, r.Body)
			}
		}

		// The limit per environment.
		for i := 1; i < webhooks.MaxEndpoints; i++ {
			addEndpoint(t, s, admin.Secret, fmt.Sprintf("https://hooks.example.com/%d", i))
		}
		if r := s.Do(t, admin.Secret, createEndpoint, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/one-too-many"}}); r.Code() != "CONFLICT" {
			t.Errorf("endpoint %d: %s", webhooks.MaxEndpoints+1, r.Body)
		}
		var deleted struct{ DeleteWebhookEndpoint struct{ DeletedID string } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }`, map[string]any{"id": id}, &deleted)
		if r := s.Do(t, admin.Secret, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}); !holds(r.Body, `"node":null`) {
			t.Errorf("the deleted endpoint: %s", r.Body)
		}
		if got := eventTypesOf(t, s, admin.Secret, id); fmt.Sprint(got) != "[WEBHOOK_ENDPOINT_CREATED WEBHOOK_ENDPOINT_UPDATED WEBHOOK_ENDPOINT_DELETED]" {
			t.Errorf("the endpoint's events: %v", got)
		}
		for _, where := range []string{s.Logs()} {
			if holds(where, e.Secret) || holds(where, strings.TrimPrefix(e.Secret, "whsec_")) {
				t.Error("the signing secret is in the server's logs")
			}
		}
	})
}

// TestWebhookSecretRotationOverlaps: during the overlap a request carries
// two signatures, one by each secret; after a rotation without overlap,
// only the new secret's.
func TestWebhookSecretRotationOverlaps(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, nil)
		id, old := addEndpoint(t, s, admin.Secret, r.URL, "ACCOUNT_ADDED")
		runWorker(t, s.WebhookWorker(t, false, fastWorker()))
		var rotated struct{ RotateWebhookEndpointSecret struct{ Secret string } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id, overlap: 3600) { secret } }`, map[string]any{"id": id}, &rotated)
		fresh := rotated.RotateWebhookEndpointSecret.Secret
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("overlap")}, new(any))
		waitSettled(t, s, admin.Secret, 10*time.Second)
		s.Must(t, admin.Secret, `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id, overlap: 0) { secret } }`, map[string]any{"id": id}, &rotated)
		newest := rotated.RotateWebhookEndpointSecret.Secret
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("after")}, new(any))
		waitSettled(t, s, admin.Secret, 10*time.Second)

		r.mu.Lock()
		got := append([]receipt(nil), r.got...)
		r.mu.Unlock()
		if len(got) != 2 {
			t.Fatalf("%d requests, want 2", len(got))
		}
		verifies := func(g receipt, secret string) bool {
			wh, _ := svix.NewWebhook(secret)
			return wh.Verify([]byte(g.body), g.header) == nil
		}
		if sigs := strings.Fields(got[0].header.Get("webhook-signature")); len(sigs) != 2 || !verifies(got[0], old) || !verifies(got[0], fresh) {
			t.Errorf("during the overlap: signatures %v; old verifies %v, new %v", sigs, verifies(got[0], old), verifies(got[0], fresh))
		}
		if sigs := strings.Fields(got[1].header.Get("webhook-signature")); len(sigs) != 1 || verifies(got[1], old) || verifies(got[1], fresh) || !verifies(got[1], newest) {
			t.Errorf("after a rotation without overlap: signatures %v", sigs)
		}
	})
}

// TestWebhookWorkerKeepsToPublicAddresses: an endpoint that names a local
// address (allowed when it was created, by a development setting) is not
// reached by a worker whose guard stands: the attempt fails and says why.
func TestWebhookWorkerKeepsToPublicAddresses(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, nil)
		addEndpoint(t, s, admin.Secret, r.URL, "ACCOUNT_ADDED")
		cfg := fastWorker()
		cfg.Retries = []time.Duration{}
		cfg.Client = guardedClient()
		runWorker(t, s.WebhookWorker(t, false, cfg))
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("internal")}, new(any))
		all := waitSettled(t, s, admin.Secret, 10*time.Second)
		if len(all) != 1 || all[0].Status != "FAILED" || len(all[0].Attempts) != 1 || all[0].Attempts[0].Error == nil ||
			*all[0].Attempts[0].Error != "the endpoint's address is not public" {
			t.Errorf("deliveries %+v, want one FAILED: the endpoint's address is not public", all)
		}
		if order, _ := r.accepted(); len(order) != 0 {
			t.Errorf("the receiver on a local address got %v", order)
		}
	})
}

// TestOutboxIsTheEventsTransaction: when the delivery row cannot be
// written, the change, its event and the delivery are all missing, never
// one without the others.
func TestOutboxIsTheEventsTransaction(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, nil)
		addEndpoint(t, s, admin.Secret, r.URL, "AUTH_ACCESS_CREATED")
		type counts struct {
			AuthAccesses struct{ TotalCount int }
			Events       struct{ TotalCount int }
		}
		const count = `{ authAccesses(filter: "name = 'outboxed'") { totalCount } events { totalCount } }`
		var before, after counts
		s.Must(t, admin.Secret, count, nil, &before)
		s.Faults.Fail(testenv.BeforeStatement, `INSERT INTO "webhook_deliveries"`)
		if res := s.Do(t, admin.Secret, `mutation { createAuthAccess(input: {name: "outboxed", permission: READ_ONLY}) { authAccess { id } } }`, nil); res.Code() != "UNAVAILABLE" {
			t.Fatalf("with the delivery's insert failing: %s", res.Body)
		}
		s.Must(t, admin.Secret, count, nil, &after)
		if after != before || len(deliveries(t, s, admin.Secret, "")) != 0 {
			t.Errorf("after a failed outbox write: %+v (before: %+v) and %d deliveries; want nothing new", after, before, len(deliveries(t, s, admin.Secret, "")))
		}
		s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "outboxed", permission: READ_ONLY}) { authAccess { id } } }`, nil, new(any))
		s.Must(t, admin.Secret, count, nil, &after)
		if after.AuthAccesses.TotalCount != 1 || after.Events.TotalCount != before.Events.TotalCount+1 || len(deliveries(t, s, admin.Secret, "")) != 1 {
			t.Errorf("once the write succeeds: %+v and %d deliveries; want the key, its event and its delivery", after, len(deliveries(t, s, admin.Secret, "")))
		}
	})
}
