package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// fragmentBomb returns a document of n fragments each spreading the next
// twice: 2^n selections once expanded, in n lines.
func fragmentBomb(n int, leaf string) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { __typename ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { %s }\n", n, leaf)
	return b.String()
}

// repeated returns a query selecting field n times in one place.
func repeated(field string, n int) string {
	return "{ " + strings.Repeat(field+" ", n) + "}"
}

// TestHostileDocumentsAreRefusedCheaply sends documents built to make
// validation, pricing or execution expensive: each is refused with
// BAD_USER_INPUT within milliseconds, with or without a key, and costs no
// database work beyond the key's lookup. Before, the fragment bomb at
// n = 26 burnt about 20 s of CPU before the key was even checked, and was
// not stopped by the timeout or by the client hanging up.
func TestHostileDocumentsAreRefusedCheaply(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	s.Do(t, reader.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
	cases := []struct{ name, query, says string }{
		{"fragment bomb", fragmentBomb(26, "__typename"), "selections once its fragments are expanded"},
		{"fragment bomb of missing fragments", fragmentBomb(26, "...Missing"), "selections once its fragments are expanded"},
		{"one field repeated", repeated("__typename", 1500), "too many times in one place"},
		{"repeated through nesting", "{ " + strings.Repeat("viewer { "+strings.Repeat("permission ", 40)+"} ", 40) + "}", "too many times in one place"},
		{"too many tokens", "{ " + strings.Repeat("__typename ", 12000) + "}", "token limit"},
	}
	for _, c := range cases {
		for _, secret := range []string{"", reader.Secret} {
			s.Statements.Reset()
			start := time.Now()
			r := s.Do(t, secret, c.query, nil)
			took := time.Since(start)
			// Without a key, the document is not even read.
			want, says := "BAD_USER_INPUT", c.says
			if secret == "" {
				want, says = "UNAUTHENTICATED", "API key"
			}
			if r.Code() != want || !strings.Contains(r.Body, says) {
				t.Errorf("%s (key %v): %.300s", c.name, secret != "", r.Body)
			}
			if took > 500*time.Millisecond {
				t.Errorf("%s (key %v): refused after %v", c.name, secret != "", took)
			}
			if _, q := s.Statements.Count(); !onlyKeyLookup(q) {
				t.Errorf("%s: statements beyond the key's lookup: %v", c.name, q)
			}
		}
	}
	// A document that repeats fragments within the limits still runs.
	if r := s.Do(t, reader.Secret, fragmentBomb(5, "viewer { permission }"), nil); r.Code() != "" {
		t.Errorf("a small fragment tree: %s", r.Body)
	}
}

// TestConditionsArePricedAndBounded: each condition of a where or filter
// adds to a connection's cost and totalCount is priced as the rows it
// counts; a where of 1,000 ORs (which cost 30 s of database time and ended
// INTERNAL), 10,000 ANDs (INTERNAL) or a deeply nested one is refused
// before any database work.
func TestConditionsArePricedAndBounded(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		reader := s.NewKey(t, "production", auth.ReadOnly)
		s.Do(t, reader.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
		ors := make([]any, 1000)
		for i := range ors {
			ors[i] = map[string]any{"identifier": fmt.Sprintf("acct-%d", i)}
		}
		ands := make([]any, 10_000)
		for i := range ands {
			ands[i] = map[string]any{"identifierNEQ": fmt.Sprintf("acct-%d", i)}
		}
		nested := map[string]any{"identifier": "x"}
		for range 20 {
			nested = map[string]any{"not": nested}
		}
		const q = `query($w: AccountWhereInput) { accounts(where: $w) { edges { node { id } } } }`
		for name, where := range map[string]any{
			"1,000 ORs":   map[string]any{"or": ors},
			"10,000 ANDs": map[string]any{"and": ands},
			"20 levels":   nested,
		} {
			s.Statements.Reset()
			r := s.Do(t, reader.Secret, q, map[string]any{"w": where})
			if r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: %.300s", name, r.Body)
			}
			if _, q := s.Statements.Count(); !onlyKeyLookup(q) {
				t.Errorf("%s: statements beyond the key's lookup: %v", name, q)
			}
		}
		long := strings.TrimSuffix(strings.Repeat("identifier = 'a' or ", 101), " or ")
		if r := s.Do(t, reader.Secret, `query($f: String) { accounts(filter: $f) { edges { node { id } } } }`, map[string]any{"f": long}); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "101 conditions") {
			t.Errorf("a filter of 101 conditions: %.300s", r.Body)
		}
		var plain, filtered, counted struct {
			Extensions struct{ Cost struct{ Requested int } }
		}
		decodeExtensions(t, s.Do(t, reader.Secret, `{ accounts(first: 10) { edges { node { id } } } }`, nil), &plain)
		decodeExtensions(t, s.Do(t, reader.Secret, `{ accounts(first: 10, where: {identifier: "a", isEnabled: true}, filter: "foreignId = 'b'") { edges { node { id } } } }`, nil), &filtered)
		decodeExtensions(t, s.Do(t, reader.Secret, `{ accounts(first: 10) { totalCount edges { node { id } } } }`, nil), &counted)
		if d := filtered.Extensions.Cost.Requested - plain.Extensions.Cost.Requested; d != 30 {
			t.Errorf("three conditions added %d to the cost, want 30", d)
		}
		if d := counted.Extensions.Cost.Requested - plain.Extensions.Cost.Requested; d != 1000 {
			t.Errorf("totalCount added %d to the cost, want 1000", d)
		}
	})
}

// onlyKeyLookup reports whether queries hold no statement but, at most,
// the lookup of the request's key (which the server caches a second).
func onlyKeyLookup(queries []string) bool {
	lookups, others := splitKeyLookups(queries)
	return len(others) == 0 && len(lookups) <= 1
}

func decodeExtensions(t *testing.T, r *testenv.Result, v any) {
	t.Helper()
	if r.Code() != "" {
		t.Fatalf("unexpected errors: %s", r.Body)
	}
	if err := jsonUnmarshal(r.Body, v); err != nil {
		t.Fatal(err)
	}
}

func jsonUnmarshal(body string, v any) error { return json.Unmarshal([]byte(body), v) }
