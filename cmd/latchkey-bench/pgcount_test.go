package main

import (
	"context"
	"database/sql"
	"testing"

	"github.com/latchkey/latchkey/internal/testenv"
)

// TestStatementCounter counts, through the proxy, what lib/pq sends for
// plain and parameterized queries and a transaction, on a real PostgreSQL.
func TestStatementCounter(t *testing.T) {
	ctx := context.Background()
	counter, proxied, err := countStatements(testenv.PostgresDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", proxied)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		t.Fatal(err)
	}
	before := counter.Count()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT 1`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT $1::int + $2::int`, 2, 3).Scan(&n); err != nil || n != 5 {
		t.Fatalf("the proxied query answered %d, %v", n, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `SELECT $1::text`, "x"); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	// SELECT 1, the parameterized SELECT, then BEGIN, SELECT and COMMIT.
	if got := counter.Count() - before; got != 5 {
		t.Fatalf("counted %d statements, want 5", got)
	}
	db.Close()
	counter.Close()
}
