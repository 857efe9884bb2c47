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

// costExtension names an operation's price among its statistics.
const costExtension = "latchkey.cost"

// MutateOperationContext prices the operation.
func (l costLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	cost := setCost(oc, oc.Operation.SelectionSet, map[string]bool{})
	oc.Stats.SetExtension(costExtension, cost)
	if cost > l.limit {
		return limitError(fmt.Sprintf("operation has complexity %d, which exceeds the limit of %d", cost, l.limit))
	}
	return nil
}

// requestedCost returns the price of the operation of ctx, if it was
// priced.
func requestedCost(ctx context.Context) (int, bool) {
	n, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(costExtension).(int)
	return n, ok
}

// setCost returns the cost of a selection set, fragments included (each
// where it is spread; the document's size was bounded before validation).
func setCost(oc *graphql.OperationContext, set ast.SelectionSet, expanding map[string]bool) int {
	total := 0
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			total = satAdd(total, fieldCost(oc, x, expanding))
		case *ast.InlineFragment:
			total = satAdd(total, setCost(oc, x.SelectionSet, expanding))
		case *ast.FragmentSpread:
			if x.Definition == nil || expanding[x.Name] {
				continue
			}
			expanding[x.Name] = true
			total = satAdd(total, setCost(oc, x.Definition.SelectionSet, expanding))
			delete(expanding, x.Name)
		}
	}
	return total
}

func fieldCost(oc *graphql.OperationContext, f *ast.Field, expanding map[string]bool) int {
	if strings.HasPrefix(f.Name, "__") {
		return 0 // introspection, bounded by the document's size
	}
	if f.Definition == nil {
		return 1
	}
	typeName := f.Definition.Type.Name()
	args := f.ArgumentMap(oc.Variables)
	switch {
	case f.Name == "totalCount" && strings.HasSuffix(f.ObjectDefinition.Name, "Connection"):
		return CountCost
	case strings.HasSuffix(typeName, "Connection"):
		size := page.DefaultSize
		for _, name := range []string{"first", "last", "limit"} {
			if n, ok := intArg(args[name]); ok {
				size = n
			}
		}
		n, _ := predicates(args)
		cost := 1 + n*PredicateCost
		for _, child := range childFields(f.SelectionSet, oc, expanding) {
			c := fieldCost(oc, child, expanding)
			if child.Name == "edges" || child.Name == "nodes" {
				c = satMul(c, max(size, 1))
			}
			cost = satAdd(cost, c)
		}
		return cost
	case f.Name == "nodes":
		ids, _ := args["ids"].([]any)
		return satAdd(1, satMul(setCost(oc, f.SelectionSet, expanding), max(len(ids), 1)))
	default:
		return satAdd(1, setCost(oc, f.SelectionSet, expanding))
	}
}

// childFields returns the fields of set, its fragments' included.
func childFields(set ast.SelectionSet, oc *graphql.OperationContext, expanding map[string]bool) []*ast.Field {
	var out []*ast.Field
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			out = append(out, x)
		case *ast.InlineFragment:
			out = append(out, childFields(x.SelectionSet, oc, expanding)...)
		case *ast.FragmentSpread:
			if x.Definition != nil && !expanding[x.Name] {
				expanding[x.Name] = true
				out = append(out, childFields(x.Definition.SelectionSet, oc, expanding)...)
				delete(expanding, x.Name)
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
