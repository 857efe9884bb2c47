package graph

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
)

// Source is the resolver for the source field.
func (r *queryResolver) Source(ctx context.Context, key string) (*ent.Source, error) {
	panic(fmt.Errorf("not implemented: Source - source"))
}
