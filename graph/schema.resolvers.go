package graph

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/graph/model"
)

// Viewer is the resolver for the viewer field.
func (r *queryResolver) Viewer(ctx context.Context) (*model.Viewer, error) {
	panic(fmt.Errorf("not implemented: Viewer - viewer"))
}

// Mutation returns generated.MutationResolver implementation.
func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }
