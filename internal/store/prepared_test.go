package store_test

import (
	"context"
	"testing"

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
			// Several reads, so that every pooled connection runs one.
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
