package page

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/internal/errs"
)

func TestLimits(t *testing.T) {
	n := func(v int) *int { return &v }
	first, last, err := Limits(nil, nil)
	if err != nil || *first != DefaultSize || last != nil {
		t.Errorf("Limits(nil, nil) = %v, %v, %v; want the default page", first, last, err)
	}
	for _, c := range []struct{ first, last *int }{
		{n(-1), nil}, {nil, n(-1)}, {n(MaxSize + 1), nil}, {nil, n(MaxSize + 1)}, {n(1), n(1)},
	} {
		if _, _, err := Limits(c.first, c.last); errs.CodeOf(err) != errs.BadUserInput {
			t.Errorf("Limits(%v, %v) err = %v, want BAD_USER_INPUT", c.first, c.last, err)
		}
	}
}

func TestCursorSignature(t *testing.T) {
	ctx := context.Background()
	asc, _ := NewKeyset(ctx, "Account", []Key{{Name: "NAME", Column: "name"}, {Name: "ID", Column: "id"}})
	desc, _ := NewKeyset(ctx, "Account", []Key{{Name: "NAME", Column: "name", Desc: true}, {Name: "ID", Column: "id", Desc: true}})
	c := asc.Cursor("id1", []any{"x"})
	if _, err := asc.Predicates(&c, nil); err != nil {
		t.Errorf("a cursor does not continue its own listing: %v", err)
	}
	if _, err := desc.Predicates(&c, nil); errs.CodeOf(err) != errs.BadUserInput {
		t.Errorf("a cursor continued another order: %v", err)
	}
	events, _ := NewKeyset(ctx, "Event", []Key{{Name: "NAME", Column: "name"}, {Name: "ID", Column: "id"}})
	if _, err := events.Predicates(&c, nil); errs.CodeOf(err) != errs.BadUserInput {
		t.Errorf("a cursor of one connection continued another with the same order: %v", err)
	}
	if _, err := NewKeyset(ctx, "Account", []Key{{Name: "NAME", Column: "name"}, {Name: "NAME", Column: "name"}, {Name: "ID", Column: "id"}}); errs.CodeOf(err) != errs.BadUserInput {
		t.Errorf("a field ordered twice was accepted: %v", err)
	}
}
