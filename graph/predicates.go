package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/filter"
)

// predicates returns the conditions of a field's where and filter
// arguments together, and how deeply where's nest. A where counts each of
// its fields that compares a value (a list of values, as in idIn, is one
// condition); its and, or, not and has…With members count what they hold,
// one level deeper. A filter that does not parse counts nothing here: the
// resolver reports it.
func predicates(args map[string]any) (n, depth int) {
	n, depth = whereCount(args["where"])
	if src, ok := args["filter"].(string); ok && src != "" {
		if e, err := filter.Parse(src); err == nil {
			n += filter.Count(e)
		}
	}
	return n, depth
}

// scanCount returns how many conditions of a field's where and filter
// compare text by part or without case (…Contains, …ContainsFold,
// …HasPrefix, …HasSuffix, …EqualFold; contains, containsIgnoreCase,
// startsWith, endsWith): no index serves those, so the database reads the
// whole listing, and tests each of them on every row.
func scanCount(args map[string]any) int {
	n := whereScans(args["where"])
	if src, ok := args["filter"].(string); ok && src != "" {
		if e, err := filter.Parse(src); err == nil {
			n += filter.Scans(e)
		}
	}
	return n
}

func whereScans(v any) int {
	n := 0
	switch x := v.(type) {
	case map[string]any:
		for k, member := range x {
			for _, suffix := range []string{"Contains", "ContainsFold", "HasPrefix", "HasSuffix", "EqualFold"} {
				if strings.HasSuffix(k, suffix) {
					n++
					break
				}
			}
			n += whereScans(member)
		}
	case []any:
		for _, item := range x {
			n += whereScans(item)
		}
	}
	return n
}

// whereCount counts the conditions of a where input value.
func whereCount(v any) (n, depth int) {
	switch x := v.(type) {
	case map[string]any:
		for _, member := range x {
			c, d := whereCount(member)
			n += c
			depth = max(depth, d)
		}
		return n, depth + 1
	case []any:
		nested := false
		for _, item := range x {
			if _, ok := item.(map[string]any); ok {
				c, d := whereCount(item)
				n, depth, nested = n+c, max(depth, d), true
			}
		}
		if !nested {
			// A list of values (idIn) is one condition per 25 values.
			return max(1, (len(x)+24)/25), 0
		}
		return n, depth
	case nil:
		return 0, 0
	default:
		return 1, 0
	}
}

// argumentLimit refuses, before anything runs, an operation with a where
// or filter that holds more conditions than Limits.Predicates or nests
// deeper than the list language allows (the database would spend its time
// on them, or refuse them with an error of its own), and any argument
// whose text holds a NUL character or is not valid UTF-8 (PostgreSQL
// refuses both, SQLite would store them).
type argumentLimit struct{ limits Limits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = argumentLimit{}

func (argumentLimit) ExtensionName() string                   { return "ArgumentLimit" }
func (argumentLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the where and filter arguments of every
// field of the operation, with its variables.
func (l argumentLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return l.check(oc, oc.Operation.SelectionSet, map[string]bool{})
}

func (l argumentLimit) check(oc *graphql.OperationContext, set ast.SelectionSet, expanding map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			if x.Definition != nil && len(x.Definition.Arguments) > 0 {
				args := x.ArgumentMap(oc.Variables)
				n, depth := predicates(args)
				switch {
				case n > l.limits.Predicates:
					return limitError(fmt.Sprintf("%s has %d conditions in its where and filter, over the limit of %d", x.Name, n, l.limits.Predicates))
				case depth > filter.MaxDepth:
					return limitError(fmt.Sprintf("%s's where nests %d levels deep, over the limit of %d", x.Name, depth, filter.MaxDepth))
				}
				if where, problem := badText(args, x.Name); problem != "" {
					return limitError(fmt.Sprintf("`%s` %s", where, problem))
				}
			}
			if err := l.check(oc, x.SelectionSet, expanding); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := l.check(oc, x.SelectionSet, expanding); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if x.Definition == nil || expanding[x.Name] {
				continue
			}
			expanding[x.Name] = true
			err := l.check(oc, x.Definition.SelectionSet, expanding)
			delete(expanding, x.Name)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// badText returns where in v, an argument value under path, a text holds a
// NUL character or is not valid UTF-8, and which; "" when none does. The
// path is spelled out only for the text found.
func badText(v any, path string) (string, string) {
	var at []string
	problem := textProblem(v, &at)
	if problem == "" {
		return "", ""
	}
	slices.Reverse(at)
	return path + strings.Join(at, ""), problem
}

// textProblem finds the first text in v that cannot be stored, and leaves
// the steps to it in *at, innermost first.
func textProblem(v any, at *[]string) string {
	switch x := v.(type) {
	case string:
		switch {
		case !utf8.ValidString(x):
			return "is not valid UTF-8"
		case strings.IndexByte(x, 0) >= 0:
			return "holds a NUL character"
		}
	case map[string]any:
		for k, item := range x {
			if problem := textProblem(k, at); problem != "" {
				return problem
			}
			if problem := textProblem(item, at); problem != "" {
				*at = append(*at, "."+k)
				return problem
			}
		}
	case []any:
		for i, item := range x {
			if problem := textProblem(item, at); problem != "" {
				*at = append(*at, fmt.Sprintf("[%d]", i))
				return problem
			}
		}
	}
	return ""
}
