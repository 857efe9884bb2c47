package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/keys"
)

// Viewer is the resolver for the viewer field.
func (r *queryResolver) Viewer(ctx context.Context) (*auth.Viewer, error) {
	return auth.FromContext(ctx), nil
}

// AuthAccess is the resolver for the authAccess field.
func (r *viewerResolver) AuthAccess(ctx context.Context, obj *auth.Viewer) (*ent.AuthAccess, error) {
	return keys.Get(ctx, r.client, keys.Ref{ID: &obj.AuthAccessID})
}

// Environment is the resolver for the environment field.
func (r *viewerResolver) Environment(ctx context.Context, obj *auth.Viewer) (*ent.Environment, error) {
	return r.client.Environment.Get(ctx, obj.EnvironmentID)
}

// Mutation returns generated.MutationResolver implementation.
func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

// Viewer returns generated.ViewerResolver implementation.
func (r *Resolver) Viewer() generated.ViewerResolver { return &viewerResolver{r} }

type (
	mutationResolver struct{ *Resolver }
	viewerResolver   struct{ *Resolver }
)
