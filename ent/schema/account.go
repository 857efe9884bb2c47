package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/policy"
)

// Account is one end user's account in one source, with its encrypted
// credentials and the identifier it is known by.
type Account struct {
	ent.Schema
}

// Mixin returns the ID, time and environment mixins.
func (Account) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "acc"}, TimeMixin{}, EnvironmentMixin{}}
}

// Fields returns the account's fields. The credentials are sealed by the
// vault and never leave the data layer through GraphQL.
func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("source_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("creator_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("platform_app_id").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("credential_type").Comment("The source credential type the account was added with, such as access_token.").NotEmpty().MaxLen(64),
		field.Bytes("credentials").Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("identifier").Comment("The account's identifier, unique per source in the environment.").NotEmpty().MaxLen(255).
			Annotations(entgql.OrderField("IDENTIFIER")),
		field.Enum("identifier_kind").Comment("DEFAULT when derived from the third-party object, CUSTOM when given.").Values("DEFAULT", "CUSTOM").Default("DEFAULT").
			Annotations(entgql.Type("IdentifierKind")),
		field.String("external_id").Comment("The ID of the third-party object the credentials reach.").Optional().Nillable().MaxLen(255).Annotations(entgql.MapsTo("externalId")),
		field.String("display_name").Comment("A human-readable name.").Optional().Nillable().MaxLen(255).
			Annotations(entgql.OrderField("DISPLAY_NAME")),
		field.Bool("is_enabled").Comment("False while the account is paused; see disabledReason.").Default(true).Annotations(entgql.OrderField("IS_ENABLED")),
		field.Enum("disabled_reason").Comment("Why the account is disabled; null while enabled.").Values("MANUAL", "CREDENTIALS_REVOKED", "CREDENTIALS_EXPIRED").
			Optional().Nillable().Annotations(entgql.Type("DisabledReason")),
		field.Enum("verification_status").Comment("The outcome of the last protected call made with the credentials.").Values("UNVERIFIED", "VERIFIED", "FAILED").Default("UNVERIFIED").
			Annotations(entgql.Type("VerificationStatus")),
		field.Time("verified_time").Comment("When the credentials were last verified.").Optional().Nillable(),
		field.String("verification_error").Comment("Why the last verification failed, in plain words.").Optional().Nillable(),
		field.JSON("metadata", map[string]any{}).Comment("Free-form data kept for the caller.").Optional().
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput)),
		field.Time("next_verify_time").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("verify_failures").Default(0).NonNegative().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("verify_lock_until").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("foreign_id").Comment("The caller's own ID for the account.").Optional().Nillable().MaxLen(255).Annotations(entgql.MapsTo("foreignId")),
	}
}

// Edges returns the account's source, creator and platform app.
func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("source", Source.Type).Field("source_id").Unique().Required().Immutable(),
		edge.To("creator", Creator.Type).Field("creator_id").Unique().Required().Immutable(),
		edge.To("platform_app", PlatformApp.Type).Field("platform_app_id").Unique().
			Comment("The platform app the account is reached through, if any."),
	}
}

// Indexes enforce one identifier per source and environment, serve each
// ordering of the accounts connection with its id tie-breaker, and count
// the enabled accounts of an environment, of all sources or of one, from
// the index alone (totalCount counts ids).
func (Account) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields(policy.EnvironmentColumn, "source_id", "identifier").Unique(),
		index.Fields(policy.EnvironmentColumn, "id"),
		index.Fields(policy.EnvironmentColumn, "created_time", "id"),
		index.Fields(policy.EnvironmentColumn, "updated_time", "id"),
		index.Fields(policy.EnvironmentColumn, "identifier", "id"),
		index.Fields(policy.EnvironmentColumn, "display_name", "id"),
		index.Fields(policy.EnvironmentColumn, "foreign_id"),
		index.Fields("creator_id"),
		index.Fields("is_enabled", "next_verify_time"),
		index.Fields(policy.EnvironmentColumn, "source_id", "id").StorageKey("account_enabled_environment_id_source_id_id").
			Annotations(entsql.IndexWhere("is_enabled")),
	}
}

// Policy: reading needs Read, except that a key that may only add accounts
// reads the ones it added; adding needs CredentialsIn (and Write to store an
// account unverified); changing and deleting need Write.
func (Account) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			policy.AllowQueryIf(auth.Read),
			policy.AllowCreatedRowsIf(auth.CredentialsIn),
			policy.Deny(),
		},
		Mutation: privacy.MutationPolicy{
			policy.DenyCreateWith("verification_status", "UNVERIFIED", auth.Write, "store an account without verifying it"),
			policy.AllowMutationIf(auth.CredentialsIn, ent.OpCreate),
			policy.AllowMutationIf(auth.Write, ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
			policy.Deny(),
		},
	}
}

// Hooks bound the metadata's size.
func (Account) Hooks() []ent.Hook {
	return []ent.Hook{boundJSON("metadata", "metadata", MaxMetadataBytes)}
}

// Annotations generate the types of the `accounts` connection (its query
// field, with the filter arguments, is in graph/accounts.graphql) and the
// update input.
func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
