package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/graph/generated"
)

// Events is the resolver for the events field.
func (r *queryResolver) Events(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.EventOrder, where *ent.EventWhereInput, filter *string, sortBy *string, limit *int) (*ent.EventConnection, error) {
	where, orderBy, first, err := apply(ctx, eventListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.Event.Query().Paginate(ctx, after, first, before, last, ent.WithEventOrder(orderBy), ent.WithEventFilter(where.Filter))
}

// Events is the resolver for the events field.
func (r *subscriptionResolver) Events(ctx context.Context, types []event.Type) (<-chan *ent.Event, error) {
	return r.feed.Subscribe(ctx, r.client, types)
}

// Subscription returns generated.SubscriptionResolver implementation.
func (r *Resolver) Subscription() generated.SubscriptionResolver { return &subscriptionResolver{r} }

type subscriptionResolver struct{ *Resolver }
