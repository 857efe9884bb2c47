package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestJoinedEdgesKeepTenancy points an account's source and creator, in the
// database, at another environment's rows. A page reads its to-one edges
// with a join, whose condition must keep the privacy policy's: the other
// environment's source and creator stay hidden, in a page and in a node
// lookup, as they were when each edge had a statement of its own.
func TestJoinedEdgesKeepTenancy(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		mine := s.NewKey(t, "production", auth.FullAccess)
		theirs := s.NewKey(t, "staging", auth.FullAccess)
		seedAccounts(t, s, mine.Secret, 2)
		var src struct {
			CreateCustomSource struct{ Source struct{ ID string } }
		}
		s.Must(t, theirs.Secret, createCustom, map[string]any{"in": customSource("crm-theirs", customBase, "BEARER")}, &src)

		var page struct {
			Accounts struct {
				Edges []struct {
					Node struct {
						ID     string
						Source struct{ Key string }
					}
				}
			}
		}
		const list = `{ accounts(orderBy: [{field: IDENTIFIER}]) { edges { node { id source { key name } creator { kind } } } } }`
		s.Must(t, mine.Secret, list, nil, &page)
		if len(page.Accounts.Edges) != 2 || page.Accounts.Edges[0].Node.Source.Key != "stripe" {
			t.Fatalf("before: %+v", page)
		}
		moved := page.Accounts.Edges[0].Node.ID

		ctx := context.Background()
		var theirCreator string
		if err := s.DB.SQL.QueryRowContext(ctx, testenv.Rebind(s.Backend, `SELECT creator_id FROM auth_accesses WHERE id = ?`), theirs.ID).Scan(&theirCreator); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB.SQL.ExecContext(ctx, testenv.Rebind(s.Backend, `UPDATE accounts SET source_id = ?, creator_id = ? WHERE id = ?`),
			src.CreateCustomSource.Source.ID, theirCreator, moved); err != nil {
			t.Fatal(err)
		}

		for name, r := range map[string]*testenv.Result{
			"page": s.Do(t, mine.Secret, list, nil),
			"node": s.Do(t, mine.Secret, `query($id: ID!) { node(id: $id) { ... on Account { source { key name } creator { kind } } } }`, map[string]any{"id": moved}),
		} {
			if strings.Contains(r.Body, "crm-theirs") || len(r.Errors) == 0 {
				t.Errorf("%s: another environment's source or creator shows: %s", name, r.Body)
			}
			for _, e := range r.Errors {
				if e.Extensions.Code != "NOT_FOUND" {
					t.Errorf("%s: error %+v, want NOT_FOUND", name, e)
				}
			}
		}
		// The account that was not moved still reads its own source (a page
		// holding the moved one is null as a whole: its edges are non-null).
		r := s.Do(t, mine.Secret, `query($id: ID!) { node(id: $id) { ... on Account { source { key } } } }`,
			map[string]any{"id": page.Accounts.Edges[1].Node.ID})
		if !strings.Contains(r.Body, `"key":"stripe"`) || len(r.Errors) > 0 {
			t.Errorf("the other account lost its source: %s", r.Body)
		}
	})
}
