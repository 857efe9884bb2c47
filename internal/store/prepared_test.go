package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestPreparedStatementsOutliveASchemaChange reads through the prepared
// statements of a PostgreSQL pool, changes the type of a column they
// return (as a newer process's migration may), and reads again: the
// statements PostgreSQL no longer runs are prepared anew, and no read
// fails.
func TestPreparedStatementsOutliveASchemaChange(t *testing.T) {
	for _, b := range testenv.Backends() {
		if b.Name != "postgres" {
			continue
		}
		ctx := context.Background()
		db, err := store.Open(ctx, b.Config(t))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		read := func() {
			t.Helper()
			for range 8 {
				if _, err := db.Client.Source.Query().Where(source.Key("stripe")).Only(sys); err != nil {
					t.Fatalf("reading a source: %v", err)
				}
			}
		}
		read()
		if _, err := db.SQL.ExecContext(ctx, `ALTER TABLE sources ALTER COLUMN name TYPE text`); err != nil {
			t.Fatal(err)
		}
		read()
	}
}

// TestPreparedStatementsUnderChurn reads and writes from many goroutines
// through a set of two prepared statements, with more texts than it
// holds, while the table they read changes shape again and again: no
// call fails, whether its statement is kept, dropped under it, or never
// kept, and with preparing off.
func TestPreparedStatementsUnderChurn(t *testing.T) {
	for _, b := range testenv.Backends() {
		if b.Name != "postgres" {
			continue
		}
		for _, off := range []bool{false, true} {
			cfg := b.Config(t)
			cfg.MaxPrepared = 2
			cfg.NoPreparedStatements = off
			churn(t, cfg)
		}
	}
}

// churn runs TestPreparedStatementsUnderChurn's calls and schema changes
// on a database opened with cfg.
func churn(t *testing.T, cfg store.Config) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for g := range 8 {
		wg.Go(func() {
			for i := range 60 {
				// Four texts: LIMIT is written into each.
				if _, err := db.Client.Source.Query().Where(source.Key("stripe")).Limit(1 + (g+i)%4).All(sys); err != nil {
					errs <- err
				}
				if err := db.Client.Source.Update().Where(source.Key("no-such-source")).SetName("x").Exec(sys); err != nil {
					errs <- err
				}
			}
		})
	}
	for i := range 6 {
		typ := []string{"text", "character varying"}[i%2]
		if _, err := db.SQL.ExecContext(ctx, `ALTER TABLE sources ALTER COLUMN name TYPE `+typ); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("a call failed: %v", err)
	}
}
