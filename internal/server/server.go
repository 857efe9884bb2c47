// Package server assembles Latchkey's HTTP server: the GraphQL endpoint
// behind API-key authentication, GraphiQL, the health check, CORS, request
// IDs and request logs.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/custom"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/metrics"
	"github.com/latchkey/latchkey/internal/oauth"
	"github.com/latchkey/latchkey/internal/outbound"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/webhooks"
	"github.com/latchkey/latchkey/web"
)

// MaxBodyBytes is the largest request body /graphql accepts.
const MaxBodyBytes = 1 << 20

// DefaultRequestTimeout bounds a request, or a websocket's operation, when
// the configuration sets no timeout.
const DefaultRequestTimeout = 30 * time.Second

// Config holds the server's settings.
type Config struct {
	// CORSOrigins lists the browser origins allowed to call the API, to
	// open websockets and to frame the connect widget; empty allows none but
	// the server's own (and no page may frame the widget).
	CORSOrigins []string
	// Log receives request logs and error causes; it never receives secrets.
	Log *slog.Logger
	// Verify configures the protected calls to sources.
	Verify catalog.Config
	// RecheckAfter is how long after a successful verification an account
	// is due to be verified again by the re-verifier; zero schedules none.
	RecheckAfter time.Duration
	// Limits bound what one GraphQL request may ask for.
	Limits graph.Limits
	// RateLimits are the request rates per key and per address without a
	// key; nil takes ratelimit.Defaults, zero rates are unlimited.
	RateLimits *ratelimit.Config
	// RequestTimeout bounds one request, and one operation over a
	// websocket, database work included (default 30s).
	RequestTimeout time.Duration
	// MaxInFlight is how many GraphQL operations run at once, over HTTP
	// and websockets together; the others wait their turn within their
	// timeout. Zero takes 16 per CPU, at least 64.
	MaxInFlight int
	// MaxInFlightPerCaller is how many of those one caller (a key, or an
	// address without one) may run at once. Zero takes a quarter of
	// MaxInFlight.
	MaxInFlightPerCaller int
	// MaxHeavyInFlight is how many operations that read whole listings
	// (a totalCount, or a text filter no index serves) run at once, one
	// per caller at most. Zero takes one per CPU, at least 2.
	MaxHeavyInFlight int
	// BodyTimeout bounds the reading of a request's body (default 10s).
	BodyTimeout time.Duration
	// MaxSockets bounds the websockets one key may hold open (default 16).
	MaxSockets int
	// MaxSubscriptions bounds the subscriptions of one websocket (default
	// 25).
	MaxSubscriptions int
	// Metrics receives the server's counts; nil keeps them in a registry
	// of the server's own. Either way they are served at /metrics.
	Metrics *metrics.Metrics
	// TrustedProxies are the addresses of the proxies in front of the
	// server: a request from one of them is the client's named last in its
	// X-Forwarded-For, after the other trusted proxies. Empty trusts none.
	TrustedProxies []netip.Prefix
	// AllowHTTPSources lets custom sources use plain http:// base URLs,
	// and the verifier call them (catalog.Config.AllowHTTP).
	AllowHTTPSources bool
	// AllowHTTPWebhooks lets webhook endpoints use plain http:// URLs.
	// For development only.
	AllowHTTPWebhooks bool
	// AllowPrivateAddresses lets custom sources and webhook endpoints name
	// non-public addresses, and the verifier and the webhook worker reach
	// them (catalog.Config.AllowPrivate). For development only.
	AllowPrivateAddresses bool
	// Feed wakes event subscribers; the database must be opened with its
	// driver wrapper (feed.Hub.Wrap) for events to reach them.
	Feed *feed.Hub
	// PublicURL is the server's URL as browsers reach it
	// (scheme://host[:port], and a path prefix if a proxy adds one): hosted
	// OAuth's connect URLs and callback (PublicURL + /oauth/callback, to
	// register with each platform app) are made of it. Empty leaves hosted
	// OAuth off; serve always sets one (LATCHKEY_PUBLIC_URL, or its own
	// address).
	PublicURL string
	// RevocationRetries are the waits before each retry of a deleted
	// account's failed revocation (accounts.DefaultRevocationRetries when
	// nil).
	RevocationRetries []time.Duration
}

// New returns the HTTP handler of Latchkey over db, sealing credentials
// with keyring.
func New(db *store.DB, keyring *vault.Keyring, cfg Config) http.Handler {
	cfg = withDefaults(db, cfg)
	log := cfg.Log
	authn := keys.NewAuthenticator(db.Client, db.Dialect, cfg.Feed, func(err error) { log.Warn("recording key use failed", "error", err.Error()) })
	accountService, platformApps, verifier := newAccounts(db, keyring, cfg)
	origins, _ := web.FrameOrigins(cfg.CORSOrigins)
	connects := oauth.New(oauth.Config{Accounts: accountService, Apps: platformApps, Verifier: verifier, PublicURL: cfg.PublicURL, ReturnOrigins: origins, Log: log})
	resolver := graph.NewResolver(graph.Deps{
		Client: db.Client, Accounts: accountService, Apps: platformApps,
		Custom: custom.NewStore(catalog.URLPolicy{AllowHTTP: cfg.AllowHTTPSources, AllowPrivate: cfg.AllowPrivateAddresses}), Feed: cfg.Feed,
		Webhooks: webhooks.New(keyring, cfg.AllowHTTPWebhooks, cfg.AllowPrivateAddresses), OAuth: connects,
	})
	g := &gate{
		authn: authn, limiter: ratelimit.New(*cfg.RateLimits), timeout: cfg.RequestTimeout,
		slots: newSlots(cfg.MaxInFlight, cfg.MaxInFlightPerCaller), heavy: newSlots(cfg.MaxHeavyInFlight, 1),
		subscriptions: cfg.MaxSubscriptions,
	}
	ep := &endpoint{gate: g, origins: cfg.CORSOrigins, log: log, bodyTimeout: cfg.BodyTimeout, maxBody: MaxBodyBytes}
	ss := newSockets(authn, g.limiter, cfg.Feed, log, cfg.MaxSockets)
	ep.sockets = ss
	rows := store.NewRows(db.Client)
	ep.gql = graph.NewHandler(resolver, graph.Options{
		Log: log, Gate: g, Limits: cfg.Limits, OnOperation: cfg.Metrics.Operation, HTTP: httpTransport{},
		Rows: func(ctx context.Context, listing string) int {
			return rows.Of(ctx, auth.FromContext(ctx).EnvironmentID, listing)
		},
		Websocket: transport.Websocket{
			Implementation:   newSocketTransport(cfg.CORSOrigins, func(r *http.Request) { g.limiter.Fail(addrFrom(r.Context())) }),
			InitFunc:         ep.websocketInit(ss),
			InitTimeout:      10 * time.Second,
			CloseFunc:        func(ctx context.Context, _ int) { ss.remove(socketFrom(ctx)) },
			PingPongInterval: 25 * time.Second,
		},
	})

	mux := http.NewServeMux()
	mux.Handle("/graphql", withAddr(cfg.TrustedProxies, withTimeout(cfg.RequestTimeout, ep)))
	graphiql := web.GraphiQL(web.GraphiQLConfig{Introspection: !cfg.Limits.NoIntrospection})
	mux.Handle("GET /{$}", graphiql)
	mux.Handle("GET "+web.AssetPrefix, graphiql)
	faces := web.UI(web.UIConfig{FrameOrigins: cfg.CORSOrigins, Introspection: !cfg.Limits.NoIntrospection, OAuthCallback: connects.CallbackURL()})
	for _, p := range []string{"/console", "/connect", "/connect.js", web.UIAssetPrefix} {
		mux.Handle("GET "+p, faces)
	}
	if cfg.PublicURL != "" {
		door := newOAuthDoor(connects, db.Client, g, faces, log, cfg.PublicURL)
		mux.Handle("GET "+oauth.StartPath, withAddr(cfg.TrustedProxies, withTimeout(cfg.RequestTimeout, http.HandlerFunc(door.preview))))
		mux.Handle("POST "+oauth.StartPath, withAddr(cfg.TrustedProxies, withTimeout(cfg.RequestTimeout, http.HandlerFunc(door.start))))
		mux.Handle("GET "+oauth.CallbackPath, withAddr(cfg.TrustedProxies, withTimeout(cfg.RequestTimeout, http.HandlerFunc(door.callback))))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", ready(db, log))
	mux.Handle("GET /metrics", cfg.Metrics.Handler())
	return withRequestID(logRequests(log, corsFor(cfg.CORSOrigins).Handler(mux)))
}

// corsFor lets browsers on origins call the API; with none, no other
// origin may (rs/cors would otherwise allow every origin).
func corsFor(origins []string) *cors.Cors {
	opts := cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Authorization", "Content-Type"},
		ExposedHeaders: []string{"X-Request-Id"},
		MaxAge:         int((10 * time.Minute).Seconds()),
	}
	if len(origins) == 0 {
		opts.AllowOriginFunc = func(string) bool { return false }
	}
	return cors.New(opts)
}

// withTimeout bounds an HTTP request's context, so that its work is
// cancelled when it runs out of time. A websocket lives as long as its
// client and its key: each of its operations is bounded by the gate.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isUpgrade(r) {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// NewReverifier returns the re-verifier of the accounts that New serves.
// Give it the same Config (and so the same Metrics) as New.
func NewReverifier(db *store.DB, keyring *vault.Keyring, cfg Config, rc reverify.Config) *reverify.Worker {
	cfg = withDefaults(db, cfg)
	if rc.Observe == nil {
		rc.Observe = cfg.Metrics.Round
	}
	svc, _, _ := newAccounts(db, keyring, cfg)
	return reverify.New(db.Client, db.Dialect, svc, rc, cfg.Log)
}

// NewWebhookWorker returns the worker that sends the webhooks of the
// environments New serves, through the outbound guard that cfg relaxes.
func NewWebhookWorker(db *store.DB, keyring *vault.Keyring, cfg Config, wc webhooks.WorkerConfig) *webhooks.Worker {
	cfg = withDefaults(db, cfg)
	wc.Keys = keyring
	if wc.Client == nil {
		wc.Client = outbound.NewClient(outbound.Config{AllowHTTP: cfg.AllowHTTPWebhooks, AllowPrivate: cfg.AllowPrivateAddresses})
	}
	if wc.Log == nil {
		wc.Log = cfg.Log
	}
	return webhooks.NewWorker(db.Client, wc)
}

// newAccounts returns the account service, the platform app store and the
// verifier they call sources with.
func newAccounts(db *store.DB, keyring *vault.Keyring, cfg Config) (*accounts.Service, *apps.Store, *catalog.Verifier) {
	platformApps := apps.NewStore(keyring)
	vcfg := cfg.Verify
	vcfg.AllowHTTP = vcfg.AllowHTTP || cfg.AllowHTTPSources
	vcfg.AllowPrivate = vcfg.AllowPrivate || cfg.AllowPrivateAddresses
	verifier := catalog.NewVerifier(vcfg)
	return accounts.New(accounts.Config{
		Keys: keyring, Apps: platformApps, Verifier: verifier, Dialect: db.Dialect, RecheckAfter: cfg.RecheckAfter,
		RevocationRetries: cfg.RevocationRetries,
	}), platformApps, verifier
}

// RunRevocations retries, every interval until ctx ends, the revocations
// of deleted accounts' credentials that their sources could not make at
// the time. Give it the same Config as New.
func RunRevocations(ctx context.Context, db *store.DB, keyring *vault.Keyring, cfg Config, every time.Duration) {
	cfg = withDefaults(db, cfg)
	svc, _, _ := newAccounts(db, keyring, cfg)
	svc.RunRevocations(ctx, db.Client, every, cfg.Log)
}

// RetryRevocations retries the due revocations once and returns how many
// it tried; RunRevocations does it on a schedule.
func RetryRevocations(ctx context.Context, db *store.DB, keyring *vault.Keyring, cfg Config) (int, error) {
	cfg = withDefaults(db, cfg)
	svc, _, _ := newAccounts(db, keyring, cfg)
	return svc.RetryRevocations(ctx, db.Client, accounts.RevocationBatch)
}

// withDefaults fills the settings cfg leaves zero, and makes sure cfg has
// metrics, watching db's pool, and that the verifier reports to them.
func withDefaults(db *store.DB, cfg Config) Config {
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = 10 * time.Second
	}
	if cfg.RateLimits == nil {
		rates := ratelimit.Defaults()
		cfg.RateLimits = &rates
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = defaultMaxInFlight()
	}
	if cfg.MaxInFlightPerCaller <= 0 {
		cfg.MaxInFlightPerCaller = max(1, cfg.MaxInFlight/4)
	}
	if cfg.MaxHeavyInFlight <= 0 {
		cfg.MaxHeavyInFlight = max(2, runtime.GOMAXPROCS(0))
	}
	if cfg.MaxSockets <= 0 {
		cfg.MaxSockets = 16
	}
	if cfg.MaxSubscriptions <= 0 {
		cfg.MaxSubscriptions = 25
	}
	if cfg.Feed == nil {
		cfg.Feed = feed.NewHub()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
		cfg.Metrics.WatchPool(db.SQL)
	}
	if cfg.Verify.Observe == nil {
		cfg.Verify.Observe = cfg.Metrics.Verification
	}
	return cfg
}

// ready answers whether the server can serve: its database answers and
// holds the expected schema (store.DB.Ready). Why not is logged, not told.
func ready(db *store.DB, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := db.Ready(ctx); err != nil {
			log.WarnContext(ctx, "not ready", "error", err.Error())
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready: the database does not answer, or does not hold the expected schema\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	}
}
