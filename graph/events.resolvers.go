package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/graph/generated"
)

// Events is the resolver for the events field.
func (r *subscriptionResolver) Events(ctx context.Context, types []event.Type) (<-chan *ent.Event, error) {
	return r.feed.Subscribe(ctx, r.client, types)
}

// Subscription returns generated.SubscriptionResolver implementation.
func (r *Resolver) Subscription() generated.SubscriptionResolver { return &subscriptionResolver{r} }

type subscriptionResolver struct{ *Resolver }
