package page

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"

	"github.com/latchkey/latchkey/internal/errs"
)

// Cursor is the cursor type of the generated connections.
type Cursor = entgql.Cursor[string]

// Key is one term of a listing's order. The last key of a keyset is always
// the unique id, so that the order is total.
type Key struct {
	// Name is the GraphQL order field ("CREATED_TIME").
	Name string
	// Column is the SQL column.
	Column string
	// Desc reports a descending order.
	Desc bool
	// Nullable reports whether the column holds NULLs. A NULL sorts as the
	// largest value: last when ascending, first when descending.
	Nullable bool
}

// Keyset is the order of one listing together with its signature: a digest
// of the order and of the filter arguments, stored in every cursor so that a
// cursor cannot continue a different listing.
type Keyset struct {
	keys []Key
	sig  string
}

// pagingArgs are the arguments that move through one listing rather than
// define it.
var pagingArgs = []string{"first", "last", "after", "before", "limit"}

// NewKeyset returns the keyset of keys, the last of which must be the id,
// in the listing of the type named listing ("Account"). Its signature
// covers the listing, the keys and the arguments of the GraphQL field being
// resolved in ctx, if any, except the paging ones: a cursor of one
// connection does not continue another. It returns BAD_USER_INPUT when a
// field appears twice in the order.
func NewKeyset(ctx context.Context, listing string, keys []Key) (*Keyset, error) {
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k.Column] {
			return nil, errs.Invalid(fmt.Sprintf("orderBy names %s twice", k.Name), errs.FieldError{Field: "orderBy", Message: "each field at most once"})
		}
		seen[k.Column] = true
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s;", listing)
	for _, k := range keys {
		fmt.Fprintf(h, "%s:%t,", k.Column, k.Desc)
	}
	if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Field != nil && graphql.HasOperationContext(ctx) {
		args := fc.Field.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
		for _, name := range pagingArgs {
			delete(args, name)
		}
		b, err := json.Marshal(args)
		if err != nil {
			return nil, fmt.Errorf("page: digesting arguments: %w", err)
		}
		h.Write(b)
	}
	return &Keyset{keys: keys, sig: base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:9])}, nil
}

// Cursor returns the cursor of the row with this id and these values of the
// keys before the id.
func (k *Keyset) Cursor(id string, values []any) Cursor {
	return Cursor{ID: id, Value: append([]any{k.sig}, values...)}
}

// Predicates returns the conditions that select the rows strictly after
// `after` and strictly before `before`, in the keyset's order. It returns
// BAD_USER_INPUT for a cursor made for another order or filter.
func (k *Keyset) Predicates(after, before *Cursor) ([]func(*sql.Selector), error) {
	var ps []func(*sql.Selector)
	for _, c := range []struct {
		cursor *Cursor
		arg    string
		after  bool
	}{{after, "after", true}, {before, "before", false}} {
		if c.cursor == nil {
			continue
		}
		values, err := k.decode(c.cursor)
		if err != nil {
			return nil, errs.Invalid("`"+c.arg+"` is a cursor of another listing: "+err.Error(),
				errs.FieldError{Field: c.arg, Message: "use a cursor taken with the same orderBy and filter"})
		}
		ps = append(ps, k.beyond(values, c.after))
	}
	return ps, nil
}

// OrderOptions returns the ORDER BY options of key i, reversed for a
// backward page.
func (k *Keyset) OrderOptions(i int, reverse bool) []sql.OrderTermOption {
	key := k.keys[i]
	desc := key.Desc != reverse
	opts := []sql.OrderTermOption{sql.OrderAsc()}
	if desc {
		opts[0] = sql.OrderDesc()
	}
	if key.Nullable {
		if desc {
			opts = append(opts, sql.OrderNullsFirst())
		} else {
			opts = append(opts, sql.OrderNullsLast())
		}
	}
	return opts
}

func (k *Keyset) decode(c *Cursor) ([]any, error) {
	values, ok := c.Value.([]any)
	if !ok || len(values) != len(k.keys) || values[0] != k.sig {
		return nil, fmt.Errorf("its order or filter differs")
	}
	values = slices.Clone(values)
	values[0] = c.ID
	// Rotate the id to the end, where its key is.
	values = append(values[1:], values[0])
	for i, v := range values {
		if t, ok := v.(time.Time); ok {
			values[i] = t.UTC()
		}
	}
	return values, nil
}

// beyond returns the condition "strictly after values" (or before, when
// after is false) in the keyset's order.
func (k *Keyset) beyond(values []any, after bool) func(*sql.Selector) {
	return func(s *sql.Selector) {
		if p := k.rowValue(s, values, after); p != nil {
			s.Where(p)
			return
		}
		var or []*sql.Predicate
		for i, key := range k.keys {
			var and []*sql.Predicate
			for j := range i {
				and = append(and, equal(s.C(k.keys[j].Column), values[j]))
			}
			p := strictly(s.C(key.Column), values[i], key.Desc != !after, key.Nullable)
			if p == nil {
				continue
			}
			or = append(or, sql.And(append(and, p)...))
		}
		if len(or) == 0 {
			s.Where(sql.False())
			return
		}
		s.Where(sql.Or(or...))
	}
}

// rowValue returns the row-value comparison (a, b, id) > (?, ?, ?) that an
// index serves directly, when every key has one direction and no NULLs.
func (k *Keyset) rowValue(s *sql.Selector, values []any, after bool) *sql.Predicate {
	cols := make([]string, len(k.keys))
	for i, key := range k.keys {
		if key.Nullable || key.Desc != k.keys[0].Desc || values[i] == nil {
			return nil
		}
		cols[i] = s.C(key.Column)
	}
	if k.keys[0].Desc == after {
		return sql.CompositeLT(cols, values...)
	}
	return sql.CompositeGT(cols, values...)
}

func equal(col string, v any) *sql.Predicate {
	if v == nil {
		return sql.IsNull(col)
	}
	return sql.EQ(col, v)
}

// strictly returns "col comes after v" in a descending (desc) or ascending
// order where NULL is the largest value, or nil when nothing can.
func strictly(col string, v any, desc, nullable bool) *sql.Predicate {
	switch {
	case v == nil && desc:
		return sql.NotNull(col)
	case v == nil:
		return nil
	case desc:
		return sql.LT(col, v)
	case nullable:
		return sql.Or(sql.GT(col, v), sql.IsNull(col))
	default:
		return sql.GT(col, v)
	}
}
