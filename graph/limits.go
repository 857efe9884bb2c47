package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/page"
)

// Limits bound what one request may ask for. Every limit is checked after
// parsing and before any resolver runs, so a refused query costs no
// database work. Zero values take the defaults.
type Limits struct {
	// Complexity bounds an operation's cost: a field costs 1 plus its
	// children, and a connection its page size times its children (default
	// 5,000: 100 accounts with 49 fields each).
	Complexity int
	// Depth bounds how deeply selections nest (default 12).
	Depth int
	// Aliases bounds the aliased fields of an operation (default 30).
	Aliases int
	// Operations bounds the operations one document may hold (default 10).
	Operations int
	// NoIntrospection turns __schema and __type off.
	NoIntrospection bool
	// NoSuggestions turns off "Did you mean …" in validation errors.
	NoSuggestions bool
}

func (l *Limits) defaults() {
	if l.Complexity <= 0 {
		l.Complexity = 5000
	}
	if l.Depth <= 0 {
		l.Depth = 12
	}
	if l.Aliases <= 0 {
		l.Aliases = 30
	}
	if l.Operations <= 0 {
		l.Operations = 10
	}
}

// costedSchema prices connections by their page size: what a client asks
// for, not what a page happens to hold.
type costedSchema struct{ graphql.ExecutableSchema }

// Complexity returns a field's cost: 1 plus its children, times the page
// size for a connection (first, last or limit; the default page size when
// none is given) or the number of IDs for nodes.
func (s costedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if _, isConn := args["after"]; isConn || hasAny(args, "first", "last", "limit") {
		size := page.DefaultSize
		for _, name := range []string{"first", "last", "limit"} {
			if n, ok := intArg(args[name]); ok {
				size = n
			}
		}
		return 1 + max(size, 1)*child, true
	}
	if ids, ok := args["ids"].([]any); ok && field == "nodes" {
		return 1 + max(len(ids), 1)*child, true
	}
	return 1 + child, true
}

func hasAny(args map[string]any, names ...string) bool {
	for _, n := range names {
		if _, ok := args[n]; ok {
			return true
		}
	}
	return false
}

func intArg(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

// shapeLimit refuses operations that nest too deeply, alias too many
// fields, or introspect when introspection is off, before they run.
type shapeLimit struct {
	depth, aliases, operations int
	noIntrospection            bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation and refuses it when over a
// limit.
func (l shapeLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if n := len(oc.Doc.Operations); n > l.operations {
		return limitError(fmt.Sprintf("the document holds %d operations, over the limit of %d", n, l.operations))
	}
	if l.noIntrospection {
		for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
			if f.Name == "__schema" || f.Name == "__type" {
				return limitError("introspection is turned off on this server")
			}
		}
	}
	depth, aliases := measure(oc.Operation.SelectionSet, 1, map[string]bool{})
	switch {
	case depth > l.depth:
		return limitError(fmt.Sprintf("the operation nests %d levels deep, over the limit of %d", depth, l.depth))
	case aliases > l.aliases:
		return limitError(fmt.Sprintf("the operation has %d aliased fields, over the limit of %d", aliases, l.aliases))
	}
	return nil
}

// measure returns the depth of a selection set and its aliased fields,
// following fragments (each once per path, so cycles end).
func measure(set ast.SelectionSet, level int, seen map[string]bool) (depth, aliases int) {
	depth = level - 1
	for _, sel := range set {
		var d, a int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				a++
			}
			d, ca := measure(s.SelectionSet, level+1, seen)
			depth, a = max(depth, d, level), a+ca
		case *ast.InlineFragment:
			d, a = measure(s.SelectionSet, level, seen)
			depth = max(depth, d)
		case *ast.FragmentSpread:
			if s.Definition == nil || seen[s.Name] {
				continue
			}
			seen[s.Name] = true
			d, a = measure(s.Definition.SelectionSet, level, seen)
			delete(seen, s.Name)
			depth = max(depth, d)
		}
		aliases += a
	}
	return depth, aliases
}

func limitError(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": errs.BadUserInput}}
}

// observe adds the operation's cost and its limit to every response's
// extensions, and reports the operation's outcome and latency to onOp.
func observe(onOp func(name, outcome string, took time.Duration)) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || !graphql.HasOperationContext(ctx) {
			return resp
		}
		oc := graphql.GetOperationContext(ctx)
		if stats := extension.GetComplexityStats(ctx); stats != nil {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			cost := map[string]int{"requested": stats.Complexity, "limit": stats.ComplexityLimit}
			if n, ok := ctx.Value(resolvedKey{}).(*atomic.Int64); ok {
				cost["actual"] = int(n.Load())
			}
			if remaining, ok := budgetFrom(ctx); ok {
				cost["remainingRequests"] = remaining
			}
			resp.Extensions["cost"] = cost
		}
		if onOp != nil {
			outcome := "ok"
			if len(resp.Errors) > 0 {
				outcome = fmt.Sprint(resp.Errors[0].Extensions["code"])
			}
			name := oc.OperationName
			if name == "" && oc.Operation != nil {
				name = oc.Operation.Name
			}
			onOp(name, outcome, time.Since(oc.Stats.OperationStart))
		}
		return resp
	}
}

// resolvedKey holds the count of fields an operation resolved: its actual
// cost, beside the cost requested, which assumes full pages.
type resolvedKey struct{}

// countResolved counts every field an operation resolves.
func countResolved(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, resolvedKey{}, new(atomic.Int64)))
}

func countField(ctx context.Context) {
	if n, ok := ctx.Value(resolvedKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
}

type budgetKey struct{}

// WithBudget returns a copy of ctx that carries how many requests the
// caller may still make at once, for the cost extension.
func WithBudget(ctx context.Context, remaining int) context.Context {
	return context.WithValue(ctx, budgetKey{}, remaining)
}

func budgetFrom(ctx context.Context) (int, bool) {
	n, ok := ctx.Value(budgetKey{}).(int)
	return n, ok
}
