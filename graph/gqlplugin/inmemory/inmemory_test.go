package inmemory_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"github.com/latchkey/latchkey/graph/gqlplugin/inmemory"
)

// TestMarshalSlice marshals elements in order, each with its index in its
// field context, and turns a panicking element into a null with an error
// at its path, as gqlgen's concurrent marshaller does.
func TestMarshalSlice(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{}})
	var order []int
	ret := inmemory.MarshalSlice(ctx, 3, false, func(ctx context.Context, i int) graphql.Marshaler {
		order = append(order, *graphql.GetFieldContext(ctx).Index)
		if i == 1 {
			panic("element 1")
		}
		return graphql.MarshalInt(i)
	})
	var out bytes.Buffer
	ret.MarshalGQL(&out)
	if out.String() != "[0,null,2]" {
		t.Errorf("marshalled %s, want [0,null,2]", out.String())
	}
	if len(order) != 3 || order[0] != 0 || order[1] != 1 || order[2] != 2 {
		t.Errorf("indexes seen in order %v", order)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || errs[0].Path.String() != "[1]" {
		t.Errorf("errors %v, want one at path [1]", errs)
	}

	// Without the panic handler a panic reaches the caller, whose own
	// recovery handles it.
	defer func() {
		if recover() == nil {
			t.Error("a panic with omitPanicHandler did not reach the caller")
		}
	}()
	inmemory.MarshalSlice(ctx, 1, true, func(context.Context, int) graphql.Marshaler { panic("boom") })
}
