package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/page"
)

// Node is the resolver for the node field.
func (r *queryResolver) Node(ctx context.Context, id string) (ent.Noder, error) {
	return r.client.Noder(ctx, id, ent.WithNodeType(ent.IDToType))
}

// Nodes is the resolver for the nodes field.
func (r *queryResolver) Nodes(ctx context.Context, ids []string) ([]ent.Noder, error) {
	if err := page.CheckIDs(len(ids)); err != nil {
		return nil, err
	}
	return r.client.Noders(ctx, ids, ent.WithNodeType(ent.IDToType))
}

// Query returns generated.QueryResolver implementation.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

// WebhookEndpoint returns generated.WebhookEndpointResolver implementation.
func (r *Resolver) WebhookEndpoint() generated.WebhookEndpointResolver {
	return &webhookEndpointResolver{r}
}

type (
	queryResolver           struct{ *Resolver }
	webhookEndpointResolver struct{ *Resolver }
)
