// Package inmemory marshals lists whose elements are read from memory, for
// the code gqlgen generates with Latchkey's plugin (graph/gqlplugin).
package inmemory

import (
	"context"
	"io"

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
	// The elements' field contexts and indexes are allocated together.
	fcs, indexes := make([]graphql.FieldContext, length), make([]int, length)
	for i := range length {
		indexes[i] = i
		fcs[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
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

// Object holds and marshals the fields of an object whose fields are all
// resolved in the goroutine that marshals it. It stands in for gqlgen's
// FieldSet, which allocates a map and a copy of each field to write an
// object out, and which waits on fields resolved concurrently, of which
// such an object has none. The generated code sets Values and Invalids as
// it does a FieldSet's.
type Object struct {
	fields []graphql.CollectedField
	// Values are the fields' marshallers, in the order of the fields.
	Values []graphql.Marshaler
	// Invalids counts the non-null fields that resolved to null.
	Invalids uint32
}

// objectWith is an Object allocated with room for the Values of n fields
// (n being the length of V), so that an object of few fields costs one
// allocation of the size it needs: a page's objects select a few each.
type objectWith[V any] struct {
	Object
	values V
}

// NewObject returns the Object of the fields collected for it.
func NewObject(fields []graphql.CollectedField) *Object {
	switch n := len(fields); {
	case n <= 2:
		o := &objectWith[[2]graphql.Marshaler]{Object: Object{fields: fields}}
		o.Values = o.values[:n]
		return &o.Object
	case n <= 4:
		o := &objectWith[[4]graphql.Marshaler]{Object: Object{fields: fields}}
		o.Values = o.values[:n]
		return &o.Object
	case n <= 8:
		o := &objectWith[[8]graphql.Marshaler]{Object: Object{fields: fields}}
		o.Values = o.values[:n]
		return &o.Object
	default:
		return &Object{fields: fields, Values: make([]graphql.Marshaler, n)}
	}
}

// Dispatch does nothing: every field of the object was resolved when it
// was set.
func (*Object) Dispatch(context.Context) {}

// MarshalGQL writes the object's fields under their response names, each
// name once (a field selected under several type conditions is collected
// once per condition, and written as its first), a missing value as null.
func (o *Object) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, "{")
	var written map[string]bool
	if len(o.fields) > linearSearchFields {
		written = make(map[string]bool, len(o.fields))
	}
	first := true
	for i := range o.fields {
		alias := o.fields[i].Alias
		if o.seen(i, alias, written) {
			continue
		}
		if !first {
			_, _ = io.WriteString(w, ",")
		}
		first = false
		// A response name is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*),
		// which needs no escaping.
		_, _ = io.WriteString(w, `"`)
		_, _ = io.WriteString(w, alias)
		_, _ = io.WriteString(w, `":`)
		if v := o.Values[i]; v != nil {
			v.MarshalGQL(w)
		} else {
			_, _ = io.WriteString(w, "null")
		}
	}
	_, _ = io.WriteString(w, "}")
}

// linearSearchFields is the number of fields up to which an earlier field
// of the same name is looked for one by one, rather than in a map.
const linearSearchFields = 16

// seen reports whether field i's response name was written before it, and
// notes it in written when there is a map.
func (o *Object) seen(i int, alias string, written map[string]bool) bool {
	if written != nil {
		if written[alias] {
			return true
		}
		written[alias] = true
		return false
	}
	for j := range i {
		if o.fields[j].Alias == alias {
			return true
		}
	}
	return false
}
