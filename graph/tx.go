package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
)

// transactioner runs each mutation in a transaction (entgql.Transactioner),
// and stays out of responses to requests that never became an operation
// (unreadable bodies, for instance), where entgql's would panic.
type transactioner struct{ entgql.Transactioner }

// InterceptResponse opens the transaction of a mutation operation.
func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}
