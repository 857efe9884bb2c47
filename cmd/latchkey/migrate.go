package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/latchkey/latchkey/internal/store"
)

// migrate applies the pending versioned migrations to the PostgreSQL
// database of LATCHKEY_DATABASE_URL.
func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	url := os.Getenv("LATCHKEY_DATABASE_URL")
	if url == "" {
		fmt.Fprintln(stdout, "The embedded SQLite database needs no migrations: serve brings its schema up to date.")
		return nil
	}
	pool, err := sql.Open("postgres", url)
	if err != nil {
		return err
	}
	defer pool.Close()
	applied, err := store.Migrate(ctx, pool)
	for _, v := range applied {
		fmt.Fprintln(stdout, "applied", v)
	}
	if err != nil {
		return err
	}
	if len(applied) == 0 {
		fmt.Fprintln(stdout, "The database is up to date.")
	}
	return nil
}
