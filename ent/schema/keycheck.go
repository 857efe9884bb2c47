package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/latchkey/latchkey/internal/policy"
)

// KeyCheck is a known value sealed with a master key that the database's
// sealed values need (internal/store's CheckKeyring). A server whose key
// ring does not open it refuses to start: its keys are not the ones the
// database's credentials were sealed with.
type KeyCheck struct {
	ent.Schema
}

// Fields returns the check's name, its sealed value and its times.
func (KeyCheck) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").NotEmpty().Immutable().MaxLen(64),
		field.Bytes("sealed").Sensitive(),
		field.Time("created_time").Default(time.Now).Immutable(),
		field.Time("updated_time").Default(time.Now).UpdateDefault(time.Now),
	}
}

// Policy denies every caller: only the system reads and writes the check.
func (KeyCheck) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{policy.Deny()},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations keep the check out of the GraphQL schema.
func (KeyCheck) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
