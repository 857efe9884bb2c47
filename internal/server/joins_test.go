package server_test

import (
	"context"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/store"
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

// TestJoinedEdgesAreEachRowsOwn: a page's to-one edges, read in its
// statement, are each row's own although their columns are scanned into
// the same values row after row, and rows that point to the same edge
// share one, as eager loading's do. Accounts alternate between two
// sources and two creators; a page of all, through the API and through
// ent, is checked against the database row by row.
func TestJoinedEdgesAreEachRowsOwn(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		other := s.NewKey(t, "production", auth.FullAccess)
		seedAccounts(t, s, admin.Secret, 8)
		var made struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, other.Secret, `mutation { createAccount(input: {source: "stripe", credentialType: "secret_key",
			credentials: {secretKey: "sk_test_seed"}, identifier: "other-1"}) { account { id } } }`, nil, &made)
		var cat struct {
			Sources struct {
				Edges []struct{ Node struct{ ID, Key string } }
			}
		}
		s.Must(t, admin.Secret, `{ sources { edges { node { id key } } } }`, nil, &cat)
		var shopify string
		for _, e := range cat.Sources.Edges {
			if e.Node.Key == "shopify" {
				shopify = e.Node.ID
			}
		}
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		accounts, err := s.DB.Client.Account.Query().Order(account.ByIdentifier(), account.ByID()).All(sys)
		if err != nil || len(accounts) != 9 {
			t.Fatalf("%d accounts, %v", len(accounts), err)
		}
		// The account the other key made lends its creator to every
		// second one; every third moves to Shopify.
		otherMade, err := s.DB.Client.Account.Get(sys, made.CreateAccount.Account.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range accounts {
			set := map[string]any{}
			if i%3 == 1 {
				set[account.FieldSourceID] = shopify
			}
			if i%2 == 0 {
				set[account.FieldCreatorID] = otherMade.CreatorID
			}
			if len(set) > 0 {
				if _, err := store.SetQuietly(sys, s.DB.Client, s.DB.Dialect, account.Table, set, sql.EQ(account.FieldID, a.ID)); err != nil {
					t.Fatal(err)
				}
			}
		}
		truth, err := s.DB.Client.Account.Query().Order(account.ByIdentifier(), account.ByID()).All(sys)
		if err != nil {
			t.Fatal(err)
		}
		keyOf := map[string]string{}
		for _, e := range cat.Sources.Edges {
			keyOf[e.Node.ID] = e.Node.Key
		}

		var page struct {
			Accounts struct {
				Edges []struct {
					Node struct {
						ID      string
						Source  struct{ ID, Key string }
						Creator struct{ ID string }
					}
				}
			}
		}
		s.Must(t, admin.Secret, `{ accounts(first: 50, orderBy: [{field: IDENTIFIER}]) { edges { node { id source { id key } creator { id } } } } }`, nil, &page)
		if len(page.Accounts.Edges) != len(truth) {
			t.Fatalf("%d accounts listed, want %d", len(page.Accounts.Edges), len(truth))
		}
		sources := map[string]bool{}
		for i, e := range page.Accounts.Edges {
			want := truth[i]
			if e.Node.ID != want.ID || e.Node.Source.ID != want.SourceID || e.Node.Source.Key != keyOf[want.SourceID] || e.Node.Creator.ID != want.CreatorID {
				t.Errorf("row %d: %+v, want account %s of source %s (%s) by %s", i, e.Node, want.ID, want.SourceID, keyOf[want.SourceID], want.CreatorID)
			}
			sources[e.Node.Source.Key] = true
		}
		if len(sources) != 2 {
			t.Errorf("sources listed %v, want stripe and shopify", sources)
		}
		if otherMade.CreatorID == accounts[1].CreatorID {
			t.Fatal("the two keys' accounts have one creator")
		}

		joined, err := s.DB.Client.Account.Query().WithSource().WithCreator().Order(account.ByIdentifier(), account.ByID()).All(sys)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range joined {
			if a.Edges.Source.ID != a.SourceID || a.Edges.Source.Key != keyOf[a.SourceID] || a.Edges.Creator.ID != a.CreatorID {
				t.Errorf("row %d: source %s (%s) and creator %s, want %s (%s) and %s", i,
					a.Edges.Source.ID, a.Edges.Source.Key, a.Edges.Creator.ID, a.SourceID, keyOf[a.SourceID], a.CreatorID)
			}
			for _, b := range joined[:i] {
				if (a.SourceID == b.SourceID) != (a.Edges.Source == b.Edges.Source) || (a.CreatorID == b.CreatorID) != (a.Edges.Creator == b.Edges.Creator) {
					t.Errorf("accounts %s and %s: edges shared %v and %v, want %v and %v", a.ID, b.ID,
						a.Edges.Source == b.Edges.Source, a.Edges.Creator == b.Edges.Creator, a.SourceID == b.SourceID, a.CreatorID == b.CreatorID)
				}
			}
		}
	})
}

// TestJoinedRowsKeepTheirOwnBytes: a nillable bytes field keeps the value
// it was scanned into, so the rows of a joined statement, which share
// their values when every one is copied out, get values of their own
// when one is such a field. Two keys with different previous secrets,
// read with their environment joined, each keep theirs (a webhook
// endpoint's previous secret, read with its deliveries, is the same case).
func TestJoinedRowsKeepTheirOwnBytes(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		a := s.NewKey(t, "production", auth.FullAccess)
		b := s.NewKey(t, "production", auth.ReadOnly)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		want := map[string]string{a.ID: "AAAA", b.ID: "BBBB"}
		for id, hash := range want {
			if _, err := store.SetQuietly(sys, s.DB.Client, s.DB.Dialect, authaccess.Table,
				map[string]any{authaccess.FieldPreviousSecretHash: []byte(hash)}, sql.EQ(authaccess.FieldID, id)); err != nil {
				t.Fatal(err)
			}
		}
		keys, err := s.DB.Client.AuthAccess.Query().Where(authaccess.IDIn(a.ID, b.ID)).WithEnvironment().Order(authaccess.ByID()).All(sys)
		if err != nil || len(keys) != 2 {
			t.Fatalf("%d keys, %v", len(keys), err)
		}
		for _, k := range keys {
			if k.Edges.Environment == nil || k.PreviousSecretHash == nil || string(*k.PreviousSecretHash) != want[k.ID] {
				got := "nil"
				if k.PreviousSecretHash != nil {
					got = string(*k.PreviousSecretHash)
				}
				t.Errorf("key %s: previous secret hash %s with environment %v, want %s", k.ID, got, k.Edges.Environment != nil, want[k.ID])
			}
		}
	})
}
