package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/privacy"

	"github.com/latchkey/latchkey/internal/policy"
)

// privacyPolicy returns a policy that applies each rule to queries and
// mutations alike, in order.
func privacyPolicy(rules ...policy.Rule) ent.Policy {
	var p privacy.Policy
	for _, r := range rules {
		p.Query = append(p.Query, r)
		p.Mutation = append(p.Mutation, r)
	}
	return p
}
