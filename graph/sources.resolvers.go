package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/custom"
)

// CreatePlatformApp is the resolver for the createPlatformApp field.
func (r *mutationResolver) CreatePlatformApp(ctx context.Context, input apps.CreateInput) (*model.PlatformAppPayload, error) {
	app, err := r.apps.Create(ctx, r.db(ctx), input)
	if err != nil {
		return nil, err
	}
	return &model.PlatformAppPayload{PlatformApp: app}, nil
}

// CreateCustomSource is the resolver for the createCustomSource field.
func (r *mutationResolver) CreateCustomSource(ctx context.Context, input custom.CreateInput) (*model.SourcePayload, error) {
	src, err := r.custom.Create(ctx, r.db(ctx), input)
	if err != nil {
		return nil, err
	}
	return &model.SourcePayload{Source: src}, nil
}

// Source is the resolver for the source field.
func (r *queryResolver) Source(ctx context.Context, key string) (*ent.Source, error) {
	return r.client.Source.Query().Where(source.Key(key)).Only(ctx)
}
