package page

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// Selects reports whether the connection field of ctx selects the field at
// path, given by field names whatever their aliases, in any of the
// selections that reach it (`a: edges { node { id } } b: edges { cursor }`
// selects edges.cursor). Outside GraphQL everything is selected.
func Selects(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return true
	}
	return selects(graphql.GetOperationContext(ctx), fc.Field, path)
}

func selects(oc *graphql.OperationContext, field graphql.CollectedField, path []string) bool {
	if len(path) == 0 {
		return true
	}
	for _, f := range graphql.CollectFields(oc, field.Selections, nil) {
		if f.Name == path[0] && selects(oc, f, path[1:]) {
			return true
		}
	}
	return false
}

// OnlyNode returns the connection's edges.node field and the aliases that
// lead to it when the operation selects it once (the common case), so that
// field collection can load what it asks for; nil when it selects it
// under several aliases, whose fields field collection would not join,
// or not at all.
func OnlyNode(ctx context.Context) (*graphql.CollectedField, []string) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil, nil
	}
	oc := graphql.GetOperationContext(ctx)
	var node *graphql.CollectedField
	var path []string
	for _, edges := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(oc, edges.Selections, nil) {
			if n.Name != "node" {
				continue
			}
			if node != nil {
				return nil, nil
			}
			node, path = &n, []string{edges.Alias, n.Alias}
		}
	}
	return node, path
}
