package graph

import (
	"context"

	"entgo.io/contrib/entgql"
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

// PlatformApps is the resolver for the platformApps field.
func (r *queryResolver) PlatformApps(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.PlatformAppOrder, where *ent.PlatformAppWhereInput) (*ent.PlatformAppConnection, error) {
	return r.client.PlatformApp.Query().Paginate(ctx, after, first, before, last, ent.WithPlatformAppOrder(orderBy), ent.WithPlatformAppFilter(where.Filter))
}

// Query returns generated.QueryResolver implementation.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
