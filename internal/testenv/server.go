package testenv

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/Khan/genqlient/graphql"

	"github.com/latchkey/latchkey/examples/go/latchkey"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// Server is a running Latchkey server over a fresh database.
type Server struct {
	// URL is the server's base URL.
	URL string
	// DB is the server's database.
	DB *store.DB
	// Statements counts the SQL statements the server runs.
	Statements *Counter
	// Faults injects failures and delays into the server's database driver.
	Faults *Faults
	// Backend is the kind of database.
	Backend string
	// Sources is the fake of every source's API that the server verifies
	// credentials with.
	Sources *fakesource.Server

	logs    *Buffer
	store   store.Config
	keys    [][]byte
	keyring *vault.Keyring
	config  server.Config
}

// MasterKeys returns the server's master keys, the first sealing.
func (s *Server) MasterKeys() [][]byte { return s.keys }

// Reverifier returns a re-verifier of the server's accounts. With
// ownProcess it opens the database anew, as another server process would.
func (s *Server) Reverifier(t testing.TB, ownProcess bool, cfg reverify.Config) *reverify.Worker {
	t.Helper()
	return server.NewReverifier(s.database(t, ownProcess), s.keyring, s.config, cfg)
}

// WebhookWorker returns a webhook worker of the server's deliveries, as
// cmd/latchkey's serve runs one. With ownProcess it opens the database
// anew, as another server process would.
func (s *Server) WebhookWorker(t testing.TB, ownProcess bool, cfg webhooks.WorkerConfig) *webhooks.Worker {
	t.Helper()
	return server.NewWebhookWorker(s.database(t, ownProcess), s.keyring, s.config, cfg)
}

// RetryRevocations retries the server's due revocations once, as the
// background retries of serve do, and returns how many it tried.
func (s *Server) RetryRevocations(t testing.TB) int {
	t.Helper()
	n, err := server.RetryRevocations(context.Background(), s.DB, s.keyring, s.config)
	if err != nil {
		t.Fatalf("retrying revocations: %v", err)
	}
	return n
}

// database returns the server's database or, with ownProcess, the same
// database opened anew and closed when the test ends.
func (s *Server) database(t testing.TB, ownProcess bool) *store.DB {
	if !ownProcess {
		return s.DB
	}
	c := s.store
	c.WrapDriver = nil
	db, err := store.Open(context.Background(), c)
	if err != nil {
		t.Fatalf("opening the database again: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Run runs test once per backend, each with a server of its own.
func Run(t *testing.T, test func(t *testing.T, s *Server)) {
	for _, b := range Backends() {
		t.Run(b.Name, func(t *testing.T) {
			test(t, Start(t, b))
		})
	}
}

// RunWith runs test once per backend like Run, each server configured by
// configure first.
func RunWith(t *testing.T, configure func(*server.Config), test func(t *testing.T, s *Server)) {
	for _, b := range Backends() {
		t.Run(b.Name, func(t *testing.T) {
			test(t, StartWith(t, b, configure))
		})
	}
}

// Start starts a server over a fresh database of backend b; it stops when
// the test ends.
func Start(t testing.TB, b Backend) *Server { return StartWith(t, b, nil) }

// StartWith starts a server like Start, after configure changes its
// configuration.
func StartWith(t testing.TB, b Backend, configure func(*server.Config)) *Server {
	t.Helper()
	return StartOn(t, b.Name, b.Config(t), configure)
}

// StartOn starts a server like Start, over the database cfg names (of the
// backend called name), after configure changes the server's configuration.
func StartOn(t testing.TB, name string, cfg store.Config, configure func(*server.Config)) *Server {
	t.Helper()
	fake := fakesource.Start()
	fake.AcceptAny(true)
	t.Cleanup(fake.Close)
	s, err := start(t, name, cfg, [][]byte{vault.NewKey()}, fake, configure)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Twin starts another server over the same database, with its own
// connections, as a second process of a deployment would be.
func (s *Server) Twin(t testing.TB) *Server {
	t.Helper()
	twin, err := s.TwinWithKeys(t, s.keys...)
	if err != nil {
		t.Fatal(err)
	}
	return twin
}

// TwinUnprepared starts another server over the same database, as Twin
// does, whose PostgreSQL statements all go unprepared (two round trips
// each, lib/pq's default), for comparisons in one run.
func (s *Server) TwinUnprepared(t testing.TB) *Server {
	t.Helper()
	cfg := s.store
	cfg.WrapDriver = nil
	cfg.NoPreparedStatements = true
	twin, err := start(t, s.Backend, cfg, s.keys, s.Sources, nil)
	if err != nil {
		t.Fatal(err)
	}
	return twin
}

// TwinWithKeys starts another server over the same database, as Twin
// does, with other master keys (the first sealing). It returns the error
// of a start that the database's key check refuses.
func (s *Server) TwinWithKeys(t testing.TB, keys ...[]byte) (*Server, error) {
	t.Helper()
	cfg := s.store
	cfg.WrapDriver = nil
	return start(t, s.Backend, cfg, keys, s.Sources, nil)
}

// start opens the database and checks the master keys against it, as
// serve does, and serves.
func start(t testing.TB, backend string, cfg store.Config, keys [][]byte, fake *fakesource.Server, configure func(*server.Config)) (*Server, error) {
	keyring, err := vault.NewKeyring(keys...)
	if err != nil {
		t.Fatal(err)
	}
	counter, faults := &Counter{}, &Faults{}
	hub := feed.NewHub()
	logs := &Buffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	urls := map[string]string{}
	for _, src := range []string{"shopify", "stripe", "xero", "plaid"} {
		urls[src] = fake.URL
	}
	scfg := server.Config{
		Feed:        hub,
		Log:         log,
		CORSOrigins: []string{"https://app.example"},
		Verify: catalog.Config{BaseURLs: urls, XeroLoginURL: fake.URL, XeroIdentityURL: fake.URL, StripeConnectURL: fake.URL,
			Timeout: 500 * time.Millisecond},
		// Failed revocations are retried at once, by RetryRevocations.
		RevocationRetries: []time.Duration{time.Nanosecond, time.Nanosecond},
		RecheckAfter:      time.Hour,
		// No development setting: the outbound guard stands in every test.
		// The fakes are reached as the operator's base URLs; a test that
		// adds a custom source gives its key one too (RunWith).
		RateLimits:     &ratelimit.Config{}, // unlimited unless a test sets rates
		RequestTimeout: server.DefaultRequestTimeout,
	}
	if configure != nil {
		configure(&scfg)
	}
	cfg.WrapDriver = func(d dialect.Driver) dialect.Driver { return counter.Wrap(faults.Wrap(hub.Wrap(d))) }
	cfg.StatementTimeout = scfg.RequestTimeout
	db, err := store.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("opening the %s database: %v", backend, err)
	}
	if err := db.CheckKeyring(context.Background(), keyring); err != nil {
		db.Close()
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	if cfg.DatabaseURL != "" {
		if err := hub.Listen(ctx, cfg.DatabaseURL, log); err != nil {
			t.Fatalf("listening for events: %v", err)
		}
	}
	hs := httptest.NewUnstartedServer(nil)
	if scfg.PublicURL == "" {
		scfg.PublicURL = "http://" + hs.Listener.Addr().String()
	}
	hs.Config.Handler = server.New(db, keyring, scfg)
	hs.Start()
	t.Cleanup(func() {
		cancel()
		hs.CloseClientConnections()
		hs.Close()
		db.Close()
	})
	cfg.WrapDriver = nil
	return &Server{URL: hs.URL, DB: db, Statements: counter, Faults: faults, Backend: backend, Sources: fake, logs: logs,
		store: cfg, keys: keys, keyring: keyring, config: scfg}, nil
}

// Exec runs a statement on the server's database directly, as someone
// with access to it would, with ? placeholders whatever the backend.
func (s *Server) Exec(t testing.TB, query string, args ...any) {
	t.Helper()
	if s.Backend == "postgres" {
		for i := 1; strings.Contains(query, "?"); i++ {
			query = strings.Replace(query, "?", "$"+strconv.Itoa(i), 1)
		}
	}
	if _, err := s.DB.SQL.Exec(query, args...); err != nil {
		t.Fatalf("running %q: %v", query, err)
	}
}

// Logs returns everything the server logged so far.
func (s *Server) Logs() string { return s.logs.String() }

// Key is an API key made for a test.
type Key struct {
	ID, Token, Secret string
	Permission        auth.Permission
}

// NewKey creates a key of perm in the environment env (created if needed),
// the way the keys command does. The key counts as used at its creation:
// its lastUsedTime is set, so that no request of the next minute writes it
// in the background while a test counts statements.
func (s *Server) NewKey(t testing.TB, env string, perm auth.Permission) Key {
	t.Helper()
	k, secret, err := keys.Bootstrap(context.Background(), s.DB.Client, env, keys.CreateInput{Name: "test " + string(perm), Permission: perm})
	if err != nil {
		t.Fatalf("creating a %s key: %v", perm, err)
	}
	set := `UPDATE auth_accesses SET last_used_time = ? WHERE id = ?`
	if s.Backend == "postgres" {
		set = `UPDATE auth_accesses SET last_used_time = $1 WHERE id = $2`
	}
	if _, err := s.DB.SQL.Exec(set, time.Now().UTC(), k.ID); err != nil {
		t.Fatalf("marking the %s key used: %v", perm, err)
	}
	return Key{ID: k.ID, Token: k.Token, Secret: secret, Permission: perm}
}

// Result is a GraphQL response.
type Result struct {
	// Status is the HTTP status code.
	Status int
	// Data is the response's data.
	Data json.RawMessage `json:"data"`
	// Errors are the response's errors.
	Errors []Error `json:"errors"`
	// Body is the whole response body.
	Body string
}

// Error is one GraphQL error.
type Error struct {
	Message    string `json:"message"`
	Path       []any  `json:"path"`
	Extensions struct {
		Code      string `json:"code"`
		RequestID string `json:"requestId"`
		Fields    []struct {
			Field   string `json:"field"`
			Message string `json:"message"`
		} `json:"fields"`
	} `json:"extensions"`
}

// Code returns the code of the first error, or "" when there is none.
func (r *Result) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Extensions.Code
}

// Decode unmarshals the data into v, failing the test on errors.
func (r *Result) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %s", r.Body)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}

// Do posts a GraphQL request with the secret key (none when empty).
func (s *Server) Do(t testing.TB, secret, query string, vars map[string]any) *Result {
	t.Helper()
	return s.Post(t, secret, map[string]any{"query": query, "variables": vars})
}

// Post posts a GraphQL request body with the secret key (none when empty).
func (s *Server) Post(t testing.TB, secret string, request map[string]any) *Result {
	t.Helper()
	body, err := json.Marshal(request)
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	return s.send(t, req)
}

// Client returns the typed client of the server (examples/go/latchkey),
// authenticated with secret (none when empty).
func (s *Server) Client(secret string) graphql.Client {
	return latchkey.NewClient(s.URL+"/graphql", secret, nil)
}

// Must posts a GraphQL request and decodes its data into v, failing the
// test on any error.
func (s *Server) Must(t testing.TB, secret, query string, vars map[string]any, v any) {
	t.Helper()
	s.Do(t, secret, query, vars).Decode(t, v)
}

func (s *Server) send(t testing.TB, req *http.Request) *Result {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := &Result{Status: resp.StatusCode, Body: string(raw)}
	if err := json.Unmarshal(raw, r); err != nil {
		t.Fatalf("response is not JSON (status %d): %s", resp.StatusCode, raw)
	}
	// 503 is the answer while a dependency is down; any other 5xx is a bug.
	if resp.StatusCode >= 500 && resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("status %d: %s", resp.StatusCode, raw)
	}
	return r
}

// Buffer is a bytes.Buffer safe for concurrent use, for capturing output.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
