package server_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestStandardIntrospection sends the introspection query every tool sends
// (graphql-js getIntrospectionQuery(), committed as it prints it) at the
// default limits: it succeeds, and the schema it returns describes the
// API. Before, it was refused for nesting 15 levels deep; introspection
// now has a depth limit of its own, and still no data can be reached
// through it.
func TestStandardIntrospection(t *testing.T) {
	doc, err := os.ReadFile("../../graph/testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	start := time.Now()
	r := s.Do(t, reader.Secret, string(doc), nil)
	took := time.Since(start)
	var got struct {
		Schema struct {
			Types []struct{ Name string }
		} `json:"__schema"`
	}
	r.Decode(t, &got)
	names := map[string]bool{}
	for _, typ := range got.Schema.Types {
		names[typ.Name] = true
	}
	for _, want := range []string{"Account", "AuthAccess", "Query", "Mutation", "Subscription"} {
		if !names[want] {
			t.Errorf("the schema has no %s", want)
		}
	}
	t.Logf("the standard introspection query took %v and answered %d bytes", took, len(r.Body))
	// Its own depth limit does not lift the data's: nesting data under an
	// introspection field is not possible, and nesting introspection
	// deeper than any tool does is refused.
	deep := "{ __type(name: \"Account\") { " + strings.Repeat("ofType { ", 20) + "name" + strings.Repeat(" }", 20) + " } }"
	if r := s.Do(t, reader.Secret, deep, nil); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "introspection nests") {
		t.Errorf("introspection nested 21 levels: %.300s", r.Body)
	}
}
