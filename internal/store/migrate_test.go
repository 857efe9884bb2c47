package store_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent/environment"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestMigrationsUpgradeADatabaseWithData creates a database with the oldest
// migration, puts data in it, applies the rest, and reads the data back
// through the current schema.
func TestMigrationsUpgradeADatabaseWithData(t *testing.T) {
	ctx := context.Background()
	url := testenv.PostgresDatabase(t)
	pool, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()

	if _, err := store.Open(ctx, store.Config{DatabaseURL: url}); err == nil || !strings.Contains(err.Error(), "latchkey migrate") {
		t.Fatalf("opening an unmigrated database: %v, want a refusal naming latchkey migrate", err)
	}
	versions, err := store.Versions()
	if err != nil || len(versions) == 0 {
		t.Fatalf("versions: %v, %v", versions, err)
	}
	if err := store.MigrateTo(ctx, pool, versions[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(`INSERT INTO environments (id, created_time, updated_time, name, slug) VALUES ('env_old', now(), now(), 'Old', 'old')`); err != nil {
		t.Fatalf("writing data at the oldest version: %v", err)
	}
	applied, err := store.Migrate(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != len(versions)-1 {
		t.Errorf("applied %v after the oldest, want the other %d", applied, len(versions)-1)
	}
	if again, err := store.Migrate(ctx, pool); err != nil || len(again) != 0 {
		t.Errorf("migrating twice applied %v, %v", again, err)
	}
	db, err := store.Open(ctx, store.Config{DatabaseURL: url})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	env, err := db.Client.Environment.Query().Where(environment.Slug("old")).Only(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil || env.ID != "env_old" {
		t.Errorf("the data written at the oldest version: %v, %v", env, err)
	}
	if err := db.Ready(ctx); err != nil {
		t.Errorf("a migrated database is not ready: %v", err)
	}

	// A database migrated by a newer Latchkey is refused.
	if _, err := pool.Exec(`INSERT INTO latchkey_schema_revisions (version, type, hash, data) VALUES ('99990101000000', 2, 'x', '{"Version":"99990101000000"}')`); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(ctx, store.Config{DatabaseURL: url}); err == nil {
		t.Error("a database with a migration this Latchkey does not know was accepted")
	}
	if err := db.Ready(ctx); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("a running server over a database migrated by a newer Latchkey is ready: %v", err)
	}
}
