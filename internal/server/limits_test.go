package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestQueryLimits sends, for each limit, a query just under it and one just
// over: the first runs, the second is refused with the figures and without
// any database work beyond checking the key.
func TestQueryLimits(t *testing.T) {
	b := testenv.Backends()[0]
	s := testenv.StartWith(t, b, func(c *server.Config) {
		c.Limits = graph.Limits{Complexity: 100, Depth: 5, Aliases: 3, Operations: 2}
	})
	admin := s.NewKey(t, "production", auth.FullAccess)
	s.Do(t, admin.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
	cases := []struct {
		name, under, over, says string
	}{
		{"cost", `{ accounts(first: 24) { edges { node { id identifier } } } }`, `{ accounts(first: 25) { edges { node { id identifier } } } }`,
			"complexity 101, which exceeds the limit of 100"},
		{"depth", `{ viewer { authAccess { creator { authAccess { id } } } } }`, `{ viewer { authAccess { creator { authAccess { creator { id } } } } } }`,
			"nests 6 levels deep, over the limit of 5"},
		{"aliases", `{ a: viewer { permission } b: viewer { permission } c: viewer { permission } }`,
			`{ a: viewer { permission } b: viewer { permission } c: viewer { permission } d: viewer { permission } }`,
			"4 aliased fields, over the limit of 3"},
	}
	cases = append(cases, struct{ name, under, over, says string }{"operations",
		`query A { viewer { permission } } query B { viewer { permission } }`,
		`query A { viewer { permission } } query B { viewer { permission } } query C { viewer { permission } }`,
		"3 operations, over the limit of 2"})
	for _, c := range cases {
		if c.name == "operations" {
			r := s.Post(t, admin.Secret, map[string]any{"query": c.under, "operationName": "A"})
			if r.Code() != "" {
				t.Errorf("operations, just under the limit: %s", r.Body)
			}
			s.Statements.Reset()
			r = s.Post(t, admin.Secret, map[string]any{"query": c.over, "operationName": "A"})
			if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, c.says) {
				t.Errorf("operations, just over the limit: %s", r.Body)
			}
			if _, q := s.Statements.Count(); !onlyKeyLookup(q) {
				t.Errorf("operations: a refused query ran %v", q)
			}
			continue
		}
		if r := s.Do(t, admin.Secret, c.under, nil); r.Code() != "" {
			t.Errorf("%s, just under the limit: %s", c.name, r.Body)
		}
		s.Statements.Reset()
		r := s.Do(t, admin.Secret, c.over, nil)
		if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, c.says) {
			t.Errorf("%s, just over the limit: %s", c.name, r.Body)
		}
		if _, queries := s.Statements.Count(); !onlyKeyLookup(queries) {
			t.Errorf("%s: a refused query ran statements beyond the key's lookup: %v", c.name, queries)
		}
	}
	r := s.Do(t, admin.Secret, `{ accounts(first: 24) { edges { node { id identifier } } } }`, nil)
	if !strings.Contains(r.Body, `"limit":100,"requested":97}`) || !strings.Contains(r.Body, `"cost":{"actual":`) {
		t.Errorf("the response does not report its cost: %s", r.Body)
	}
	// Fields read straight from the model count as resolvers' fields do:
	// viewer, permission, environment, slug and name (__typename is known
	// without resolving anything).
	r = s.Do(t, admin.Secret, `{ viewer { permission environment { slug name __typename } } }`, nil)
	if !strings.Contains(r.Body, `"cost":{"actual":5,`) {
		t.Errorf("the cost does not count every field resolved: %s", r.Body)
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	admin := s.NewKey(t, "production", auth.ReadOnly)
	query := `{ viewer { permission } }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	if r := s.Post(t, admin.Secret, map[string]any{"extensions": ext}); !strings.Contains(r.Body, "PersistedQueryNotFound") {
		t.Errorf("an unknown hash: %s", r.Body)
	}
	if r := s.Post(t, admin.Secret, map[string]any{"query": query, "extensions": ext}); r.Code() != "" {
		t.Errorf("registering the query: %s", r.Body)
	}
	if r := s.Post(t, admin.Secret, map[string]any{"extensions": ext}); !strings.Contains(r.Body, `"permission":"READ_ONLY"`) {
		t.Errorf("the hash alone: %s", r.Body)
	}
}

func TestIntrospectionAndSuggestionsCanBeTurnedOff(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.Limits = graph.Limits{NoIntrospection: true, NoSuggestions: true}
	})
	admin := s.NewKey(t, "production", auth.ReadOnly)
	if r := s.Do(t, admin.Secret, `{ __schema { queryType { name } } }`, nil); r.Code() != "BAD_USER_INPUT" {
		t.Errorf("introspection turned off: %s", r.Body)
	}
	if r := s.Do(t, admin.Secret, `{ viewr { permission } }`, nil); strings.Contains(r.Body, "Did you mean") {
		t.Errorf("suggestions turned off: %s", r.Body)
	}
}
