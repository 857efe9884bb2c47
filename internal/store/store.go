// Package store opens Latchkey's database: the embedded SQLite file by
// default, or PostgreSQL when a URL is given. It keeps the schema current
// (automatically on SQLite, by versioned migrations on PostgreSQL) and
// writes the built-in source catalog. The database drivers themselves
// are registered by the program (cmd/) or the tests that import them.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/privacy"
	_ "github.com/latchkey/latchkey/ent/runtime" // privacy policies and hooks
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/catalog"
)

// Config says which database to open.
type Config struct {
	// DatabaseURL is a postgres:// URL; empty means the embedded SQLite.
	DatabaseURL string
	// SQLitePath is the SQLite database file, used when DatabaseURL is empty.
	SQLitePath string
	// WrapDriver, when set, wraps the ent driver (tests use it to count
	// statements).
	WrapDriver func(dialect.Driver) dialect.Driver
	// StatementTimeout, when set, bounds every statement on PostgreSQL
	// (statement_timeout), so that no query outlives the request that
	// started it, even when its cancellation is lost on the way. A URL
	// that sets statement_timeout itself keeps it.
	StatementTimeout time.Duration
	// NoPreparedStatements sends every PostgreSQL statement unprepared,
	// as lib/pq does by default (two round trips each), instead of
	// keeping up to MaxPrepared prepared (one round trip); for
	// comparisons, and proxies that lose them
	// (LATCHKEY_PREPARED_STATEMENTS=off).
	NoPreparedStatements bool
	// MaxPrepared bounds the statements kept prepared; MaxPrepared when
	// zero.
	MaxPrepared int
}

// DB is an open database.
type DB struct {
	// Client is the ent client over the database.
	Client *ent.Client
	// SQL is the underlying pool.
	SQL *sql.DB
	// Dialect is dialect.SQLite or dialect.Postgres.
	Dialect string
}

// Close closes the pool.
func (db *DB) Close() error { return db.Client.Close() }

// Open opens the database and syncs the source catalog. An SQLite schema is
// brought up to date; a PostgreSQL one must have every migration applied
// (Migrate), and no other, or Open refuses it.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	driverName, dsn, dialectName, err := driverOf(cfg)
	if err != nil {
		return nil, err
	}
	pool, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", dialectName, err)
	}
	if dialectName == dialect.Postgres {
		pool.SetMaxOpenConns(32)
		idle := 16
		if !cfg.NoPreparedStatements {
			// A connection closed for being one idle too many would close
			// its prepared statements in the request that freed it.
			idle = 32
		}
		pool.SetMaxIdleConns(idle)
	}
	pool.SetConnMaxIdleTime(5 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.PingContext(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: reaching the %s database: %w", dialectName, err)
	}
	var drv dialect.Driver = entsql.OpenDB(dialectName, pool)
	if dialectName == dialect.Postgres {
		// Unprepared, a call still runs again when a migration undid its
		// plan.
		limit := cfg.MaxPrepared
		if limit <= 0 {
			limit = MaxPrepared
		}
		if cfg.NoPreparedStatements {
			limit = 0
		}
		drv = newPrepared(drv.(*entsql.Driver), pool, limit)
	}
	if cfg.WrapDriver != nil {
		drv = cfg.WrapDriver(drv)
	}
	db := &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: pool, Dialect: dialectName}
	if dialectName == dialect.Postgres {
		// PostgreSQL's schema moves by versioned migrations only.
		if err := checkMigrated(ctx, pool); err != nil {
			db.Close()
			return nil, err
		}
	} else if err := db.Client.Schema.Create(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: migrating the schema: %w", err)
	}
	if err := SyncCatalog(ctx, db.Client); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// driverOf returns the database/sql driver, DSN and ent dialect for cfg.
func driverOf(cfg Config) (driver, dsn, dialectName string, err error) {
	if cfg.DatabaseURL != "" {
		u, err := url.Parse(cfg.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return "", "", "", fmt.Errorf("store: LATCHKEY_DATABASE_URL must be a postgres:// URL")
		}
		// lib/pq sends parameters it does not know to the server, which
		// sets them for the session.
		q := u.Query()
		if cfg.StatementTimeout > 0 && !q.Has("statement_timeout") {
			q.Set("statement_timeout", strconv.FormatInt(cfg.StatementTimeout.Milliseconds(), 10))
		}
		if !cfg.NoPreparedStatements && !q.Has("plan_cache_mode") {
			// Prepared statements are planned for their values each time,
			// as unprepared ones are (PostgreSQL 12 and later).
			q.Set("plan_cache_mode", "force_custom_plan")
		}
		u.RawQuery = q.Encode()
		return "postgres", u.String(), dialect.Postgres, nil
	}
	if cfg.SQLitePath == "" {
		return "", "", "", fmt.Errorf("store: no database: set a SQLite path or a PostgreSQL URL")
	}
	if err := os.MkdirAll(filepath.Dir(cfg.SQLitePath), 0o700); err != nil {
		return "", "", "", fmt.Errorf("store: %w", err)
	}
	return "sqlite", SQLiteDSN(cfg.SQLitePath), dialect.SQLite, nil
}

// SQLiteDSN returns the DSN of the SQLite file at path: foreign keys on, WAL,
// writers waiting for each other rather than failing, and transactions that
// take the write lock when they begin.
func SQLiteDSN(path string) string {
	pragmas := []string{
		"foreign_keys(1)", "journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)",
	}
	q := "_txlock=immediate"
	for _, p := range pragmas {
		q += "&_pragma=" + p
	}
	return "file:" + filepath.ToSlash(path) + "?" + strings.ReplaceAll(q, " ", "")
}

// SyncCatalog writes the built-in sources, adding new ones and updating the
// names and credential types of existing ones.
func SyncCatalog(ctx context.Context, c *ent.Client) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	for _, s := range catalog.Catalog() {
		err := c.Source.Create().
			SetKey(s.Key).
			SetName(s.Name).
			SetCredentialTypes(s.CredentialTypes).
			OnConflict(entsql.ConflictColumns(source.FieldKey), entsql.ConflictWhere(entsql.IsNull(source.FieldEnvironmentID))).
			UpdateName().
			UpdateCredentialTypes().
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("store: syncing source %s: %w", s.Key, err)
		}
	}
	return nil
}

// Execer runs a statement; ent's clients and transactions are Execers.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// SetQuietly sets columns of the table's rows that match where and returns
// how many it changed. It bypasses the generated builders, so their hooks
// and defaults (such as updated_time) and the privacy policy do not apply:
// it is for bookkeeping that is not a change of the object, by code that
// checked its caller's rights already.
func SetQuietly(ctx context.Context, exec Execer, dialectName, table string, set map[string]any, where *entsql.Predicate) (int64, error) {
	u := entsql.Dialect(dialectName).Update(table).Where(where)
	for _, col := range slices.Sorted(maps.Keys(set)) {
		u.Set(col, set[col])
	}
	query, args := u.Query()
	res, err := exec.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("store: updating %s: %w", table, err)
	}
	return res.RowsAffected()
}

// Ready returns an error unless the database answers and holds the schema
// this Latchkey expects: on PostgreSQL every migration, and no other.
func (db *DB) Ready(ctx context.Context) error {
	if err := db.SQL.PingContext(ctx); err != nil {
		return fmt.Errorf("the database does not answer")
	}
	if db.Dialect == dialect.Postgres {
		if err := checkMigrated(ctx, db.SQL); err != nil {
			return fmt.Errorf("the schema is not the expected one: %w", err)
		}
	}
	n, err := db.Client.Source.Query().Count(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return fmt.Errorf("the database does not answer")
	}
	if n == 0 {
		return fmt.Errorf("the source catalog is missing")
	}
	return nil
}
