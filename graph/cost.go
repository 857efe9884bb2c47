package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/page"
)

// The costs of a condition and of a count.
const (
	// PredicateCost is what each condition of a where or filter adds to its
	// connection's cost.
	PredicateCost = 10
	// CountCost is the least cost of totalCount: a count reads every
	// matching row, as ten full pages would at least.
	CountCost = 10 * page.MaxSize
	// RowsPerCost is how many rows of a listing read through add 1 to a
	// cost: a totalCount, or a text condition no index serves, reads the
	// whole listing (once per such condition).
	RowsPerCost = 50
	// MapCost is the cost of a Map field (metadata, data): it may hold
	// kilobytes.
	MapCost = 10
)

// RowCounter returns about how many rows the viewer's listing of a type
// ("Account") holds, for pricing what reads whole listings.
type RowCounter func(ctx context.Context, listing string) int

// costLimit prices an operation before it runs and refuses it when the
// price is over the limit. A field costs 1 plus its children, a Map field
// MapCost; a connection's edges and nodes cost its page size (first, last
// or limit; the default page size when none is given) times theirs, each
// condition of its where and filter PredicateCost, each text condition no
// index serves a read of the whole listing (its rows / RowsPerCost), and
// its totalCount a read of the whole listing for itself and for each such
// condition, CountCost at least; nodes(ids:) costs the number of IDs times
// its children. The price assumes full pages: it is what the client may
// get, not what it got.
type costLimit struct {
	limit int
	rows  RowCounter
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = costLimit{}

func (costLimit) ExtensionName() string                   { return "CostLimit" }
func (costLimit) Validate(graphql.ExecutableSchema) error { return nil }

// costExtension names an operation's price among its statistics, and
// heavyExtension whether it reads whole listings.
const (
	costExtension  = "latchkey.cost"
	heavyExtension = "latchkey.heavy"
)

// MutateOperationContext prices the operation.
func (l costLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &costWalk{ctx: ctx, oc: oc, rows: l.rows, expanding: map[string]bool{}}
	cost := w.set(oc.Operation.SelectionSet)
	oc.Stats.SetExtension(costExtension, cost)
	oc.Stats.SetExtension(heavyExtension, w.heavy || cost >= CountCost)
	if cost > l.limit {
		return limitError(fmt.Sprintf("operation has complexity %d, which exceeds the limit of %d", cost, l.limit))
	}
	return nil
}

// Heavy reports whether the operation of ctx reads whole listings (it asks
// for a totalCount, or filters text by substring, suffix or without case,
// which no index serves) or costs CountCost or more. The gate runs such
// operations in a narrower lane.
func Heavy(ctx context.Context) bool {
	if !graphql.HasOperationContext(ctx) {
		return false
	}
	heavy, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(heavyExtension).(bool)
	return heavy
}

// requestedCost returns the price of the operation of ctx, if it was
// priced.
func requestedCost(ctx context.Context) (int, bool) {
	n, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(costExtension).(int)
	return n, ok
}

// costWalk prices one operation's selections, fragments included (each
// where it is spread; the document's size was bounded before validation),
// and notes whether it reads whole listings.
type costWalk struct {
	ctx       context.Context
	oc        *graphql.OperationContext
	rows      RowCounter
	expanding map[string]bool
	heavy     bool
}

// readAll returns the cost of reading the listing of a connection type
// ("AccountConnection") through.
func (w *costWalk) readAll(connection string) int {
	if w.rows == nil || auth.FromContext(w.ctx) == nil {
		return 0
	}
	return w.rows(w.ctx, strings.TrimSuffix(connection, "Connection")) / RowsPerCost
}

// set returns the cost of a selection set.
func (w *costWalk) set(set ast.SelectionSet) int {
	total := 0
	for _, f := range w.fields(set) {
		total = satAdd(total, w.field(f))
	}
	return total
}

func (w *costWalk) field(f *ast.Field) int {
	if f.Definition == nil {
		return 1
	}
	typeName := f.Definition.Type.Name()
	args := f.ArgumentMap(w.oc.Variables)
	switch {
	case typeName == "Map":
		return MapCost
	case strings.HasSuffix(typeName, "Connection"):
		size := page.DefaultSize
		for _, name := range []string{"first", "last", "limit"} {
			if n, ok := intArg(args[name]); ok {
				size = n
			}
		}
		n, _ := predicates(args)
		scanning := scanCount(args)
		readAll := 0
		if scanning > 0 || w.asksCount(f.SelectionSet) {
			readAll = w.readAll(typeName)
		}
		w.heavy = w.heavy || scanning > 0
		cost := satAdd(1+n*PredicateCost, satMul(readAll, scanning))
		for _, child := range w.fields(f.SelectionSet) {
			var c int
			switch child.Name {
			case "totalCount":
				w.heavy = true
				c = max(CountCost, satMul(readAll, 1+scanning))
			case "edges", "nodes":
				c = satMul(w.field(child), max(size, 1))
			default:
				c = w.field(child)
			}
			cost = satAdd(cost, c)
		}
		return cost
	case f.Name == "nodes":
		ids, _ := args["ids"].([]any)
		return satAdd(1, satMul(w.set(f.SelectionSet), max(len(ids), 1)))
	default:
		return satAdd(1, w.set(f.SelectionSet))
	}
}

// asksCount reports whether a connection's selections ask for totalCount.
func (w *costWalk) asksCount(set ast.SelectionSet) bool {
	for _, f := range w.fields(set) {
		if f.Name == "totalCount" {
			return true
		}
	}
	return false
}

// fields returns the fields of set, its fragments' included.
func (w *costWalk) fields(set ast.SelectionSet) []*ast.Field {
	var out []*ast.Field
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			out = append(out, x)
		case *ast.InlineFragment:
			out = append(out, w.fields(x.SelectionSet)...)
		case *ast.FragmentSpread:
			if x.Definition != nil && !w.expanding[x.Name] {
				w.expanding[x.Name] = true
				out = append(out, w.fields(x.Definition.SelectionSet)...)
				delete(w.expanding, x.Name)
			}
		}
	}
	return out
}

const maxCost = 1 << 40

func satAdd(a, b int) int { return min(a+b, maxCost) }

func satMul(a, b int) int {
	if a != 0 && b > maxCost/a {
		return maxCost
	}
	return min(a*b, maxCost)
}
