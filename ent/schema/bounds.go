package schema

import (
	"context"
	"encoding/json"
	"fmt"

	"entgo.io/ent"

	"github.com/latchkey/latchkey/internal/errs"
)

// MaxMetadataBytes bounds an account's metadata, as JSON.
const MaxMetadataBytes = 16 << 10

// boundJSON refuses a create or update that sets the JSON field named
// field (by its API name, apiName) to more than max bytes, with
// BAD_USER_INPUT: a row read back in a page of 100 must stay small.
func boundJSON(field, apiName string, max int) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field(field); ok {
				b, err := json.Marshal(v)
				if err != nil {
					return nil, fmt.Errorf("schema: measuring %s: %w", field, err)
				}
				if len(b) > max {
					return nil, errs.Invalid(fmt.Sprintf("%s is %d bytes as JSON, over the limit of %d", apiName, len(b), max),
						errs.FieldError{Field: apiName, Message: fmt.Sprintf("must be at most %d bytes as JSON", max)})
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
