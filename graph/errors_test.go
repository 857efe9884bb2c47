package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/requestid"
)

func TestPresentError(t *testing.T) {
	var logs bytes.Buffer
	present := presentError(slog.New(slog.NewTextHandler(&logs, nil)))
	ctx := requestid.NewContext(context.Background(), "req_test")
	cases := []struct {
		name     string
		err      error
		wantCode errs.Code
		hidden   string // text that must not reach the client
	}{
		{"ours", errs.New(errs.Conflict, "taken"), errs.Conflict, ""},
		{"privacy", &resolverError{fmt.Errorf("keys.Update: %w", privacy.Denyf("a READ_ONLY key cannot manage keys"))}, errs.Forbidden, "keys.Update"},
		{"constraint", &resolverError{&ent.ConstraintError{}}, errs.Conflict, ""},
		{"driver text", &resolverError{errors.New(`pq: duplicate key value violates unique constraint "accounts_pkey"`)}, errs.Internal, "pq:"},
		{"gqlgen's own", errors.New("Expected Name, found <EOF>"), errs.BadUserInput, ""},
	}
	for _, c := range cases {
		got := present(ctx, c.err)
		if code := got.Extensions["code"]; code != c.wantCode {
			t.Errorf("%s: code = %v, want %s", c.name, code, c.wantCode)
		}
		if c.hidden != "" && strings.Contains(got.Message, c.hidden) {
			t.Errorf("%s: the message shows %q: %s", c.name, c.hidden, got.Message)
		}
	}
	if !strings.Contains(logs.String(), "pq: duplicate key") || !strings.Contains(logs.String(), "req_test") {
		t.Errorf("the cause of an internal error is not logged with the request ID: %s", logs.String())
	}
}
