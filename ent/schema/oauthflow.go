package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/policy"
)

// OAuthFlow is one hosted OAuth connect: a key that may add accounts (a
// connect session's) starts it, the end user's browser is sent to the
// source's consent page, and the account is added when the browser comes
// back with a code. It holds no secret: only digests of the start token,
// of the state and of the browser's cookie, from which the PKCE verifier
// is derived.
type OAuthFlow struct {
	ent.Schema
}

// Mixin returns the ID and environment mixins.
func (OAuthFlow) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "oaf"}, EnvironmentMixin{}}
}

// Fields returns who started the flow, what it connects, its digests, its
// stage and its outcome.
func (OAuthFlow) Fields() []ent.Field {
	return []ent.Field{
		field.String("auth_access_id").Immutable().MaxLen(64).
			Comment("The key that started the flow; the account is added as it."),
		field.Bytes("key_secret_hash").Immutable().Sensitive().
			Comment("The key's secret digest when the flow started: a rotation ends the flow."),
		field.String("source_id").Immutable().MaxLen(64),
		field.String("credential_type").Immutable().MaxLen(64),
		field.String("platform_app_id").Immutable().MaxLen(64),
		field.JSON("params", map[string]string{}).Optional().Immutable().
			Comment("The values the flow asked for before it started, such as Shopify's shop domain."),
		field.String("success_url").Optional().Nillable().Immutable().MaxLen(2048),
		field.String("error_url").Optional().Nillable().Immutable().MaxLen(2048),
		field.Bytes("start_token_hash").Unique().Immutable().Sensitive(),
		field.Bytes("state_hash").Optional().Nillable().Unique().Sensitive(),
		field.Bytes("browser_hash").Optional().Nillable().Sensitive(),
		field.Enum("stage").Values("CREATED", "STARTED", "EXCHANGING", "DONE", "FAILED").Default("CREATED"),
		field.Time("expires_time").
			Comment("When the flow can no longer start, or once started, finish."),
		field.String("account_id").Optional().Nillable().MaxLen(64),
		field.Bool("already_existed").Default(false).
			Comment("The account was connected before: its credentials were refreshed."),
		field.String("error_code").Optional().Nillable().MaxLen(64),
		field.Time("created_time").Immutable().Default(clock.Now),
	}
}

// Indexes serve pruning and the bound on a key's open flows.
func (OAuthFlow) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("expires_time"),
		index.Fields("auth_access_id", "stage"),
		index.Fields(policy.EnvironmentColumn, "id"),
	}
}

// Policy denies every caller: only the OAuth service reads and writes
// flows, as the system.
func (OAuthFlow) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{policy.Deny()},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations keep flows out of the GraphQL schema.
func (OAuthFlow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
