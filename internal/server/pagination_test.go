package server_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/page"
	"github.com/latchkey/latchkey/internal/testenv"
)

// row is what the pagination tests know of an account.
type row struct {
	ID          string
	Identifier  string
	DisplayName *string
	CreatedTime time.Time
	UpdatedTime time.Time
}

type orderTerm struct {
	Field     string `json:"field"`
	Direction string `json:"direction"`
}

type pageResult struct {
	Accounts struct {
		PageInfo struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
		Edges []struct {
			Cursor string
			Node   row
		}
	}
}

const pageQuery = `query($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: [AccountOrder!], $where: AccountWhereInput) {
  accounts(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, where: $where) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id identifier displayName createdTime updatedTime } }
  }
}`

// seedAccounts adds n accounts whose display names repeat a few values and
// NULL, so that orders have many ties and NULLs; every third one is updated
// afterwards, so that updatedTime differs from createdTime.
func seedAccounts(t *testing.T, s *testenv.Server, secret string, n int) {
	names := []any{nil, "alpha", "beta", nil, "alpha"}
	for i := range n {
		var out struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, secret, `mutation($id: String!, $name: String) { createAccount(input: {source: "stripe", credentialType: "secret_key",
			credentials: {secretKey: "sk_test_seed"}, identifier: $id, displayName: $name}) { account { id } } }`,
			map[string]any{"id": fmt.Sprintf("acct-%03d", (i*7)%n), "name": names[i%len(names)]}, &out)
		if i%3 == 0 {
			s.Must(t, secret, `mutation($id: ID!) { updateAccount(id: $id, change: {metadata: {touched: true}}) { account { id } } }`,
				map[string]any{"id": out.CreateAccount.Account.ID}, &struct{}{})
		}
	}
}

// expectedOrder sorts rows as the API promises: by each term, NULL as the
// largest value, then by id in the direction of the last term.
func expectedOrder(rows []row, order []orderTerm) []string {
	rows = slices.Clone(rows)
	value := func(r row, field string) (string, bool) {
		switch field {
		case "IDENTIFIER":
			return r.Identifier, true
		case "ID":
			return r.ID, true
		case "DISPLAY_NAME":
			if r.DisplayName == nil {
				return "", false
			}
			return *r.DisplayName, true
		case "CREATED_TIME":
			return r.CreatedTime.Format(time.RFC3339Nano), true
		case "UPDATED_TIME":
			return r.UpdatedTime.Format(time.RFC3339Nano), true
		}
		panic(field)
	}
	slices.SortFunc(rows, func(a, b row) int {
		idDesc := false
		for _, o := range order {
			desc := o.Direction == "DESC"
			idDesc = desc
			va, oka := value(a, o.Field)
			vb, okb := value(b, o.Field)
			c := 0
			switch {
			case !oka && !okb:
			case !oka:
				c = 1
			case !okb:
				c = -1
			default:
				c = compareTimesOrStrings(o.Field, va, vb)
			}
			if desc {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		c := strings.Compare(a.ID, b.ID)
		if idDesc {
			c = -c
		}
		return c
	})
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids
}

func compareTimesOrStrings(field, a, b string) int {
	if strings.HasSuffix(field, "_TIME") {
		ta, _ := time.Parse(time.RFC3339Nano, a)
		tb, _ := time.Parse(time.RFC3339Nano, b)
		return ta.Compare(tb)
	}
	return strings.Compare(a, b)
}

// narrowPageQuery asks for the nodes' ids only, none of the fields they
// are ordered by: the cursors must hold the order's values all the same.
const narrowPageQuery = `query($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: [AccountOrder!], $where: AccountWhereInput) {
  accounts(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, where: $where) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id } }
  }
}`

// walk pages through the whole listing with query (pageQuery or
// narrowPageQuery), forwards with first/after or backwards with
// last/before, and returns the ids in listing order.
func walk(t *testing.T, s *testenv.Server, secret, query string, order []orderTerm, size int, forward bool) []string {
	var ids []string
	var cursor *string
	for pages := 0; ; pages++ {
		if pages > 200 {
			t.Fatal("the walk does not end")
		}
		vars := map[string]any{"orderBy": order}
		if forward {
			vars["first"], vars["after"] = size, cursor
		} else {
			vars["last"], vars["before"] = size, cursor
		}
		var p pageResult
		s.Must(t, secret, query, vars, &p)
		var got []string
		for _, e := range p.Accounts.Edges {
			got = append(got, e.Node.ID)
		}
		if forward {
			ids = append(ids, got...)
			if !p.Accounts.PageInfo.HasNextPage {
				return ids
			}
			cursor = p.Accounts.PageInfo.EndCursor
		} else {
			ids = append(got, ids...)
			if !p.Accounts.PageInfo.HasPreviousPage {
				return ids
			}
			cursor = p.Accounts.PageInfo.StartCursor
		}
	}
}

func TestPaginationWalksAreExact(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		const n = 37
		seedAccounts(t, s, admin.Secret, n)
		var all pageResult
		s.Must(t, admin.Secret, pageQuery, map[string]any{"first": 100}, &all)
		var rows []row
		for _, e := range all.Accounts.Edges {
			rows = append(rows, e.Node)
		}
		if len(rows) != n {
			t.Fatalf("listed %d accounts, want %d", len(rows), n)
		}
		orders := [][]orderTerm{nil}
		for _, f := range []string{"CREATED_TIME", "UPDATED_TIME", "IDENTIFIER", "DISPLAY_NAME"} {
			for _, d := range []string{"ASC", "DESC"} {
				orders = append(orders, []orderTerm{{f, d}})
			}
		}
		orders = append(orders,
			[]orderTerm{{"DISPLAY_NAME", "ASC"}, {"CREATED_TIME", "DESC"}},
			[]orderTerm{{"DISPLAY_NAME", "DESC"}, {"UPDATED_TIME", "ASC"}},
			[]orderTerm{{"ID", "DESC"}},
			[]orderTerm{{"DISPLAY_NAME", "ASC"}, {"ID", "DESC"}},
		)
		for _, order := range orders {
			want := expectedOrder(rows, order)
			for _, size := range []int{1, 4, 10} {
				for _, forward := range []bool{true, false} {
					got := walk(t, s, admin.Secret, pageQuery, order, size, forward)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("order %v, page size %d, forward %v: mismatch (-want +got):\n%s", order, size, forward, diff)
					}
					if size != 4 {
						continue
					}
					got = walk(t, s, admin.Secret, narrowPageQuery, order, size, forward)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("order %v, page size %d, forward %v, ids only: mismatch (-want +got):\n%s", order, size, forward, diff)
					}
				}
			}
		}
	})
}

func TestCursorsAreBoundToTheirListing(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		seedAccounts(t, s, admin.Secret, 6)
		byName := []orderTerm{{"DISPLAY_NAME", "ASC"}}
		var p pageResult
		s.Must(t, admin.Secret, pageQuery, map[string]any{"first": 2, "orderBy": byName}, &p)
		cursor := p.Accounts.PageInfo.EndCursor
		// The same listing continues, even with another page size.
		s.Must(t, admin.Secret, pageQuery, map[string]any{"first": 3, "after": cursor, "orderBy": byName}, &struct{}{})
		for name, vars := range map[string]map[string]any{
			"another order":      {"first": 2, "after": cursor, "orderBy": []orderTerm{{"DISPLAY_NAME", "DESC"}}},
			"another field":      {"first": 2, "after": cursor, "orderBy": []orderTerm{{"IDENTIFIER", "ASC"}}},
			"no order":           {"first": 2, "after": cursor},
			"another filter":     {"first": 2, "after": cursor, "orderBy": byName, "where": map[string]any{"isEnabled": true}},
			"as a before cursor": {"last": 2, "before": cursor, "orderBy": byName, "where": map[string]any{"identifierHasPrefix": "acct"}},
		} {
			if r := s.Do(t, admin.Secret, pageQuery, vars); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT", name, r.Body)
			}
		}
		if r := s.Do(t, admin.Secret, pageQuery, map[string]any{"first": 2, "after": "not-a-cursor"}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("garbage cursor: got %s", r.Body)
		}
	})
}

func TestPageSizeLimits(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		seedAccounts(t, s, admin.Secret, page.DefaultSize+3)
		var p pageResult
		s.Must(t, admin.Secret, pageQuery, nil, &p)
		if len(p.Accounts.Edges) != page.DefaultSize || !p.Accounts.PageInfo.HasNextPage {
			t.Errorf("default page: %d edges, hasNextPage %v; want %d and true", len(p.Accounts.Edges), p.Accounts.PageInfo.HasNextPage, page.DefaultSize)
		}
		for name, vars := range map[string]map[string]any{
			"first above the cap": {"first": page.MaxSize + 1},
			"last above the cap":  {"last": page.MaxSize + 1},
			"negative first":      {"first": -1},
			"first and last":      {"first": 1, "last": 1},
			"a field twice":       {"orderBy": []orderTerm{{"IDENTIFIER", "ASC"}, {"IDENTIFIER", "DESC"}}},
			"a field twice apart": {"orderBy": []orderTerm{{"IDENTIFIER", "ASC"}, {"CREATED_TIME", "DESC"}, {"IDENTIFIER", "DESC"}}},
		} {
			if r := s.Do(t, admin.Secret, pageQuery, vars); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT", name, r.Body)
			}
		}
		s.Must(t, admin.Secret, pageQuery, map[string]any{"first": page.MaxSize}, &struct{}{})
		ids := make([]string, page.MaxSize+1)
		for i := range ids {
			ids[i] = fmt.Sprintf("acc_%d", i)
		}
		if r := s.Do(t, admin.Secret, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("nodes with %d ids: got %s", len(ids), r.Body)
		}
	})
}

// TestStatementsPerPage counts the SQL a page costs, so that N+1 queries and
// needless COUNTs cannot come back: one statement for the page with its
// to-one edges joined, one more per nested edge that has edges of its own
// selected, and a COUNT only when totalCount is asked for; the key's lookup
// at most once, when the key is not fresh in the server's cache.
func TestStatementsPerPage(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		seedAccounts(t, s, admin.Secret, 12)
		s.Do(t, admin.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
		// The price of a count needs the listing's size, counted at most once
		// a minute.
		s.Do(t, admin.Secret, `{ accounts { totalCount } }`, nil)
		cases := []struct {
			name  string
			query string
			want  int
		}{
			{"page with pageInfo", `{ accounts(first: 10) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, 1},
			{"page with nested source and creator", `{ accounts(first: 10, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) {
				pageInfo { hasNextPage } edges { node { id source { key name } creator { kind } } } } }`, 1},
			{"page with the creator's key", `{ accounts(first: 10) { edges { node { id source { key } creator { kind authAccess { name } } } } } }`, 2},
			{"page with totalCount", `{ accounts(first: 10) { totalCount edges { node { id } } } }`, 2},
			{"totalCount alone", `{ accounts { totalCount } }`, 1},
			{"viewer", `{ viewer { permission } }`, 0},
			{"node", `{ node(id: "` + firstID(t, s, admin.Secret) + `") { id ... on Account { identifier source { key } creator { kind } } } }`, 1},
		}
		for _, c := range cases {
			s.Statements.Reset()
			s.Must(t, admin.Secret, c.query, nil, &struct{}{})
			_, queries := s.Statements.Count()
			lookups, data := splitKeyLookups(queries)
			if len(data) != c.want || len(lookups) > 1 {
				t.Errorf("%s: %d statements and %d key lookups, want %d and at most 1:\n%s", c.name, len(data), len(lookups), c.want, strings.Join(queries, "\n"))
			}
		}
	})
}

// splitKeyLookups parts statements into the key lookups of authentication
// and the others.
func splitKeyLookups(queries []string) (lookups, others []string) {
	for _, q := range queries {
		if strings.Contains(strings.ReplaceAll(q, "`", `"`), `"auth_accesses"."token" =`) {
			lookups = append(lookups, q)
		} else {
			others = append(others, q)
		}
	}
	return lookups, others
}

// firstID returns the ID of the first account in the default order.
func firstID(t *testing.T, s *testenv.Server, secret string) string {
	var p pageResult
	s.Must(t, secret, pageQuery, map[string]any{"first": 1}, &p)
	return p.Accounts.Edges[0].Node.ID
}

// TestAliasedConnectionFieldsAreAnswered: a connection's fields under
// aliases are answered as without them, and edges selected twice under
// two aliases each get what they ask for. Before, an aliased edges,
// pageInfo or totalCount was taken as not selected: no edges, a null
// cursor, a count of 0.
func TestAliasedConnectionFieldsAreAnswered(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		seedAccounts(t, s, admin.Secret, 6)
		const aliased = `query($after: Cursor) { accounts(first: 4, after: $after, orderBy: [{field: CREATED_TIME, direction: DESC}]) {
			n: totalCount e: edges { c: cursor node { i: id } } p: pageInfo { end: endCursor more: hasNextPage } } }`
		type page struct {
			Accounts struct {
				N int
				E []struct {
					C    string
					Node struct{ I string }
				}
				P struct {
					End  *string
					More bool
				}
			}
		}
		var first, second page
		s.Must(t, admin.Secret, aliased, nil, &first)
		a := first.Accounts
		if a.N != 6 || len(a.E) != 4 || a.P.End == nil || !a.P.More || a.E[3].C != *a.P.End || a.E[0].Node.I == "" {
			t.Fatalf("the aliased first page: %+v", a)
		}
		s.Must(t, admin.Secret, aliased, map[string]any{"after": *a.P.End}, &second)
		if b := second.Accounts; len(b.E) != 2 || b.P.More || b.E[0].Node.I == a.E[3].Node.I {
			t.Errorf("the aliased second page: %+v", b)
		}
		// An edge's own cursor, asked for under an alias, is one too.
		var middle page
		s.Must(t, admin.Secret, aliased, map[string]any{"after": a.E[1].C}, &middle)
		if m := middle.Accounts; len(m.E) != 4 || m.E[0].Node.I != a.E[2].Node.I {
			t.Errorf("the page after the second edge's cursor: %+v", m)
		}

		var twice struct {
			Accounts struct {
				A []struct{ Node struct{ ID string } }
				B []struct {
					Node struct {
						Identifier string
						Source     struct{ Key string }
					}
				}
			}
		}
		s.Must(t, admin.Secret, `{ accounts(first: 3) { a: edges { node { id } } b: edges { node { identifier source { key } } } } }`, nil, &twice)
		if len(twice.Accounts.A) != 3 || len(twice.Accounts.B) != 3 || twice.Accounts.A[0].Node.ID == "" ||
			twice.Accounts.B[0].Node.Identifier == "" || twice.Accounts.B[0].Node.Source.Key == "" {
			t.Errorf("edges under two aliases: %+v", twice.Accounts)
		}
	})
}

// TestNestedConnectionFieldsAreAnsweredUnderAliases: an endpoint's
// deliveries, a connection loaded with its endpoint, answer aliased edges,
// pageInfo and totalCount as unaliased ones. Before, an aliased field was
// not loaded and the connection was built without it: no edges, or a
// count of the page's edges.
func TestNestedConnectionFieldsAreAnsweredUnderAliases(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		addEndpoint(t, s, admin.Secret, "http://127.0.0.1:1/hooks", "ACCOUNT_ADDED")
		for i := range 4 {
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(fmt.Sprintf("nested-%d", i))}, &struct{}{})
		}
		for _, inner := range []string{
			`edges { node { id } } pageInfo { hasNextPage } totalCount`,
			`e: edges { node { id } } totalCount pageInfo { hasNextPage }`,
			`e: edges { node { id } } pageInfo { hasNextPage }`,
			`edges { node { id } } p: pageInfo { hasNextPage } t: totalCount`,
			`e: edges { node { id } } p: pageInfo { hasNextPage } t: totalCount`,
		} {
			var out struct {
				WebhookEndpoints struct {
					Edges []struct {
						Node struct {
							Deliveries map[string]json.RawMessage
						}
					}
				}
			}
			s.Must(t, admin.Secret, `{ webhookEndpoints(first: 1) { edges { node { deliveries(first: 3) { `+inner+` } } } } }`, nil, &out)
			d := out.WebhookEndpoints.Edges[0].Node.Deliveries
			var edges []any
			var info struct{ HasNextPage bool }
			var total *int
			for name, raw := range d {
				switch name {
				case "edges", "e":
					_ = json.Unmarshal(raw, &edges)
				case "pageInfo", "p":
					_ = json.Unmarshal(raw, &info)
				case "totalCount", "t":
					_ = json.Unmarshal(raw, &total)
				}
			}
			count := -1
			if total != nil {
				count = *total
			}
			if len(edges) != 3 || !info.HasNextPage || strings.Contains(inner, "otalCount") && count != 4 {
				t.Errorf("deliveries { %s }: %d edges, hasNextPage %v, totalCount %d; want 3, true, 4", inner, len(edges), info.HasNextPage, count)
			}
		}
	})
}
