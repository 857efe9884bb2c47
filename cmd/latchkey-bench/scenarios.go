package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"time"
)

// scenario is one measured request: through Latchkey, through PostGraphile
// where it has an equivalent, and straight from the database (the floor)
// where there is one.
type scenario struct {
	name         string
	latchkey     func() []byte
	postgraphile func() []byte
	floor        func(ctx context.Context, db *sql.DB) error
}

// The list page a dashboard asks for, in each server's schema.
const (
	latchkeySelection     = `edges { node { id identifier source { key name } creator { kind } } } pageInfo { endCursor hasNextPage }`
	postgraphileSelection = `edges { node { rowId identifier sourceBySourceId { key name } creatorByCreatorId { kind } } } pageInfo { endCursor hasNextPage }`
	latchkeyOrder         = `where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]`
	postgraphileOrder     = `condition: {environmentId: $env, isEnabled: true}, orderBy: [CREATED_TIME_DESC, ROW_ID_DESC]`
)

// listSQL reads the page the list scenario asks for, as one statement.
const listSQL = `SELECT a.id, a.identifier, s.key, s.name, c.kind
	FROM accounts a JOIN sources s ON s.id = a.source_id JOIN creators c ON c.id = a.creator_id
	WHERE a.environment_id = $1 AND a.is_enabled %s
	ORDER BY a.created_time DESC, a.id DESC LIMIT 51`

func gqlBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

func fixed(b []byte) func() []byte { return func() []byte { return b } }

func drain(rows *sql.Rows, err error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}

// deepPage is the page of the deep scenario: the last page of the listing,
// through each server's cursor, and the row before it for the floor.
type deepPage struct {
	latchkey, postgraphile string
	at                     time.Time
	id                     string
}

// scenarios returns the measured requests over ds.
func scenarios(ds dataset, deep deepPage) []scenario {
	var created atomic.Int64
	env := map[string]any{"env": ds.env}
	// The package's generator is safe for the load generator's goroutines.
	randomID := func() string { return ds.accountIDs[rand.IntN(len(ds.accountIDs))] }
	listFloor := func(ctx context.Context, db *sql.DB) error {
		return drain(db.QueryContext(ctx, fmt.Sprintf(listSQL, ""), ds.env))
	}
	return []scenario{
		{
			name:         "list",
			latchkey:     fixed(gqlBody(`{ accounts(first: 50, `+latchkeyOrder+`) { `+latchkeySelection+` } }`, nil)),
			postgraphile: fixed(gqlBody(`query($env: String!) { allAccounts(first: 50, `+postgraphileOrder+`) { `+postgraphileSelection+` } }`, env)),
			floor:        listFloor,
		},
		{
			name:     "list-filter",
			latchkey: fixed(gqlBody(`{ accounts(limit: 50, filter: "isEnabled = true", sortBy: "createdTime:DESC") { `+latchkeySelection+` } }`, nil)),
			postgraphile: fixed(gqlBody(`query($env: String!) { allAccounts(first: 50, filter: {environmentId: {equalTo: $env}, isEnabled: {equalTo: true}}, orderBy: [CREATED_TIME_DESC, ROW_ID_DESC]) { `+postgraphileSelection+` } }`,
				env)),
			floor: listFloor,
		},
		{
			name: "deep",
			latchkey: fixed(gqlBody(`query($after: Cursor) { accounts(first: 50, after: $after, `+latchkeyOrder+`) { `+latchkeySelection+` } }`,
				map[string]any{"after": deep.latchkey})),
			postgraphile: fixed(gqlBody(`query($env: String!, $after: Cursor) { allAccounts(first: 50, after: $after, `+postgraphileOrder+`) { `+postgraphileSelection+` } }`,
				map[string]any{"env": ds.env, "after": deep.postgraphile})),
			floor: func(ctx context.Context, db *sql.DB) error {
				return drain(db.QueryContext(ctx, fmt.Sprintf(listSQL, "AND (a.created_time, a.id) < ($2, $3)"), ds.env, deep.at, deep.id))
			},
		},
		{
			name: "node",
			latchkey: func() []byte {
				return gqlBody(`query($id: ID!) { node(id: $id) { id ... on Account { identifier source { key } } } }`, map[string]any{"id": randomID()})
			},
			postgraphile: func() []byte {
				return gqlBody(`query($id: String!) { accountByRowId(rowId: $id) { rowId identifier sourceBySourceId { key } } }`, map[string]any{"id": randomID()})
			},
			floor: func(ctx context.Context, db *sql.DB) error {
				return drain(db.QueryContext(ctx, `SELECT a.id, a.identifier, s.key FROM accounts a JOIN sources s ON s.id = a.source_id WHERE a.id = $1 AND a.environment_id = $2`, randomID(), ds.env))
			},
		},
		{
			name:     "count",
			latchkey: fixed(gqlBody(`{ accounts(filter: "isEnabled = true and source = stripe") { totalCount } }`, nil)),
			postgraphile: fixed(gqlBody(`query($env: String!, $source: String!) { allAccounts(condition: {environmentId: $env, isEnabled: true, sourceId: $source}) { totalCount } }`,
				map[string]any{"env": ds.env, "source": ds.stripeID})),
			floor: func(ctx context.Context, db *sql.DB) error {
				return drain(db.QueryContext(ctx, `SELECT count(*) FROM accounts a JOIN sources s ON s.id = a.source_id WHERE a.environment_id = $1 AND a.is_enabled AND s.key = 'stripe'`, ds.env))
			},
		},
		{
			// PostGraphile would insert the row without calling the source.
			name: "create",
			latchkey: func() []byte {
				n := created.Add(1)
				return gqlBody(`mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`, map[string]any{"in": map[string]any{
					"source": "stripe", "credentialType": "secret_key", "identifier": fmt.Sprintf("bench-new-%d-%d", time.Now().UnixNano(), n),
					"credentials": map[string]any{"secretKey": fmt.Sprintf("sk_test_bench%d", n)},
				}})
			},
		},
	}
}
