package inmemory_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

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

// TestObjectMarshalsAsAFieldSet writes what gqlgen's FieldSet writes for
// the same fields: each response name once, as its first field, in order,
// whether there are few fields or many.
func TestObjectMarshalsAsAFieldSet(t *testing.T) {
	for _, n := range []int{0, 1, 6, 7, 40} {
		var fields []graphql.CollectedField
		for i := range n {
			// Every third field repeats the name of the one before it,
			// as a field selected under two type conditions is collected.
			alias := fmt.Sprintf("f%d", i)
			if i%3 == 2 {
				alias = fields[i-1].Alias
			}
			fields = append(fields, graphql.CollectedField{Field: &ast.Field{Alias: alias}})
		}
		o, fs := inmemory.NewObject(fields), graphql.NewFieldSet(fields)
		for i := range n {
			o.Values[i], fs.Values[i] = graphql.MarshalInt(i), graphql.MarshalInt(i)
		}
		var got, want bytes.Buffer
		o.MarshalGQL(&got)
		fs.MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("%d fields: wrote %s, a field set writes %s", n, got.String(), want.String())
		}
	}
	o := inmemory.NewObject([]graphql.CollectedField{{Field: &ast.Field{Alias: "a"}}})
	var out bytes.Buffer
	o.MarshalGQL(&out)
	if out.String() != `{"a":null}` {
		t.Errorf("a field without a value wrote %s, want null", out.String())
	}
}
