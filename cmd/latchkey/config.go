package main

import (
	"context"

	"entgo.io/ent/dialect"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/verify"
)

// storage holds the settings shared by every command that opens the database.
type storage struct {
	dataDir     string
	databaseURL string
	masterKey   string
}

// addFlags registers --data-dir, defaulting to LATCHKEY_DATA_DIR or ./data,
// and reads LATCHKEY_DATABASE_URL and LATCHKEY_MASTER_KEY.
func (s *storage) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&s.dataDir, "data-dir", envOr("LATCHKEY_DATA_DIR", "./data"), "folder of the SQLite database and the master key file (env LATCHKEY_DATA_DIR)")
	s.databaseURL = os.Getenv("LATCHKEY_DATABASE_URL")
	s.masterKey = os.Getenv("LATCHKEY_MASTER_KEY")
}

// open opens the database and the credentials key ring; wrap, when not
// nil, wraps the database driver.
func (s *storage) open(ctx context.Context, wrap func(dialect.Driver) dialect.Driver) (*store.DB, *vault.Keyring, error) {
	var keys [][]byte
	var err error
	if s.masterKey != "" {
		keys, err = vault.ParseKeys(s.masterKey)
	} else {
		keys, err = vault.LoadOrCreateKeyFile(filepath.Join(s.dataDir, "master.key"))
	}
	if err != nil {
		return nil, nil, err
	}
	keyring, err := vault.NewKeyring(keys...)
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, store.Config{
		DatabaseURL: s.databaseURL,
		SQLitePath:  filepath.Join(s.dataDir, "latchkey.db"),
		WrapDriver:  wrap,
	})
	if err != nil {
		return nil, nil, err
	}
	return db, keyring, nil
}

// describe says where the data lives, without credentials.
func (s *storage) describe() string {
	if s.databaseURL != "" {
		return "PostgreSQL"
	}
	return "SQLite at " + filepath.Join(s.dataDir, "latchkey.db")
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// newLogger returns the process logger writing to w: JSON when
// LATCHKEY_LOG_FORMAT=json, else text.
func newLogger(w io.Writer) (*slog.Logger, error) {
	switch format := envOr("LATCHKEY_LOG_FORMAT", "text"); format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	default:
		return nil, fmt.Errorf("LATCHKEY_LOG_FORMAT must be text or json, not %q", format)
	}
}

// verifyConfig reads the sources' base URLs (LATCHKEY_SOURCE_<KEY>_URL and
// LATCHKEY_XERO_IDENTITY_URL) and the timeout (LATCHKEY_VERIFY_TIMEOUT).
func verifyConfig() (verify.Config, error) {
	cfg := verify.Config{BaseURLs: map[string]string{}, XeroIdentityURL: os.Getenv("LATCHKEY_XERO_IDENTITY_URL")}
	for _, s := range catalog.Catalog() {
		if u := os.Getenv("LATCHKEY_SOURCE_" + strings.ToUpper(s.Key) + "_URL"); u != "" {
			cfg.BaseURLs[s.Key] = strings.TrimRight(u, "/")
		}
	}
	if t := os.Getenv("LATCHKEY_VERIFY_TIMEOUT"); t != "" {
		d, err := time.ParseDuration(t)
		if err != nil || d <= 0 {
			return cfg, fmt.Errorf("LATCHKEY_VERIFY_TIMEOUT must be a duration such as 10s, not %q", t)
		}
		cfg.Timeout = d
	}
	return cfg, nil
}

// reverifyConfig reads the re-verifier's settings: LATCHKEY_REVERIFY_INTERVAL
// (how long after a successful verification an account is checked again;
// default 24h, 0 turns re-verification off), LATCHKEY_REVERIFY_TICK and
// LATCHKEY_REVERIFY_CONCURRENCY.
func reverifyConfig() (reverify.Config, time.Duration, error) {
	var cfg reverify.Config
	interval := 24 * time.Hour
	for _, d := range []struct {
		name string
		dst  *time.Duration
	}{{"LATCHKEY_REVERIFY_INTERVAL", &interval}, {"LATCHKEY_REVERIFY_TICK", &cfg.Tick}} {
		if v := os.Getenv(d.name); v != "" {
			parsed, err := time.ParseDuration(v)
			if err != nil || parsed < 0 {
				return cfg, 0, fmt.Errorf("%s must be a duration such as 30s or 24h, not %q", d.name, v)
			}
			*d.dst = parsed
		}
	}
	if v := os.Getenv("LATCHKEY_REVERIFY_CONCURRENCY"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 256 {
			return cfg, 0, fmt.Errorf("LATCHKEY_REVERIFY_CONCURRENCY must be a number from 1 to 256, not %q", v)
		}
		cfg.Concurrency = n
	}
	return cfg, interval, nil
}

// limitsConfig reads the request limits: LATCHKEY_MAX_COMPLEXITY,
// LATCHKEY_MAX_DEPTH, LATCHKEY_MAX_ALIASES, LATCHKEY_MAX_OPERATIONS, LATCHKEY_INTROSPECTION=off,
// LATCHKEY_SUGGESTIONS=off and LATCHKEY_REQUEST_TIMEOUT.
func limitsConfig() (graph.Limits, time.Duration, error) {
	var l graph.Limits
	for _, v := range []struct {
		name string
		dst  *int
	}{{"LATCHKEY_MAX_COMPLEXITY", &l.Complexity}, {"LATCHKEY_MAX_DEPTH", &l.Depth}, {"LATCHKEY_MAX_ALIASES", &l.Aliases}, {"LATCHKEY_MAX_OPERATIONS", &l.Operations}} {
		if s := os.Getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return l, 0, fmt.Errorf("%s must be a positive number, not %q", v.name, s)
			}
			*v.dst = n
		}
	}
	l.NoIntrospection = os.Getenv("LATCHKEY_INTROSPECTION") == "off"
	l.NoSuggestions = os.Getenv("LATCHKEY_SUGGESTIONS") == "off"
	var timeout time.Duration
	if s := os.Getenv("LATCHKEY_REQUEST_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return l, 0, fmt.Errorf("LATCHKEY_REQUEST_TIMEOUT must be a duration such as 30s, not %q", s)
		}
		timeout = d
	}
	return l, timeout, nil
}

// rateConfig reads LATCHKEY_RATE_LIMIT_<LEVEL> (such as
// LATCHKEY_RATE_LIMIT_FULL_ACCESS) and LATCHKEY_RATE_LIMIT_ANONYMOUS, each
// "requests per second/burst" such as "50/100"; "0" turns a limit off.
func rateConfig() (*ratelimit.Config, error) {
	cfg := ratelimit.Defaults()
	parse := func(name string, dst *ratelimit.Rate) error {
		v := os.Getenv(name)
		if v == "" {
			return nil
		}
		perSecond, burst, _ := strings.Cut(v, "/")
		r, err := strconv.ParseFloat(perSecond, 64)
		b := int(math.Ceil(r))
		if err == nil && burst != "" {
			b, err = strconv.Atoi(burst)
		}
		if err != nil || r < 0 || b < 0 {
			return fmt.Errorf("%s must be a rate and a burst such as 50/100, not %q", name, v)
		}
		*dst = ratelimit.Rate{PerSecond: r, Burst: max(b, 1)}
		return nil
	}
	for _, p := range auth.Permissions() {
		r := cfg.ByPermission[p]
		if err := parse("LATCHKEY_RATE_LIMIT_"+string(p), &r); err != nil {
			return nil, err
		}
		cfg.ByPermission[p] = r
	}
	if err := parse("LATCHKEY_RATE_LIMIT_ANONYMOUS", &cfg.Anonymous); err != nil {
		return nil, err
	}
	return &cfg, nil
}
