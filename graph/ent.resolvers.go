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

// Accounts is the resolver for the accounts field.
func (r *queryResolver) Accounts(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.AccountOrder, where *ent.AccountWhereInput) (*ent.AccountConnection, error) {
	return r.client.Account.Query().Paginate(ctx, after, first, before, last, ent.WithAccountOrder(orderBy), ent.WithAccountFilter(where.Filter))
}

// AuthAccesses is the resolver for the authAccesses field.
func (r *queryResolver) AuthAccesses(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.AuthAccessOrder, where *ent.AuthAccessWhereInput) (*ent.AuthAccessConnection, error) {
	return r.client.AuthAccess.Query().Paginate(ctx, after, first, before, last, ent.WithAuthAccessOrder(orderBy), ent.WithAuthAccessFilter(where.Filter))
}

// Events is the resolver for the events field.
func (r *queryResolver) Events(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.EventOrder, where *ent.EventWhereInput) (*ent.EventConnection, error) {
	return r.client.Event.Query().Paginate(ctx, after, first, before, last, ent.WithEventOrder(orderBy), ent.WithEventFilter(where.Filter))
}

// PlatformApps is the resolver for the platformApps field.
func (r *queryResolver) PlatformApps(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.PlatformAppOrder, where *ent.PlatformAppWhereInput) (*ent.PlatformAppConnection, error) {
	return r.client.PlatformApp.Query().Paginate(ctx, after, first, before, last, ent.WithPlatformAppOrder(orderBy), ent.WithPlatformAppFilter(where.Filter))
}

// Sources is the resolver for the sources field.
func (r *queryResolver) Sources(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.SourceOrder, where *ent.SourceWhereInput) (*ent.SourceConnection, error) {
	return r.client.Source.Query().Paginate(ctx, after, first, before, last, ent.WithSourceOrder(orderBy), ent.WithSourceFilter(where.Filter))
}

// Query returns generated.QueryResolver implementation.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
