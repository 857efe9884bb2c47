package policy

import (
	"context"
	"fmt"

	"entgo.io/ent"
	"github.com/latchkey/latchkey/ent/privacy"

	"github.com/latchkey/latchkey/internal/auth"
)

// PermissionField is the API key column that holds its permission level.
const PermissionField = "permission"

// KeysWithinViewer denies any change that would let a viewer reach beyond its
// own capabilities through a key: creating a key above its own level, raising
// a key above it, or changing (disabling, rotating, editing) a key that is
// more powerful than itself. Bulk updates of keys are denied outright.
func KeysWithinViewer() privacy.MutationRule {
	return rule{mutation: func(ctx context.Context, m ent.Mutation) error {
		v := auth.FromContext(ctx)
		if p, ok := m.Field(PermissionField); ok {
			if err := covers(v, p); err != nil {
				return err
			}
		}
		switch {
		case m.Op().Is(ent.OpCreate):
			return privacy.Skip
		case m.Op().Is(ent.OpUpdateOne):
			old, err := m.OldField(ctx, PermissionField)
			if err != nil {
				return privacy.Denyf("loading the key's permission: %v", err)
			}
			return covers(v, old)
		default:
			return privacy.Denyf("keys change one at a time")
		}
	}}
}

func covers(v *auth.Viewer, p any) error {
	perm, ok := p.(auth.Permission)
	if !ok {
		return privacy.Denyf("unexpected permission value %T", p)
	}
	if !v.Permission.Covers(perm) {
		return fmt.Errorf("%w: a %s key cannot manage a %s key", privacy.Deny, v.Permission, perm)
	}
	return privacy.Skip
}
