package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/page"
)

// The costs of a condition and of a count.
const (
	// PredicateCost is what each condition of a where or filter adds to its
	// connection's cost.
	PredicateCost = 10
	// CountCost is the cost of totalCount: a count reads every matching
	// row, as ten full pages would.
	CountCost = 10 * page.MaxSize
)

// costLimit prices an operation before it runs and refuses it when the
// price is over the limit. A field costs 1 plus its children; a
// connection's edges and nodes cost its page size (first, last or limit;
// the default page size when none is given) times theirs, its totalCount
// CountCost, and each condition of its where and filter PredicateCost;
// nodes(ids:) costs the number of IDs times its children. The price
// assumes full pages: it is what the client may get, not what it got.
type costLimit struct{ limit int }

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
func (l costLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &costWalk{oc: oc, expanding: map[string]bool{}}
	cost := w.set(oc.Operation.SelectionSet)
	oc.Stats.SetExtension(costExtension, cost)
	oc.Stats.SetExtension(heavyExtension, w.heavy)
	if cost > l.limit {
		return limitError(fmt.Sprintf("operation has complexity %d, which exceeds the limit of %d", cost, l.limit))
	}
	return nil
}

// Heavy reports whether the operation of ctx reads whole listings: it asks
// for a totalCount, or filters text by substring, suffix or without case,
// which no index serves. The gate runs such operations in a narrower lane.
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
	oc        *graphql.OperationContext
	expanding map[string]bool
	heavy     bool
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
	if strings.HasPrefix(f.Name, "__") {
		return 0 // introspection, bounded by the document's size
	}
	if f.Definition == nil {
		return 1
	}
	typeName := f.Definition.Type.Name()
	args := f.ArgumentMap(w.oc.Variables)
	switch {
	case f.Name == "totalCount" && strings.HasSuffix(f.ObjectDefinition.Name, "Connection"):
		w.heavy = true
		return CountCost
	case strings.HasSuffix(typeName, "Connection"):
		size := page.DefaultSize
		for _, name := range []string{"first", "last", "limit"} {
			if n, ok := intArg(args[name]); ok {
				size = n
			}
		}
		n, _ := predicates(args)
		w.heavy = w.heavy || scans(args)
		cost := 1 + n*PredicateCost
		for _, child := range w.fields(f.SelectionSet) {
			c := w.field(child)
			if child.Name == "edges" || child.Name == "nodes" {
				c = satMul(c, max(size, 1))
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
