package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"time"

	"github.com/lib/pq"

	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/store"
)

// dataset is what the seed wrote.
type dataset struct {
	url        string   // the benchmark database
	env        string   // the environment the scenarios read
	accountIDs []string // that environment's accounts
	stripeID   string   // the built-in Stripe source
}

// createDatabase makes a fresh, migrated database on the server of admin
// and returns its URL and a function that drops it.
func createDatabase(ctx context.Context, admin string) (string, func(), error) {
	pool, err := sql.Open("postgres", admin)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("latchkey_bench_%d", time.Now().Unix())
	if _, err := pool.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		pool.Close()
		return "", nil, err
	}
	drop := func() {
		_, _ = pool.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		pool.Close()
	}
	u, err := url.Parse(admin)
	if err != nil {
		drop()
		return "", nil, err
	}
	u.Path = "/" + name
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		drop()
		return "", nil, err
	}
	defer db.Close()
	if _, err := store.Migrate(ctx, db); err != nil {
		drop()
		return "", nil, err
	}
	return u.String(), drop, nil
}

// seed writes n accounts spread over envs environments, the built-in
// sources and both creator kinds, one in ten disabled, with COPY. The
// environments and creators come first; keys are made by the caller.
func seed(ctx context.Context, dbURL string, n, envs int, envIDs []string, apiCreators []string) (dataset, error) {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		return dataset{}, err
	}
	defer db.Close()
	var sourceIDs []string
	ds := dataset{url: dbURL, env: envIDs[0]}
	rows, err := db.QueryContext(ctx, `SELECT id, key FROM sources ORDER BY key`)
	if err != nil {
		return dataset{}, err
	}
	for rows.Next() {
		var id, key string
		if err := rows.Scan(&id, &key); err != nil {
			rows.Close()
			return dataset{}, err
		}
		sourceIDs = append(sourceIDs, id)
		if key == "stripe" {
			ds.stripeID = id
		}
	}
	rows.Close()
	credentialTypes := map[int]string{0: "access_token", 1: "access_token", 2: "secret_key", 3: "refresh_token"}

	// One UI creator per environment, beside the API creator of its key.
	uiCreators := make([]string, envs)
	now := time.Now().UTC()
	for e := range envs {
		uiCreators[e] = ids.New("crt")
		if _, err := db.ExecContext(ctx, `INSERT INTO creators (id, created_time, updated_time, kind, person_id, environment_id) VALUES ($1, $2, $2, 'UI', 'person-bench', $3)`,
			uiCreators[e], now, envIDs[e]); err != nil {
			return dataset{}, err
		}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return dataset{}, err
	}
	stmt, err := tx.Prepare(pq.CopyIn("accounts", "id", "created_time", "updated_time", "credential_type", "credentials",
		"identifier", "identifier_kind", "display_name", "is_enabled", "disabled_reason", "verification_status",
		"verify_failures", "environment_id", "source_id", "creator_id"))
	if err != nil {
		return dataset{}, err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	start := now.Add(-time.Duration(n) * time.Second)
	for i := range n {
		e := i % envs
		src := rng.IntN(len(sourceIDs))
		id := ids.New("acc")
		creator := apiCreators[e]
		// Per environment: a third made by a person, a tenth disabled.
		if (i/envs)%3 == 0 {
			creator = uiCreators[e]
		}
		enabled, reason := true, any(nil)
		if (i/envs)%10 == 0 {
			enabled, reason = false, "CREDENTIALS_REVOKED"
		}
		at := start.Add(time.Duration(i) * time.Second)
		if _, err := stmt.ExecContext(ctx, id, at, at, credentialTypes[src%4], []byte{0}, fmt.Sprintf("acct-%07d", i), "CUSTOM",
			fmt.Sprintf("Account %d", i), enabled, reason, "VERIFIED", 0, envIDs[e], sourceIDs[src], creator); err != nil {
			return dataset{}, err
		}
		if e == 0 {
			ds.accountIDs = append(ds.accountIDs, id)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return dataset{}, err
	}
	if err := stmt.Close(); err != nil {
		return dataset{}, err
	}
	if err := tx.Commit(); err != nil {
		return dataset{}, err
	}
	// Vacuumed now, the fresh rows set no autovacuum off during the runs.
	_, err = db.ExecContext(ctx, `VACUUM ANALYZE`)
	return ds, err
}
