//go:build ignore

// Command entc generates the ent data layer and, through entgql, the GraphQL
// schema of the ent types (graph/ent.graphql). Run it from the module root,
// through `go generate ./...`.
package main

import (
	"log"
	"path/filepath"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("./gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("./graph/ent.graphql"),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
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
		ourTemplates("./ent/template/pagination.tmpl", "./ent/template/idprefix.tmpl"),
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
