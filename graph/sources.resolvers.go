package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/source"
)

// Source is the resolver for the source field.
func (r *queryResolver) Source(ctx context.Context, key string) (*ent.Source, error) {
	return r.client.Source.Query().Where(source.Key(key)).Only(ctx)
}
