package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/custom"
)

// CreatePlatformApp is the resolver for the createPlatformApp field.
func (r *mutationResolver) CreatePlatformApp(ctx context.Context, input apps.CreateInput) (*model.PlatformAppPayload, error) {
	app, err := r.apps.Create(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.PlatformAppPayload{PlatformApp: app}, nil
}

// CreateCustomSource is the resolver for the createCustomSource field.
func (r *mutationResolver) CreateCustomSource(ctx context.Context, input custom.CreateInput) (*model.SourcePayload, error) {
	src, err := r.custom.Create(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.SourcePayload{Source: src}, nil
}

// Source is the resolver for the source field.
func (r *queryResolver) Source(ctx context.Context, key string) (*ent.Source, error) {
	return r.client.Source.Query().Where(source.Key(key)).Only(ctx)
}

// Sources is the resolver for the sources field.
func (r *queryResolver) Sources(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.SourceOrder, where *ent.SourceWhereInput, filter *string, sortBy *string, limit *int) (*ent.SourceConnection, error) {
	where, orderBy, first, err := apply(ctx, sourceListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.Source.Query().Paginate(ctx, after, first, before, last, ent.WithSourceOrder(orderBy), ent.WithSourceFilter(where.Filter))
}

// PlatformApps is the resolver for the platformApps field.
func (r *queryResolver) PlatformApps(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.PlatformAppOrder, where *ent.PlatformAppWhereInput, filter *string, sortBy *string, limit *int) (*ent.PlatformAppConnection, error) {
	where, orderBy, first, err := apply(ctx, platformAppListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.PlatformApp.Query().Paginate(ctx, after, first, before, last, ent.WithPlatformAppOrder(orderBy), ent.WithPlatformAppFilter(where.Filter))
}
