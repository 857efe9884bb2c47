package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	atlas "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"

	"github.com/latchkey/latchkey/internal/store/migrations"
)

// revisionsTable records the migrations applied to a PostgreSQL database.
const revisionsTable = "latchkey_schema_revisions"

// Migrate applies the pending versioned migrations to the PostgreSQL
// database of pool and returns their versions.
func Migrate(ctx context.Context, pool *sql.DB) ([]string, error) {
	ex, err := executor(ctx, pool)
	if err != nil {
		return nil, err
	}
	pending, err := ex.Pending(ctx)
	if errors.Is(err, atlas.ErrNoPendingFiles) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: reading the migrations: %w", err)
	}
	var applied []string
	for _, f := range pending {
		if err := ex.Execute(ctx, f); err != nil {
			return applied, fmt.Errorf("store: applying migration %s: %w", f.Version(), err)
		}
		applied = append(applied, f.Version())
	}
	return applied, nil
}

// MigrateTo applies the pending migrations up to and including version.
func MigrateTo(ctx context.Context, pool *sql.DB, version string) error {
	ex, err := executor(ctx, pool)
	if err != nil {
		return err
	}
	if err := ex.ExecuteTo(ctx, version); err != nil && !errors.Is(err, atlas.ErrNoPendingFiles) {
		return fmt.Errorf("store: migrating to %s: %w", version, err)
	}
	return nil
}

// Versions returns the versions of the embedded migrations, oldest first.
func Versions() ([]string, error) {
	dir, err := embeddedDir()
	if err != nil {
		return nil, err
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	var vs []string
	for _, f := range files {
		vs = append(vs, f.Version())
	}
	return vs, nil
}

// checkMigrated returns an error unless every embedded migration, and no
// other, has been applied to the database.
func checkMigrated(ctx context.Context, pool *sql.DB) error {
	ex, err := executor(ctx, pool)
	if err != nil {
		return err
	}
	known, err := Versions()
	if err != nil {
		return err
	}
	applied, err := revisions{pool}.ReadRevisions(ctx)
	if err != nil {
		return fmt.Errorf("store: reading the applied migrations: %w", err)
	}
	for _, rev := range applied {
		if !slices.Contains(known, rev.Version) {
			return fmt.Errorf("store: the database has migration %s, which this Latchkey does not know: it was migrated by a newer one", rev.Version)
		}
	}
	pending, err := ex.Pending(ctx)
	switch {
	case errors.Is(err, atlas.ErrNoPendingFiles):
		return nil
	case err != nil:
		return fmt.Errorf("store: the database's schema is not one this Latchkey knows (%v); is it newer?", err)
	default:
		return fmt.Errorf("store: the database lacks %d migration(s), from %s: run `latchkey migrate`", len(pending), pending[0].Version())
	}
}

func executor(ctx context.Context, pool *sql.DB) (*atlas.Executor, error) {
	if _, err := pool.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+revisionsTable+` (
		version text PRIMARY KEY, type integer NOT NULL, hash text NOT NULL, partial_hashes jsonb, data jsonb NOT NULL)`); err != nil {
		return nil, fmt.Errorf("store: creating the revisions table: %w", err)
	}
	drv, err := postgres.Open(pool)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	dir, err := embeddedDir()
	if err != nil {
		return nil, err
	}
	// The revisions table lives beside the schema, so the database is never
	// "clean" in Atlas's sense: the revisions, not emptiness, tell what ran.
	ex, err := atlas.NewExecutor(drv, dir, revisions{pool}, atlas.WithOperatorVersion("latchkey"), atlas.WithAllowDirty(true))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return ex, nil
}

// embeddedDir returns the embedded migrations as an Atlas directory.
func embeddedDir() (atlas.Dir, error) {
	dir := atlas.OpenMemDir("latchkey")
	err := fs.WalkDir(migrations.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := migrations.FS.ReadFile(path)
		if err != nil {
			return err
		}
		return dir.WriteFile(path, b)
	})
	if err != nil {
		return nil, fmt.Errorf("store: reading the embedded migrations: %w", err)
	}
	if err := atlas.Validate(dir); err != nil {
		return nil, fmt.Errorf("store: the embedded migrations do not match atlas.sum: %w", err)
	}
	return dir, nil
}

// revisions stores Atlas's revisions in revisionsTable.
type revisions struct{ db *sql.DB }

// Ident names the revisions table.
func (r revisions) Ident() *atlas.TableIdent { return &atlas.TableIdent{Name: revisionsTable} }

// ReadRevisions returns every revision, oldest first.
func (r revisions) ReadRevisions(ctx context.Context) ([]*atlas.Revision, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT type, hash, partial_hashes, data FROM `+revisionsTable+` ORDER BY version`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*atlas.Revision
	for rows.Next() {
		rev, err := scanRevision(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, rev)
	}
	return out, rows.Err()
}

// ReadRevision returns the revision of version.
func (r revisions) ReadRevision(ctx context.Context, version string) (*atlas.Revision, error) {
	rev, err := scanRevision(r.db.QueryRowContext(ctx, `SELECT type, hash, partial_hashes, data FROM `+revisionsTable+` WHERE version = $1`, version))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, atlas.ErrRevisionNotExist
	}
	return rev, err
}

// WriteRevision saves a revision.
func (r revisions) WriteRevision(ctx context.Context, rev *atlas.Revision) error {
	// The revision's type marshals as text but reads back only as a number:
	// it has a column of its own.
	plain := *rev
	plain.Type = 0
	data, err := json.Marshal(plain)
	if err != nil {
		return err
	}
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	delete(fields, "Type")
	if data, err = json.Marshal(fields); err != nil {
		return err
	}
	partial, err := json.Marshal(rev.PartialHashes)
	if err != nil {
		return err
	}
	_, err = r.db.ExecContext(ctx, `INSERT INTO `+revisionsTable+` (version, type, hash, partial_hashes, data) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (version) DO UPDATE SET type = EXCLUDED.type, hash = EXCLUDED.hash, partial_hashes = EXCLUDED.partial_hashes, data = EXCLUDED.data`,
		rev.Version, int(rev.Type), rev.Hash, string(partial), string(data))
	return err
}

// DeleteRevision deletes the revision of version.
func (r revisions) DeleteRevision(ctx context.Context, version string) error {
	_, err := r.db.ExecContext(ctx, `DELETE FROM `+revisionsTable+` WHERE version = $1`, version)
	return err
}

func scanRevision(row interface{ Scan(...any) error }) (*atlas.Revision, error) {
	var typ int
	var hash string
	var partial, data []byte
	if err := row.Scan(&typ, &hash, &partial, &data); err != nil {
		return nil, err
	}
	rev := &atlas.Revision{}
	if err := json.Unmarshal(data, rev); err != nil {
		return nil, err
	}
	rev.Type, rev.Hash = atlas.RevisionType(typ), hash
	if len(partial) > 0 && !strings.EqualFold(string(partial), "null") {
		if err := json.Unmarshal(partial, &rev.PartialHashes); err != nil {
			return nil, err
		}
	}
	return rev, nil
}
