package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/apps"
)

// CreatePlatformApp is the resolver for the createPlatformApp field.
func (r *mutationResolver) CreatePlatformApp(ctx context.Context, input apps.CreateInput) (*model.PlatformAppPayload, error) {
	app, err := r.apps.Create(ctx, r.db(ctx), input)
	if err != nil {
		return nil, err
	}
	return &model.PlatformAppPayload{PlatformApp: app}, nil
}

// Source is the resolver for the source field.
func (r *queryResolver) Source(ctx context.Context, key string) (*ent.Source, error) {
	return r.client.Source.Query().Where(source.Key(key)).Only(ctx)
}
