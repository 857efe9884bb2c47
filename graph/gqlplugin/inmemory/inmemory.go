// Package inmemory marshals lists whose elements are read from memory, for
// the code gqlgen generates with Latchkey's plugin (graph/gqlplugin).
package inmemory

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalSlice marshals a list's elements one after the other in the
// calling goroutine. It stands in for gqlgen's MarshalSliceConcurrently,
// which starts a goroutine per element, where no element's fields wait on
// anything: each element keeps its own field context (its index in error
// paths) and, unless omitPanicHandler, its own panic recovery, which makes
// that element null with an error as gqlgen's does.
func MarshalSlice(ctx context.Context, length int, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		ret[i] = marshalRecovering(childCtx, i, marshalElement)
	}
	return ret
}

// marshalRecovering marshals element i, turning a panic into the element's
// error and a null.
func marshalRecovering(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}
