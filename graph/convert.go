package graph

import (
	"math"
	"time"

	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// convertAll converts a list of GraphQL enum values into the domain's.
func convertAll[From ~string, To ~string](in []From) []To {
	out := make([]To, len(in))
	for i, v := range in {
		out[i] = To(v)
	}
	return out
}

// keyFields converts the `remove` list of updateAuthAccess.
func keyFields(in []model.AuthAccessField) []keys.Field {
	return convertAll[model.AuthAccessField, keys.Field](in)
}

// accountFields converts the `remove` list of updateAccount.
func accountFields(in []model.AccountField) []accounts.Field {
	return convertAll[model.AccountField, accounts.Field](in)
}

// webhookFields converts the `remove` list of updateWebhookEndpoint.
func webhookFields(in []model.WebhookEndpointField) []webhooks.Field {
	return convertAll[model.WebhookEndpointField, webhooks.Field](in)
}

// eventTypes converts the event type names an endpoint stores.
func eventTypes(names []string) []event.Type {
	return convertAll[string, event.Type](names)
}

// seconds converts an optional number of seconds. A number too large for
// a duration becomes the largest one, which every range check refuses,
// rather than wrapping around to a small one that passes.
func seconds(n *int) time.Duration {
	if n == nil {
		return 0
	}
	if *n > math.MaxInt64/int(time.Second) {
		return math.MaxInt64
	}
	if *n < math.MinInt64/int(time.Second) {
		return math.MinInt64
	}
	return time.Duration(*n) * time.Second
}

// nonEmpty returns a pointer to s, or nil when s is empty.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// orEmpty returns *p, or an empty value when p is nil.
func orEmpty[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// revealed converts decrypted credentials into a GraphQL Map.
func revealed(creds map[string]string) map[string]any {
	out := make(map[string]any, len(creds))
	for k, v := range creds {
		out[k] = v
	}
	return out
}
