package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// documentLimit refuses a document whose size or shape would make it
// expensive to validate, price or run, before the executor parses and
// validates it: too many tokens, operations, selections once fragment
// spreads are expanded, nesting, aliases, or repetitions of a field that
// validation must compare pairwise. Every count stops at its limit, so a
// document whose fragments expand exponentially costs no more than
// reading it. A document the executor has validated before is in its
// cache and is not checked again.
type documentLimit struct {
	limits Limits
	cache  graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = documentLimit{}

func (documentLimit) ExtensionName() string                   { return "DocumentLimit" }
func (documentLimit) Validate(graphql.ExecutableSchema) error { return nil }

// maxIntrospectionDepth bounds how deeply selections nest under __schema
// or __type: the standard introspection query (graphql-js's
// getIntrospectionQuery) nests 14 levels there, for type references seven
// wrappers deep.
const maxIntrospectionDepth = 20

// isIntrospection reports whether name is a root introspection field.
func isIntrospection(name string) bool { return name == "__schema" || name == "__type" }

// maxMergePairs bounds the pairs of same-named fields of one selection set
// (fragments included) that validation compares: one field selected n
// times makes n(n-1)/2 pairs.
const maxMergePairs = 10_000

// maxVariableDepth bounds how deeply variables' values nest: a where
// nests 16 levels at most (filter.MaxDepth), twice that in maps and lists.
const maxVariableDepth = 2*16 + 2

// deeper reports whether v, a decoded JSON value, nests more than depth
// levels of objects and lists.
func deeper(v any, depth int) bool {
	if depth < 0 {
		return true
	}
	switch x := v.(type) {
	case map[string]any:
		for _, item := range x {
			if deeper(item, depth-1) {
				return true
			}
		}
	case []any:
		for _, item := range x {
			if deeper(item, depth-1) {
				return true
			}
		}
	}
	return false
}

// MutateOperationParameters measures the document, and the nesting of its
// variables, and refuses it when it is over a limit. The variables are
// checked whether or not the document is known.
func (d documentLimit) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if deeper(map[string]any(params.Variables), maxVariableDepth) {
		return limitError(fmt.Sprintf("the variables nest more than %d levels deep", maxVariableDepth))
	}
	if params.Query == "" {
		return nil
	}
	if _, ok := d.cache.Get(ctx, params.Query); ok {
		return nil
	}
	if !utf8.ValidString(params.Query) || strings.IndexByte(params.Query, 0) >= 0 {
		return limitError("the document is not valid UTF-8 text")
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: params.Query}, d.limits.Tokens)
	if err != nil {
		return nil // the executor parses it again and reports the error
	}
	if n := len(doc.Operations); n > d.limits.Operations {
		return limitError(fmt.Sprintf("the document holds %d operations, over the limit of %d", n, d.limits.Operations))
	}
	for _, op := range doc.Operations {
		s := &shape{doc: doc, limits: d.limits, expanding: map[string]bool{}}
		if err := s.walk([]ast.SelectionSet{op.SelectionSet}, 1); err != nil {
			return err
		}
		switch {
		case s.depth > d.limits.Depth:
			return limitError(fmt.Sprintf("the operation nests %d levels deep, over the limit of %d", s.depth, d.limits.Depth))
		case s.introspectionDepth > maxIntrospectionDepth:
			return limitError(fmt.Sprintf("the introspection nests %d levels deep, over the limit of %d", s.introspectionDepth, maxIntrospectionDepth))
		case s.aliases > d.limits.Aliases:
			return limitError(fmt.Sprintf("the operation has %d aliased fields, over the limit of %d", s.aliases, d.limits.Aliases))
		case s.introspects && d.limits.NoIntrospection:
			return limitError("introspection is turned off on this server")
		}
	}
	return nil
}

// shape measures one operation of an unvalidated document: its selections
// with every fragment spread expanded, how deeply fields nest, its aliased
// fields and the same-named field pairs validation compares. The walk stops
// at the selections' and pairs' limits, which bound everything else.
type shape struct {
	doc        *ast.QueryDocument
	limits     Limits
	selections int
	depth      int
	// introspectionDepth is how deeply selections nest under __schema or
	// __type.
	introspectionDepth int
	aliases            int
	pairs              int
	introspects        bool
	// expanding holds the fragments being expanded, so cycles end (the
	// executor's validation refuses them).
	expanding map[string]bool
}

// walk measures the selection sets that merge into one at level (1 for
// the operation's own fields): the fields of all of them are grouped by
// response name, as validation and execution group them, and each group's
// sub-selections merge again one level down.
func (s *shape) walk(sets []ast.SelectionSet, level int) *gqlerror.Error {
	return s.walkIn(sets, level, &s.depth)
}

// walkIn is walk, noting the deepest level in *depth: the operation's, or
// within an introspection field (__schema, __type) the introspection's,
// which has a limit of its own (the standard introspection query nests its
// type references deeper than data may nest, and reaches no data).
func (s *shape) walkIn(sets []ast.SelectionSet, level int, depth *int) *gqlerror.Error {
	var order []string
	groups := map[string][]*ast.Field{}
	for _, set := range sets {
		if err := s.collect(set, groups, &order); err != nil {
			return err
		}
	}
	if len(order) > 0 {
		*depth = max(*depth, level)
	}
	for _, name := range order {
		fields := groups[name]
		s.pairs += len(fields) * (len(fields) - 1) / 2
		if s.pairs > maxMergePairs {
			return limitError(fmt.Sprintf("the operation selects %q too many times in one place (with its fragments)", name))
		}
		var children []ast.SelectionSet
		for _, f := range fields {
			if len(f.SelectionSet) > 0 {
				children = append(children, f.SelectionSet)
			}
		}
		switch {
		case len(children) == 0:
		case depth == &s.depth && isIntrospection(fields[0].Name):
			if err := s.walkIn(children, 1, &s.introspectionDepth); err != nil {
				return err
			}
		default:
			if err := s.walkIn(children, level+1, depth); err != nil {
				return err
			}
		}
	}
	return nil
}

// collect adds the fields of set, its inline fragments' and its spread
// fragments', to groups by response name, counting each selection.
func (s *shape) collect(set ast.SelectionSet, groups map[string][]*ast.Field, order *[]string) *gqlerror.Error {
	for _, sel := range set {
		if s.selections++; s.selections > s.limits.Selections {
			return limitError(fmt.Sprintf("the operation has more than %d selections once its fragments are expanded, over the limit of %d", s.limits.Selections, s.limits.Selections))
		}
		switch x := sel.(type) {
		case *ast.Field:
			key := x.Alias
			if key == "" {
				key = x.Name
			}
			if x.Alias != "" && x.Alias != x.Name {
				s.aliases++
			}
			if isIntrospection(x.Name) {
				s.introspects = true
			}
			if _, ok := groups[key]; !ok {
				*order = append(*order, key)
			}
			groups[key] = append(groups[key], x)
		case *ast.InlineFragment:
			if err := s.collect(x.SelectionSet, groups, order); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			def := s.doc.Fragments.ForName(x.Name)
			if def == nil || s.expanding[x.Name] {
				continue
			}
			s.expanding[x.Name] = true
			err := s.collect(def.SelectionSet, groups, order)
			delete(s.expanding, x.Name)
			if err != nil {
				return err
			}
		}
	}
	return nil
}
