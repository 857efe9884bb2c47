package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/auth"
)

// price returns what costLimit asks for query over a listing of rows rows,
// and whether it counts as heavy, or the refusal.
func price(t *testing.T, query string, rows int) (int, bool, string) {
	t.Helper()
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		t.Fatal(err)
	}
	if errs := validator.ValidateWithRules(schema, doc, rules.NewDefaultRules()); len(errs) > 0 {
		t.Fatal(errs)
	}
	oc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: map[string]any{}}
	ctx := auth.NewContext(context.Background(), &auth.Viewer{EnvironmentID: "env_1", Permission: auth.ReadOnly})
	l := costLimit{limit: 5000, rows: func(_ context.Context, listing string) int {
		if listing != "Account" {
			t.Errorf("rows asked for listing %q", listing)
		}
		return rows
	}}
	refused := ""
	if err := l.MutateOperationContext(ctx, oc); err != nil {
		refused = err.Message
	}
	cost, _ := oc.Stats.GetExtension(costExtension).(int)
	heavy, _ := oc.Stats.GetExtension(heavyExtension).(bool)
	return cost, heavy, refused
}

// TestWholeListingsArePricedByTheirRows: a count, or a text condition no
// index serves, costs a read of the whole listing (its rows / RowsPerCost)
// per condition, so 40 counts of a hundred substring conditions over
// 20,000 accounts are refused before they run, where a plain count of the
// same listing is not.
func TestWholeListingsArePricedByTheirRows(t *testing.T) {
	contains := strings.TrimSuffix(strings.Repeat("identifier containsIgnoreCase 'zz' or ", 90), " or ")
	for _, c := range []struct {
		name    string
		query   string
		rows    int
		want    int
		heavy   bool
		refused bool
	}{
		{"a page", `{ accounts(first: 10) { edges { node { id } } } }`, 20000, 1 + 10*3, false, false},
		{"a small count", `{ accounts { totalCount } }`, 100, 1 + CountCost, true, false},
		{"a count of 20,000", `{ accounts { totalCount } }`, 20000, 1 + CountCost, true, false},
		{"a count of 100,000", `{ accounts { totalCount } }`, 100_000, 1 + 100_000/RowsPerCost, true, false},
		{"a count of 1,000,000", `{ accounts { totalCount } }`, 1_000_000, 1 + 1_000_000/RowsPerCost, true, true},
		{"a substring page", `{ accounts(first: 10, where: {identifierContainsFold: "x"}) { edges { node { id } } } }`, 20000,
			1 + PredicateCost + 20000/RowsPerCost + 10*3, true, false},
		{"a count of 90 substrings", `{ accounts(filter: "` + contains + `") { totalCount } }`, 20000,
			1 + 90*PredicateCost + 90*(20000/RowsPerCost) + 91*(20000/RowsPerCost), true, true},
		{"metadata", `{ accounts(first: 100) { edges { node { metadata } } } }`, 0, 1 + 100*(1+1+MapCost), true, false},
	} {
		cost, heavy, refused := price(t, c.query, c.rows)
		if cost != c.want || heavy != c.heavy || (refused != "") != c.refused {
			t.Errorf("%s: cost %d, heavy %v, refused %q; want %d, %v, %v", c.name, cost, heavy, refused, c.want, c.heavy, c.refused)
		}
	}
}
