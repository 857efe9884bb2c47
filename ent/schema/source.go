package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/policy"
)

// Source is a kind of third-party API in the catalog, such as Shopify, with
// the credential types its accounts are added with.
type Source struct {
	ent.Schema
}

// Mixin returns the ID and time mixins.
func (Source) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "src"}, TimeMixin{}}
}

// Fields returns the source's key, name and credential types.
func (Source) Fields() []ent.Field {
	return []ent.Field{
		field.String("environment_id").Optional().Nillable().Immutable().
			Comment("The environment of a custom source; null for the built-in catalog.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("key").
			Comment("The source's key, such as shopify.").
			Immutable().
			MaxLen(64).
			Annotations(entgql.OrderField("KEY")),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.JSON("http", &catalog.HTTPSpec{}).Optional().
			Comment("How a custom HTTP source verifies credentials; null for built-in sources.").
			Annotations(entgql.Type("CustomVerification"), entgql.MapsTo("verification"), entgql.Skip(entgql.SkipWhereInput)),
		field.JSON("credential_types", []catalog.CredentialType{}).
			Comment("The ways to authenticate with the source: what a connect form renders.").
			Annotations(entgql.Type("[CredentialType!]")),
	}
}

// Indexes keep keys unique: across the built-in catalog, and within each
// environment's custom sources (which may not reuse a built-in key).
func (Source) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("key").Unique().Annotations(entsql.IndexWhere("environment_id IS NULL")),
		index.Fields("environment_id", "key").Unique(),
	}
}

// Policy lets every authenticated caller read the built-in catalog and its
// own environment's custom sources, which a connect form needs; custom
// sources are written with Write, the catalog by the system only.
func (Source) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{policy.DenyIfNoViewer(), policy.AllowSharedOrOwn()},
		Mutation: privacy.MutationPolicy{
			policy.DenyIfNoViewer(),
			policy.FilterEnvironment(),
			policy.AllowMutationIf(auth.Write, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `sources` connection (its query
// field is in graph/sources.graphql).
func (Source) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
