package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// storage holds the settings shared by every command that opens the database.
type storage struct {
	dataDir     string
	databaseURL string
	masterKey   string
	// statementTimeout bounds each PostgreSQL statement; zero for none.
	statementTimeout time.Duration
	// unprepared sends PostgreSQL statements unprepared
	// (LATCHKEY_PREPARED_STATEMENTS=off).
	unprepared bool
}

// addFlags registers --data-dir, defaulting to LATCHKEY_DATA_DIR or ./data,
// and reads LATCHKEY_DATABASE_URL, LATCHKEY_MASTER_KEY and
// LATCHKEY_PREPARED_STATEMENTS.
func (s *storage) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&s.dataDir, "data-dir", envOr("LATCHKEY_DATA_DIR", "./data"), "folder of the SQLite database and the master key file (env LATCHKEY_DATA_DIR)")
	s.databaseURL = os.Getenv("LATCHKEY_DATABASE_URL")
	s.masterKey = os.Getenv("LATCHKEY_MASTER_KEY")
	s.unprepared = os.Getenv("LATCHKEY_PREPARED_STATEMENTS") == "off"
}

// open opens the database and the credentials key ring, and checks that
// the ring holds the keys the database's values were sealed with; wrap,
// when not nil, wraps the database driver.
func (s *storage) open(ctx context.Context, wrap func(dialect.Driver) dialect.Driver) (*store.DB, *vault.Keyring, error) {
	keys, err := s.masterKeys()
	if err != nil {
		return nil, nil, err
	}
	keyring, err := vault.NewKeyring(keys...)
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, store.Config{
		DatabaseURL:          s.databaseURL,
		SQLitePath:           filepath.Join(s.dataDir, "latchkey.db"),
		WrapDriver:           wrap,
		StatementTimeout:     s.statementTimeout,
		NoPreparedStatements: s.unprepared,
	})
	if err != nil {
		return nil, nil, err
	}
	if err := db.CheckKeyring(ctx, keyring); err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, keyring, nil
}

// masterKeys reads LATCHKEY_MASTER_KEY, or else the data folder's key
// file. The file is created with a fresh key on SQLite's first start only:
// processes sharing a PostgreSQL database must share their keys, so there
// a missing key is an error rather than a new key no other process has.
func (s *storage) masterKeys() ([][]byte, error) {
	if s.masterKey != "" {
		return vault.ParseKeys(s.masterKey)
	}
	path := filepath.Join(s.dataDir, "master.key")
	if s.databaseURL != "" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("LATCHKEY_DATABASE_URL is set but no master key is: every process on a PostgreSQL database needs the same keys. "+
				"Make one with \"latchkey master-key\" and set LATCHKEY_MASTER_KEY to it (or write it to %s, readable by its owner only)", path)
		}
	}
	return vault.LoadOrCreateKeyFile(path)
}

// describe says where the data lives, without credentials.
func (s *storage) describe() string {
	if s.databaseURL != "" {
		return "PostgreSQL"
	}
	return "SQLite at " + filepath.Join(s.dataDir, "latchkey.db")
}

// defaultGCPercent is the collector's GOGC when GOGC is not set. Nearly all
// a request allocates is garbage when it ends; at Go's 100 the collector
// ran so often that it took a fifth of a list page's CPU, at 400 it runs a
// quarter as often, and the memory limit still bounds the heap.
const defaultGCPercent = 400

// defaultMemoryLimit is the Go runtime's soft memory limit when GOMEMLIMIT
// is not set: garbage is collected harder as the heap nears it, so that an
// overloaded server's resident memory, which holds about 35 MiB of the
// program's own code besides, stays under 150 MiB instead of growing with
// its backlog.
const defaultMemoryLimit = 100 << 20

// tuneMemory applies defaultGCPercent and defaultMemoryLimit where GOGC and
// GOMEMLIMIT are not set (the runtime has read those already), and returns
// the settings in force.
func tuneMemory() (gogc string, limit int64) {
	gogc = os.Getenv("GOGC")
	if gogc == "" {
		debug.SetGCPercent(defaultGCPercent)
		gogc = strconv.Itoa(defaultGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	return gogc, debug.SetMemoryLimit(-1)
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

// verifyConfig reads the operator's base URLs of sources, built-in and
// custom (every LATCHKEY_SOURCE_<KEY>_URL, "_" in <KEY> standing for "-"
// too, LATCHKEY_XERO_LOGIN_URL, LATCHKEY_XERO_IDENTITY_URL and
// LATCHKEY_STRIPE_CONNECT_URL) and the timeout
// (LATCHKEY_VERIFY_TIMEOUT).
func verifyConfig() (catalog.Config, error) {
	cfg := catalog.Config{BaseURLs: map[string]string{}}
	var problems []error
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		key, prefixed := strings.CutPrefix(name, "LATCHKEY_SOURCE_")
		key, suffixed := strings.CutSuffix(key, "_URL")
		if !prefixed || !suffixed || key == "" || value == "" {
			continue
		}
		if err := checkBaseURL(name, value); err != nil {
			problems = append(problems, err)
			continue
		}
		cfg.BaseURLs[strings.ToLower(key)] = strings.TrimRight(value, "/")
	}
	if v := os.Getenv("LATCHKEY_STRIPE_CONNECT_URL"); v != "" {
		problems = append(problems, checkBaseURL("LATCHKEY_STRIPE_CONNECT_URL", v))
		cfg.StripeConnectURL = strings.TrimRight(v, "/")
	}
	if v := os.Getenv("LATCHKEY_XERO_LOGIN_URL"); v != "" {
		problems = append(problems, checkBaseURL("LATCHKEY_XERO_LOGIN_URL", v))
		cfg.XeroLoginURL = strings.TrimRight(v, "/")
	}
	if v := os.Getenv("LATCHKEY_XERO_IDENTITY_URL"); v != "" {
		problems = append(problems, checkBaseURL("LATCHKEY_XERO_IDENTITY_URL", v))
		cfg.XeroIdentityURL = strings.TrimRight(v, "/")
	}
	problems = append(problems, envDuration("LATCHKEY_VERIFY_TIMEOUT", false, &cfg.Timeout))
	return cfg, errors.Join(problems...)
}

// checkBaseURL returns an error unless the variable name holds an
// absolute http(s) URL with no credentials, query or fragment. The error
// does not repeat the value, which may hold a password.
func checkBaseURL(name, value string) error {
	u, err := url.Parse(value)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("%s must be an absolute http(s) URL such as http://127.0.0.1:9999, with no credentials, query or fragment", name)
	}
	return nil
}

// publicURL returns the server's URL as browsers reach it: value
// (LATCHKEY_PUBLIC_URL) when set, an absolute http(s) URL with no
// credentials, query or fragment, else http:// and the address the server
// listens on, with localhost for an address of every interface.
func publicURL(value, addr string) (string, error) {
	if value != "" {
		if err := checkBaseURL("LATCHKEY_PUBLIC_URL", value); err != nil {
			return "", err
		}
		return strings.TrimRight(value, "/"), nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("the address to listen on must be host:port, such as 127.0.0.1:8080")
	}
	if ip, err := netip.ParseAddr(host); host == "" || (err == nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port), nil
}

// loopback reports whether the address to listen on is a loopback one,
// which only this machine's browsers reach.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	return host == "localhost" || (err == nil && ip.IsLoopback())
}

// reverifyConfig reads the re-verifier's settings: LATCHKEY_REVERIFY_INTERVAL
// (how long after a successful verification an account is checked again;
// default 24h, 0 turns re-verification off), LATCHKEY_REVERIFY_TICK and
// LATCHKEY_REVERIFY_CONCURRENCY.
func reverifyConfig() (reverify.Config, time.Duration, error) {
	var cfg reverify.Config
	interval := 24 * time.Hour
	err := errors.Join(
		envDuration("LATCHKEY_REVERIFY_INTERVAL", true, &interval),
		envDuration("LATCHKEY_REVERIFY_TICK", true, &cfg.Tick),
		envInt("LATCHKEY_REVERIFY_CONCURRENCY", 1, 256, &cfg.Concurrency),
	)
	return cfg, interval, err
}

// webhookConfig reads the webhook worker's settings:
// LATCHKEY_WEBHOOK_POLL, LATCHKEY_WEBHOOK_CONCURRENCY,
// LATCHKEY_WEBHOOK_TIMEOUT, LATCHKEY_WEBHOOK_LEASE,
// LATCHKEY_WEBHOOK_RETRIES (the waits before each retry, comma-separated,
// such as "5s,5m,30m,2h,5h,10h,10h"), LATCHKEY_WEBHOOK_DISABLE_AFTER and
// LATCHKEY_WEBHOOK_RETENTION.
func webhookConfig() (webhooks.WorkerConfig, error) {
	var cfg webhooks.WorkerConfig
	err := errors.Join(
		envDuration("LATCHKEY_WEBHOOK_POLL", false, &cfg.Poll),
		envInt("LATCHKEY_WEBHOOK_CONCURRENCY", 1, 1024, &cfg.Concurrency),
		envDuration("LATCHKEY_WEBHOOK_TIMEOUT", false, &cfg.Timeout),
		envDuration("LATCHKEY_WEBHOOK_LEASE", false, &cfg.Lease),
		envDuration("LATCHKEY_WEBHOOK_DISABLE_AFTER", false, &cfg.DisableAfter),
		envDuration("LATCHKEY_WEBHOOK_RETENTION", false, &cfg.Retention),
	)
	if v := os.Getenv("LATCHKEY_WEBHOOK_RETRIES"); v != "" {
		cfg.Retries = []time.Duration{}
		for _, part := range strings.Split(v, ",") {
			d, perr := time.ParseDuration(strings.TrimSpace(part))
			if perr != nil || d <= 0 {
				err = errors.Join(err, fmt.Errorf("LATCHKEY_WEBHOOK_RETRIES must list durations such as 5s,5m,30m, not %q", v))
				break
			}
			cfg.Retries = append(cfg.Retries, d)
		}
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = webhooks.DefaultTimeout
	}
	if err == nil && cfg.Lease > 0 && cfg.Lease < webhooks.MinLease(timeout) {
		err = fmt.Errorf("LATCHKEY_WEBHOOK_LEASE must be at least %s, three times LATCHKEY_WEBHOOK_TIMEOUT (%s) and 5s more: a delivery may wait two timeouts in a worker's queue, then take one, and must be recorded before its lease ends",
			webhooks.MinLease(timeout), timeout)
	}
	return cfg, err
}

// limitsConfig reads the request limits into cfg: LATCHKEY_MAX_COMPLEXITY,
// LATCHKEY_MAX_DEPTH, LATCHKEY_MAX_ALIASES, LATCHKEY_MAX_OPERATIONS,
// LATCHKEY_MAX_TOKENS, LATCHKEY_MAX_SELECTIONS, LATCHKEY_MAX_CONDITIONS,
// LATCHKEY_MAX_RESPONSE_BYTES,
// LATCHKEY_INTROSPECTION=off, LATCHKEY_SUGGESTIONS=off,
// LATCHKEY_REQUEST_TIMEOUT, LATCHKEY_BODY_TIMEOUT, LATCHKEY_MAX_IN_FLIGHT,
// LATCHKEY_MAX_IN_FLIGHT_PER_KEY, LATCHKEY_MAX_HEAVY_IN_FLIGHT,
// LATCHKEY_MAX_SOCKETS_PER_KEY and
// LATCHKEY_MAX_SUBSCRIPTIONS_PER_SOCKET.
func limitsConfig(cfg *server.Config) error {
	l := &cfg.Limits
	err := errors.Join(
		envInt("LATCHKEY_MAX_COMPLEXITY", 1, 0, &l.Complexity),
		envInt("LATCHKEY_MAX_DEPTH", 1, 0, &l.Depth),
		envInt("LATCHKEY_MAX_ALIASES", 1, 0, &l.Aliases),
		envInt("LATCHKEY_MAX_OPERATIONS", 1, 0, &l.Operations),
		envInt("LATCHKEY_MAX_TOKENS", 1, 0, &l.Tokens),
		envInt("LATCHKEY_MAX_SELECTIONS", 1, 0, &l.Selections),
		envInt("LATCHKEY_MAX_CONDITIONS", 1, 0, &l.Predicates),
		envInt("LATCHKEY_MAX_RESPONSE_BYTES", 1024, 0, &l.ResponseBytes),
		envDuration("LATCHKEY_REQUEST_TIMEOUT", false, &cfg.RequestTimeout),
		envDuration("LATCHKEY_BODY_TIMEOUT", false, &cfg.BodyTimeout),
		envInt("LATCHKEY_MAX_IN_FLIGHT", 1, 0, &cfg.MaxInFlight),
		envInt("LATCHKEY_MAX_IN_FLIGHT_PER_KEY", 1, 0, &cfg.MaxInFlightPerCaller),
		envInt("LATCHKEY_MAX_HEAVY_IN_FLIGHT", 1, 0, &cfg.MaxHeavyInFlight),
		envInt("LATCHKEY_MAX_SOCKETS_PER_KEY", 1, 0, &cfg.MaxSockets),
		envInt("LATCHKEY_MAX_SUBSCRIPTIONS_PER_SOCKET", 1, 0, &cfg.MaxSubscriptions),
	)
	l.NoIntrospection = os.Getenv("LATCHKEY_INTROSPECTION") == "off"
	l.NoSuggestions = os.Getenv("LATCHKEY_SUGGESTIONS") == "off"
	return err
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

// envDuration sets *dst from the variable name, when it is set: a duration
// above zero, or also zero when zeroOK.
func envDuration(name string, zeroOK bool, dst *time.Duration) error {
	v := os.Getenv(name)
	if v == "" {
		return nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 || d == 0 && !zeroOK {
		return fmt.Errorf("%s must be a duration such as 30s or 24h, not %q", name, v)
	}
	*dst = d
	return nil
}

// envInt sets *dst from the variable name, when it is set: a whole number
// of at least lo and, when hi is not zero, at most hi.
func envInt(name string, lo, hi int, dst *int) error {
	v := os.Getenv(name)
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || hi != 0 && n > hi {
		if hi != 0 {
			return fmt.Errorf("%s must be a number from %d to %d, not %q", name, lo, hi, v)
		}
		return fmt.Errorf("%s must be a number of at least %d, not %q", name, lo, v)
	}
	*dst = n
	return nil
}

// trustedProxies reads LATCHKEY_TRUSTED_PROXIES: comma-separated addresses
// or CIDR prefixes of the proxies in front of the server.
func trustedProxies(v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range splitList(v) {
		p, err := netip.ParsePrefix(part)
		if err != nil {
			a, aerr := netip.ParseAddr(part)
			if aerr != nil {
				return nil, fmt.Errorf("LATCHKEY_TRUSTED_PROXIES must list addresses or prefixes such as 10.0.0.0/8, not %q", part)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
