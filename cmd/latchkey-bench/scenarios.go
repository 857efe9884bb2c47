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

// scenario is one measured request, through Latchkey and, where it has
// one, straight from the database (the floor).
type scenario struct {
	name  string
	body  func() []byte
	floor func(ctx context.Context) error
}

const listSelection = `edges { node { id identifier source { key name } creator { kind } } } pageInfo { endCursor hasNextPage }`

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

// scenarios returns the measured requests over ds; deep is a cursor near
// the end of the environment's listing, and deepAt and deepID the row it
// stands for.
func scenarios(db *sql.DB, ds dataset, deep string, deepAt time.Time, deepID string) []scenario {
	var created atomic.Int64
	// The package's generator is safe for the load generator's goroutines.
	randomID := func() string { return ds.accountIDs[rand.IntN(len(ds.accountIDs))] }
	return []scenario{
		{
			name: "list",
			body: fixed(gqlBody(`{ accounts(first: 50, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) { `+listSelection+` } }`, nil)),
			floor: func(ctx context.Context) error {
				return drain(db.QueryContext(ctx, fmt.Sprintf(listSQL, ""), ds.env))
			},
		},
		{
			name:  "list-filter",
			body:  fixed(gqlBody(`{ accounts(limit: 50, filter: "isEnabled = true", sortBy: "createdTime:DESC") { `+listSelection+` } }`, nil)),
			floor: func(ctx context.Context) error { return drain(db.QueryContext(ctx, fmt.Sprintf(listSQL, ""), ds.env)) },
		},
		{
			name: "deep",
			body: fixed(gqlBody(`query($after: Cursor) { accounts(first: 50, after: $after, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) { `+listSelection+` } }`,
				map[string]any{"after": deep})),
			floor: func(ctx context.Context) error {
				return drain(db.QueryContext(ctx, fmt.Sprintf(listSQL, "AND (a.created_time, a.id) < ($2, $3)"), ds.env, deepAt, deepID))
			},
		},
		{
			name: "node",
			body: func() []byte {
				return gqlBody(`query($id: ID!) { node(id: $id) { id ... on Account { identifier source { key } } } }`, map[string]any{"id": randomID()})
			},
			floor: func(ctx context.Context) error {
				return drain(db.QueryContext(ctx, `SELECT a.id, a.identifier, s.key FROM accounts a JOIN sources s ON s.id = a.source_id WHERE a.id = $1 AND a.environment_id = $2`, randomID(), ds.env))
			},
		},
		{
			name: "count",
			body: fixed(gqlBody(`{ accounts(filter: "isEnabled = true and source = stripe") { totalCount } }`, nil)),
			floor: func(ctx context.Context) error {
				return drain(db.QueryContext(ctx, `SELECT count(*) FROM accounts a JOIN sources s ON s.id = a.source_id WHERE a.environment_id = $1 AND a.is_enabled AND s.key = 'stripe'`, ds.env))
			},
		},
		{
			name: "create",
			body: func() []byte {
				n := created.Add(1)
				return gqlBody(`mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`, map[string]any{"in": map[string]any{
					"source": "stripe", "credentialType": "secret_key", "identifier": fmt.Sprintf("bench-new-%d-%d", time.Now().UnixNano(), n),
					"credentials": map[string]any{"secretKey": fmt.Sprintf("sk_test_bench%d", n)},
				}})
			},
		},
	}
}
