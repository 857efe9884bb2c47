package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

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
		field.String("key").
			Comment("The source's key, such as shopify.").
			Unique().
			Immutable().
			MaxLen(64).
			Annotations(entgql.OrderField("KEY")),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.JSON("credential_types", []catalog.CredentialType{}).
			Comment("The ways to authenticate with the source: what a connect form renders.").
			Annotations(entgql.Type("[CredentialType!]")),
	}
}

// Policy lets every authenticated caller read the catalog, which a connect
// form needs; the catalog is written by the system only.
func (Source) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{policy.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations exposes the `sources` connection.
func (Source) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
