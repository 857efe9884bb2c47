package server_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect/sql"
	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
)

type keyRow struct {
	ID          string
	ForeignID   *string
	CreatedTime time.Time
}

type keyPage struct {
	AuthAccesses struct {
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct{ Node keyRow }
	}
}

const keysList = `query($filter: String, $sortBy: String, $limit: Int, $after: Cursor) {
  authAccesses(filter: $filter, sortBy: $sortBy, limit: $limit, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id foreignId createdTime } } } }`

func ids(p keyPage) []string {
	var out []string
	for _, e := range p.AuthAccesses.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// TestListExamples runs the documented listing examples of authAccesses
// (listAll, sortBy, limit, id in, isBefore Yesterday, startsWith, next
// pages) and checks what each returns.
func TestListExamples(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		for i := range 8 {
			s.Must(t, admin.Secret, `mutation($f: String) { createAuthAccess(input: {name: "k", permission: READ_ONLY, foreignId: $f}) { secretKey } }`,
				map[string]any{"f": fmt.Sprintf("f%d", i)}, &struct{}{})
		}
		// Three keys were made three days ago.
		var all keyPage
		s.Must(t, admin.Secret, keysList, map[string]any{"sortBy": "id:ASC"}, &all)
		every := ids(all)
		if len(every) != 9 || !slices.IsSorted(every) {
			t.Fatalf("sortBy id:ASC listed %v", every)
		}
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		old := every[2:5]
		for _, id := range old {
			_, err := store.SetQuietly(sys, s.DB.Client, s.DB.Dialect, authaccess.Table,
				map[string]any{authaccess.FieldCreatedTime: time.Now().Add(-72 * time.Hour).UTC()}, sql.EQ(authaccess.FieldID, id))
			if err != nil {
				t.Fatal(err)
			}
		}

		var listAll keyPage
		s.Must(t, admin.Secret, `{ authAccesses { edges { node { id } } } }`, nil, &listAll)
		if len(listAll.AuthAccesses.Edges) != 9 {
			t.Errorf("listAll: %d keys, want 9", len(listAll.AuthAccesses.Edges))
		}

		var five keyPage
		s.Must(t, admin.Secret, keysList, map[string]any{"limit": 5}, &five)
		if len(five.AuthAccesses.Edges) != 5 || !five.AuthAccesses.PageInfo.HasNextPage {
			t.Errorf("limit 5: %d keys, hasNextPage %v", len(five.AuthAccesses.Edges), five.AuthAccesses.PageInfo.HasNextPage)
		}

		var in keyPage
		s.Must(t, admin.Secret, keysList, map[string]any{"filter": fmt.Sprintf("id in {'%s', '%s', '9990'}", every[1], every[6])}, &in)
		if diff := cmp.Diff([]string{every[1], every[6]}, ids(in)); diff != "" {
			t.Errorf("id in {…}: mismatch (-want +got):\n%s", diff)
		}

		var before keyPage
		s.Must(t, admin.Secret, keysList, map[string]any{"filter": "createdTime isBefore Yesterday", "sortBy": "foreignId:DESC"}, &before)
		var fids []string
		for _, e := range before.AuthAccesses.Edges {
			fids = append(fids, *e.Node.ForeignID)
		}
		if diff := cmp.Diff([]string{"f3", "f2", "f1"}, fids); diff != "" {
			t.Errorf("createdTime isBefore Yesterday, foreignId:DESC: mismatch (-want +got):\n%s", diff)
		}

		prefix := every[7][:len(every[7])-1]
		var starts keyPage
		s.Must(t, admin.Secret, keysList, map[string]any{"filter": "id startsWith " + prefix, "sortBy": "createdTime:ASC", "limit": 25}, &starts)
		if got := ids(starts); len(got) == 0 || !slices.Contains(got, every[7]) || slices.ContainsFunc(got, func(id string) bool { return !strings.HasPrefix(id, prefix) }) {
			t.Errorf("id startsWith %s: %v", prefix, got)
		}

		// The creator paths: the admin key was made by the operator (UI), the
		// others through the API by the admin key.
		var env struct {
			Viewer struct{ Environment struct{ ID string } }
		}
		s.Must(t, admin.Secret, `{ viewer { environment { id } } }`, nil, &env)
		for filter, want := range map[string]int{
			"creator._type = API": 8,
			"creator = UI":        1,
			"creator.authAccessId = '" + admin.ID + "'":                                        8,
			"creator.personId = 'latchkey-cli'":                                                1,
			"creator.accountId = '" + env.Viewer.Environment.ID + "'":                          9,
			"creator.accountId = 'env_someone_else'":                                           0,
			"createdTime.timestamp.seconds < " + fmt.Sprint(time.Now().Add(-time.Hour).Unix()): 3,
		} {
			var p keyPage
			s.Must(t, admin.Secret, keysList, map[string]any{"filter": filter}, &p)
			if got := len(p.AuthAccesses.Edges); got != want {
				t.Errorf("%s: %d keys, want %d", filter, got, want)
			}
		}

		// fetchPage: the end cursor continues the same listing, and only it.
		q := map[string]any{"filter": "not id in {'" + every[0] + "'}", "sortBy": "foreignId:ASC", "limit": 3}
		var walked []string
		for page := 0; ; page++ {
			var p keyPage
			s.Must(t, admin.Secret, keysList, q, &p)
			walked = append(walked, ids(p)...)
			if !p.AuthAccesses.PageInfo.HasNextPage || page > 5 {
				q["filter"] = "isEnabled = true"
				if r := s.Do(t, admin.Secret, keysList, q); q["after"] != nil && r.Code() != "BAD_USER_INPUT" {
					t.Errorf("a cursor reused with another filter: %s", r.Body)
				}
				break
			}
			q["after"] = p.AuthAccesses.PageInfo.EndCursor
		}
		if len(walked) != 8 || slices.Contains(walked, every[0]) {
			t.Errorf("pages of the filtered listing: %v", walked)
		}
	})
}

func TestFilterErrors(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := map[string]string{
			"secretKey = 'lksk_x'":                 "hashes",
			"nope = 1":                             "at 1: found the field \\\"nope\\\"",
			"isEnabled startsWith 't'":             "operators of isEnabled",
			"createdTime > someday":                "a time",
			"(isEnabled = true":                    "at 18",
			"creator._type = ROBOT":                "one of the values",
			"createdTime.timestamp.seconds > soon": "whole number",
		}
		for filter, want := range cases {
			r := s.Do(t, admin.Secret, keysList, map[string]any{"filter": filter})
			if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, want) {
				t.Errorf("%s: got %s, want BAD_USER_INPUT mentioning %s", filter, r.Body, want)
			}
		}
		if r := s.Do(t, admin.Secret, keysList, map[string]any{"sortBy": "secretKey:DESC"}); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "hashes") {
			t.Errorf("sortBy secretKey: %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, `{ accounts(filter: "credentials = 'x'") { totalCount } }`, nil); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "encrypted") {
			t.Errorf("filtering on credentials: %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, keysList, map[string]any{"filter": strings.Repeat("(", 40) + "isEnabled = true" + strings.Repeat(")", 40)}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("a deeply nested filter: %s", r.Body)
		}
	})
}

// TestFilterAndWhereAgree lists random accounts with random expressions,
// written once in the list language and once as the generated where-input:
// both must return the same rows in the same order.
func TestFilterAndWhereAgree(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		rng := rand.New(rand.NewPCG(7, 11))
		names := []any{nil, "alpha", "beta", "Gamma"}
		words := []string{"apple", "apricot", "banana", "blueberry", "cherry", "Avocado"}
		for i := range 30 {
			src, creds := "stripe", map[string]any{"secretKey": fmt.Sprintf("sk_test_d%d", i)}
			if i%3 == 0 {
				src, creds = "shopify", map[string]any{"myShopifyDomain": "d.myshopify.com", "accessToken": fmt.Sprintf("shpat_d%d", i)}
			}
			in := map[string]any{"source": src, "credentialType": map[string]string{"stripe": "secret_key", "shopify": "access_token"}[src],
				"credentials": creds, "identifier": fmt.Sprintf("%s-%02d", words[rng.IntN(len(words))], i), "displayName": names[rng.IntN(len(names))]}
			if rng.IntN(2) == 0 {
				in["foreignId"] = fmt.Sprintf("u%d", rng.IntN(5))
			}
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": in}, &out)
			if rng.IntN(3) == 0 {
				s.Must(t, admin.Secret, `mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`, map[string]any{"id": out.CreateAccount.Account.ID}, &struct{}{})
			}
		}
		const list = `query($filter: String, $where: AccountWhereInput) {
		  accounts(first: 100, filter: $filter, where: $where, orderBy: [{field: IDENTIFIER}]) { edges { node { id } } } }`
		run := func(vars map[string]any) []string {
			var p struct {
				Accounts struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			s.Must(t, admin.Secret, list, vars, &p)
			var out []string
			for _, e := range p.Accounts.Edges {
				out = append(out, e.Node.ID)
			}
			return out
		}
		nonEmpty := 0
		for range 60 {
			f, w := randomExpr(rng, 3)
			got, want := run(map[string]any{"filter": f}), run(map[string]any{"where": w})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("filter %q and its where-input disagree (-where +filter):\n%s", f, diff)
			}
			if len(want) > 0 {
				nonEmpty++
			}
		}
		if nonEmpty < 20 {
			t.Errorf("only %d of 60 random expressions matched anything: the test proves little", nonEmpty)
		}
	})
}

// randomExpr returns a random filter and the where-input that means the same.
func randomExpr(rng *rand.Rand, depth int) (string, map[string]any) {
	if depth > 0 && rng.IntN(3) > 0 {
		a, wa := randomExpr(rng, depth-1)
		switch rng.IntN(3) {
		case 0:
			b, wb := randomExpr(rng, depth-1)
			return "(" + a + " and " + b + ")", map[string]any{"and": []any{wa, wb}}
		case 1:
			b, wb := randomExpr(rng, depth-1)
			return "(" + a + " or " + b + ")", map[string]any{"or": []any{wa, wb}}
		default:
			return "not " + a, map[string]any{"not": wa}
		}
	}
	letter, digit := string("abcA"[rng.IntN(4)]), fmt.Sprint(rng.IntN(10))
	atoms := []struct {
		filter string
		where  map[string]any
	}{
		{"identifier startsWith '" + letter + "'", map[string]any{"identifierHasPrefix": letter}},
		{"identifier endsWith '" + digit + "'", map[string]any{"identifierHasSuffix": digit}},
		{"identifier containsIgnoreCase 'AN'", map[string]any{"identifierContainsFold": "AN"}},
		{"identifier contains 'an'", map[string]any{"identifierContains": "an"}},
		{"identifier < 'banana'", map[string]any{"identifierLT": "banana"}},
		{"identifier >= 'c'", map[string]any{"identifierGTE": "c"}},
		{"displayName = 'alpha'", map[string]any{"displayName": "alpha"}},
		{"displayName isNull", map[string]any{"displayNameIsNil": true}},
		{"displayName isNotNull", map[string]any{"displayNameNotNil": true}},
		{"displayName containsIgnoreCase 'gam'", map[string]any{"displayNameContainsFold": "gam"}},
		{"isEnabled = true", map[string]any{"isEnabled": true}},
		{"isEnabled != true", map[string]any{"isEnabledNEQ": true}},
		{"disabledReason in {MANUAL, CREDENTIALS_REVOKED}", map[string]any{"disabledReasonIn": []string{"MANUAL", "CREDENTIALS_REVOKED"}}},
		{"disabledReason isNull", map[string]any{"disabledReasonIsNil": true}},
		{"source = shopify", map[string]any{"hasSourceWith": []any{map[string]any{"key": "shopify"}}}},
		{"foreignId isNull", map[string]any{"foreignIdIsNil": true}},
		{"foreignId in {'u1', 'u3'}", map[string]any{"foreignIdIn": []string{"u1", "u3"}}},
		{"verificationStatus = VERIFIED", map[string]any{"verificationStatus": "VERIFIED"}},
		{"createdTime > 1 hour ago", nil},
	}
	a := atoms[rng.IntN(len(atoms))]
	if a.where == nil {
		// Relative times depend on the moment they are read: compare with
		// an absolute time instead.
		ts := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339Nano)
		return "createdTime > " + ts, map[string]any{"createdTimeGT": ts}
	}
	return a.filter, a.where
}
