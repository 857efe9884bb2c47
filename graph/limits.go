package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/graph/resolved"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
)

// Limits bound what one request may ask for. Every limit is checked before
// any resolver runs, so a refused operation costs no database work; the
// size and shape of a document are checked before it is validated, so a
// hostile document costs no more than reading it. Zero values take the
// defaults.
type Limits struct {
	// Complexity bounds an operation's cost: a field costs 1 plus its
	// children, a connection its page size times its children plus
	// PredicateCost for each condition of its where and filter, and
	// totalCount CountCost (default 5,000: 100 accounts with 49 fields
	// each).
	Complexity int
	// Depth bounds how deeply selections nest (default 12).
	Depth int
	// Aliases bounds the aliased fields of an operation (default 30).
	Aliases int
	// Operations bounds the operations one document may hold (default 10).
	Operations int
	// Tokens bounds the tokens of a document (default 10,000).
	Tokens int
	// Selections bounds the selections of a document, counted with every
	// fragment spread expanded where it is spread (default 2,000).
	Selections int
	// Predicates bounds the conditions of one field's where and filter
	// together (default 100).
	Predicates int
	// ResponseBytes bounds the data of one answer, as JSON (default 4 MiB):
	// a larger answer is replaced by an error asking for less.
	ResponseBytes int
	// NoIntrospection turns __schema and __type off.
	NoIntrospection bool
	// NoSuggestions turns off "Did you mean …" in validation errors.
	NoSuggestions bool
}

func (l *Limits) defaults() {
	for _, d := range []struct {
		v   *int
		def int
	}{
		{&l.Complexity, 5000}, {&l.Depth, 12}, {&l.Aliases, 30}, {&l.Operations, 10},
		{&l.Tokens, 10_000}, {&l.Selections, 2000}, {&l.Predicates, 100}, {&l.ResponseBytes, 4 << 20},
	} {
		if *d.v <= 0 {
			*d.v = d.def
		}
	}
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
	case string: // a variable may give an Int as a string, which gqlgen accepts
		i, err := strconv.Atoi(n)
		return i, err == nil
	}
	return 0, false
}

func limitError(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": errs.BadUserInput}}
}

// observe bounds every response's data to limits.ResponseBytes, adds the
// operation's cost and its limit to its extensions, and reports the
// operation's outcome and latency to onOp.
func observe(limits Limits, onOp func(name, outcome string, took time.Duration)) graphql.ResponseMiddleware {
	limit := limits.Complexity
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || !graphql.HasOperationContext(ctx) {
			return resp
		}
		if n := len(resp.Data); n > limits.ResponseBytes {
			resp.Data = nil
			resp.Errors = append(resp.Errors, limitError(fmt.Sprintf("the answer is %d bytes, over the limit of %d; ask for fewer items or fields", n, limits.ResponseBytes)))
		}
		oc := graphql.GetOperationContext(ctx)
		if requested, ok := requestedCost(ctx); ok {
			if resp.Extensions == nil {
				resp.Extensions = map[string]any{}
			}
			cost := map[string]int{"requested": requested, "limit": limit}
			if n, ok := resolved.Of(ctx); ok {
				cost["actual"] = n
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
			if auth.FromContext(ctx) == nil {
				// Names chosen by callers without a key make no series.
				name = "unauthenticated"
			}
			onOp(name, outcome, time.Since(oc.Stats.OperationStart))
		}
		return resp
	}
}

// countResolved counts every field an operation resolves.
func countResolved(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(resolved.With(ctx))
}

// budgetExtension names the caller's remaining rate budget among an
// operation's statistics.
const budgetExtension = "latchkey.budget"

// SetBudget records, in the operation of ctx, how many more requests the
// caller may make at once, for the cost extension.
func SetBudget(ctx context.Context, remaining int) {
	if graphql.HasOperationContext(ctx) {
		graphql.GetOperationContext(ctx).Stats.SetExtension(budgetExtension, remaining)
	}
}

func budgetFrom(ctx context.Context) (int, bool) {
	n, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(budgetExtension).(int)
	return n, ok
}
