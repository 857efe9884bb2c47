//go:build ignore

// Command entc generates the ent data layer and, through entgql, the GraphQL
// schema of the ent types (graph/ent.graphql). Run it from the module root,
// through `go generate ./...`.
package main

import (
	"log"
	"path/filepath"
	"strings"
	"unicode"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("./gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("./graph/ent.graphql"),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
		entgql.WithSchemaHook(nonNullEdges, idCasing, describeCursor),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "github.com/latchkey/latchkey/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeatureVersionedMigration,
			gen.FeatureExecQuery,
		},
	},
		entc.Extensions(ex),
		ourTemplates("./ent/template/pagination.tmpl", "./ent/template/idprefix.tmpl", "./ent/template/joinedges.tmpl"),
	)
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// ourTemplates adds Latchkey's templates after entgql's, so that they can use
// entgql's template functions and replace its pagination helper.
func ourTemplates(paths ...string) entc.Option {
	return func(cfg *gen.Config) error {
		for _, p := range paths {
			t, err := gen.NewTemplate(filepath.Base(p)).Funcs(entgql.TemplateFuncs).ParseFiles(p)
			if err != nil {
				return err
			}
			cfg.Templates = append(cfg.Templates, t)
		}
		return nil
	}
}

// nonNullEdges makes every connection's edges `[XEdge!]!` and every edge's
// node `X!`: a page never holds a missing item, and typed clients then
// need no null checks to walk one.
func nonNullEdges(_ *gen.Graph, s *ast.Schema) error {
	for name, def := range s.Types {
		if def.Kind != ast.Object {
			continue
		}
		edges, node := def.Fields.ForName("edges"), def.Fields.ForName("node")
		switch {
		case strings.HasSuffix(name, "Connection") && edges != nil && def.Fields.ForName("pageInfo") != nil:
			edges.Type = ast.NonNullListType(ast.NonNullNamedType(edges.Type.Name(), nil), nil)
		case strings.HasSuffix(name, "Edge") && node != nil && def.Fields.ForName("cursor") != nil:
			node.Type = ast.NonNullNamedType(node.Type.Name(), nil)
		}
	}
	return nil
}

// idCasing spells "ID" inside a name as "Id" (foreignIDNEQ becomes
// foreignIdNEQ, sourceIDs sourceIds), so that where-inputs and inputs
// name fields as the types do (foreignId). A name that is only "id" or
// starts with it keeps it.
func idCasing(_ *gen.Graph, s *ast.Schema) error {
	for _, def := range s.Types {
		for _, f := range def.Fields {
			f.Name = lowerID(f.Name)
		}
	}
	return nil
}

// lowerID rewrites each "ID" of name that follows a lower-case letter and
// ends a word (is followed by an upper-case letter, an "s" that ends a
// word, or the end).
func lowerID(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if i > 0 && strings.HasPrefix(name[i:], "ID") && unicode.IsLower(rune(name[i-1])) {
			rest := name[i+2:]
			if rest == "" || rest == "s" || unicode.IsUpper(rune(rest[0])) || strings.HasPrefix(rest, "s") && len(rest) > 1 && unicode.IsUpper(rune(rest[1])) {
				b.WriteString("Id")
				i++
				continue
			}
		}
		b.WriteByte(name[i])
	}
	return b.String()
}

// describeCursor says what a client does with a cursor.
func describeCursor(_ *gen.Graph, s *ast.Schema) error {
	if c := s.Types["Cursor"]; c != nil {
		c.Description = "An opaque position in a connection, a string: pass a page's pageInfo.endCursor as after (or startCursor as before) with the same filter and order to read on."
	}
	return nil
}
