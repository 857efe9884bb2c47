// Package testenv runs Latchkey for tests: a real HTTP server over a fresh
// database, once on SQLite and once on PostgreSQL, with a client that speaks
// GraphQL to it and a counter of the SQL statements it runs.
package testenv

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	_ "github.com/lib/pq"  // PostgreSQL driver
	_ "modernc.org/sqlite" // SQLite driver

	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/store"
)

// PostgresEnv names the variable holding the URL of a PostgreSQL server
// where tests may create databases. "skip" runs the tests on SQLite only.
const PostgresEnv = "LATCHKEY_TEST_POSTGRES_URL"

// DefaultPostgresURL is used when PostgresEnv is unset.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Backend is a kind of database the tests run against.
type Backend struct {
	// Name is "sqlite" or "postgres".
	Name string
	// Config returns the store configuration of a fresh, empty database,
	// removed when the test ends.
	Config func(t testing.TB) store.Config
}

// Backends returns SQLite and PostgreSQL; only SQLite when PostgresEnv is
// "skip", or when it is unset and no PostgreSQL answers at
// DefaultPostgresURL (said once, on standard error). When PostgresEnv
// names a server, as CI sets it, that server must answer.
func Backends() []Backend {
	backends := []Backend{{Name: "sqlite", Config: sqliteConfig}}
	if postgresWanted() {
		backends = append(backends, Backend{Name: "postgres", Config: postgresConfig})
	}
	return backends
}

var (
	wantedOnce sync.Once
	wanted     bool
)

// postgresWanted reports whether tests run on PostgreSQL too.
func postgresWanted() bool {
	wantedOnce.Do(func() {
		switch os.Getenv(PostgresEnv) {
		case "skip":
		case "":
			db, err := sql.Open("postgres", DefaultPostgresURL)
			if err == nil {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				err = db.PingContext(ctx)
				cancel()
				db.Close()
			}
			if wanted = err == nil; !wanted {
				fmt.Fprintf(os.Stderr, "testenv: no PostgreSQL answers at %s, so the tests run on SQLite only; "+
					"set %s to a server's URL to run them on PostgreSQL too\n", DefaultPostgresURL, PostgresEnv)
			}
		default:
			wanted = true
		}
	})
	return wanted
}

func sqliteConfig(t testing.TB) store.Config {
	return store.Config{SQLitePath: filepath.Join(t.TempDir(), "latchkey.db")}
}

var (
	adminOnce sync.Once
	admin     *sql.DB
	adminErr  error
	adminURL  string
)

// postgresConfig creates a migrated database of its own for the test.
func postgresConfig(t testing.TB) store.Config {
	url := PostgresDatabase(t)
	pool, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, err := store.Migrate(context.Background(), pool); err != nil {
		t.Fatalf("migrating the test database: %v", err)
	}
	return store.Config{DatabaseURL: url}
}

// PostgresDatabase creates an empty PostgreSQL database for the test,
// dropped when it ends, and returns its URL. The test is skipped when
// PostgresEnv is "skip".
func PostgresDatabase(t testing.TB) string {
	if !postgresWanted() {
		t.Skipf("PostgreSQL is not set up for the tests (%s)", PostgresEnv)
	}
	adminOnce.Do(func() {
		adminURL = os.Getenv(PostgresEnv)
		if adminURL == "" {
			adminURL = DefaultPostgresURL
		}
		admin, adminErr = sql.Open("postgres", adminURL)
		if adminErr == nil {
			adminErr = admin.Ping()
		}
	})
	if adminErr != nil {
		t.Fatalf("PostgreSQL is needed at %s (set %s, or %s=skip for SQLite only): %v", adminURL, PostgresEnv, PostgresEnv, adminErr)
	}
	name := "latchkey_test_" + strings.ToLower(strings.TrimPrefix(ids.New("db"), "db_"))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("creating test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(adminURL)
	if err != nil {
		t.Fatalf("parsing %s: %v", PostgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

// Counter counts the SQL statements that a driver runs.
type Counter struct {
	mu      sync.Mutex
	n       int
	queries []string
}

// Wrap returns drv, counting every statement it runs.
func (c *Counter) Wrap(drv dialect.Driver) dialect.Driver {
	return dialect.DebugWithContext(drv, func(_ context.Context, args ...any) {
		msg := fmt.Sprint(args...)
		if !strings.Contains(msg, ".Query") && !strings.Contains(msg, ".Exec") {
			return
		}
		query, _, _ := strings.Cut(msg, " args=")
		c.mu.Lock()
		c.n++
		c.queries = append(c.queries, query)
		c.mu.Unlock()
	})
}

// Reset sets the count to zero.
func (c *Counter) Reset() {
	c.mu.Lock()
	c.n, c.queries = 0, nil
	c.mu.Unlock()
}

// Count returns the statements run since the last Reset, and their SQL.
func (c *Counter) Count() (int, []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n, append([]string(nil), c.queries...)
}

// Rebind writes the ? placeholders of query as $1, $2… for PostgreSQL
// (backend "postgres"), for tests that write SQL of their own.
func Rebind(backend, query string) string {
	if backend != "postgres" {
		return query
	}
	for i := 1; strings.Contains(query, "?"); i++ {
		query = strings.Replace(query, "?", "$"+strconv.Itoa(i), 1)
	}
	return query
}
