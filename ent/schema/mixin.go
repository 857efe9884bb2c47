// Package schema holds Latchkey's ent schemas: the tables, their invariants
// and indexes, how they appear in GraphQL, and the privacy policies that
// decide who reads and changes them.
package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/policy"
)

// IDAnnotation records a schema's ID prefix, so that generated code can map
// a global ID to its table.
type IDAnnotation struct {
	// Prefix starts every ID of the type, before an underscore.
	Prefix string
}

// Name implements schema.Annotation.
func (IDAnnotation) Name() string { return "IDPrefix" }

// IDMixin gives a schema opaque, type-prefixed, time-ordered string IDs.
type IDMixin struct {
	mixin.Schema
	prefix string
}

// Fields returns the id field.
func (m IDMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			Immutable().
			MaxLen(64).
			Annotations(entgql.OrderField("ID")).
			DefaultFunc(func() string { return ids.New(m.prefix) }),
	}
}

// Annotations returns the ID prefix annotation.
func (m IDMixin) Annotations() []schema.Annotation {
	return []schema.Annotation{IDAnnotation{Prefix: m.prefix}}
}

// TimeMixin adds createdTime and updatedTime, kept in UTC microseconds.
type TimeMixin struct{ mixin.Schema }

// Fields returns created_time and updated_time.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_time").
			Immutable().
			Default(clock.Now).
			Annotations(entgql.OrderField("CREATED_TIME")),
		field.Time("updated_time").
			Default(clock.Now).
			UpdateDefault(clock.Now).
			Annotations(entgql.OrderField("UPDATED_TIME")),
	}
}

// EnvironmentMixin scopes a schema to one environment: it adds the
// environment edge and the tenancy rules, so that a viewer sees and changes
// only its own environment's rows.
type EnvironmentMixin struct{ mixin.Schema }

// Fields returns environment_id.
func (EnvironmentMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String(policy.EnvironmentColumn).
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges returns the environment edge.
func (EnvironmentMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("environment", Environment.Type).
			Field(policy.EnvironmentColumn).
			Unique().
			Required().
			Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Policy returns the tenancy rules: no viewer, no access; and only the
// viewer's environment.
func (EnvironmentMixin) Policy() ent.Policy {
	return privacyPolicy(policy.DenyIfNoViewer(), policy.FilterEnvironment())
}
