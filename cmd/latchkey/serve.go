package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/latchkey/latchkey/internal/conns"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/metrics"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/web"
)

// shutdownGrace is how long in-flight requests may take after SIGTERM.
const shutdownGrace = 30 * time.Second

func serve(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr("LATCHKEY_ADDR", "127.0.0.1:8080"), "address to listen on (env LATCHKEY_ADDR)")
	var st storage
	st.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log, err := newLogger(stderr)
	if err != nil {
		return err
	}
	gogc, limit := tuneMemory()
	log.Info("memory", "gogc", gogc, "limit_bytes", limit)
	vcfg, err := verifyConfig()
	if err != nil {
		return err
	}
	rcfg, interval, err := reverifyConfig()
	if err != nil {
		return err
	}
	rates, err := rateConfig()
	if err != nil {
		return err
	}
	wcfg, err := webhookConfig()
	if err != nil {
		return err
	}
	hub := feed.NewHub()
	scfg := server.Config{
		CORSOrigins:           splitList(os.Getenv("LATCHKEY_CORS_ORIGINS")),
		Log:                   log,
		Verify:                vcfg,
		RecheckAfter:          interval,
		Feed:                  hub,
		RateLimits:            rates,
		AllowHTTPSources:      os.Getenv("LATCHKEY_ALLOW_HTTP_SOURCES") == "1",
		AllowHTTPWebhooks:     os.Getenv("LATCHKEY_ALLOW_HTTP_WEBHOOKS") == "1",
		AllowPrivateAddresses: os.Getenv("LATCHKEY_ALLOW_PRIVATE_ADDRESSES") == "1",
		RequestTimeout:        server.DefaultRequestTimeout,
	}
	if _, refused := web.FrameOrigins(scfg.CORSOrigins); len(refused) > 0 {
		log.Warn("LATCHKEY_CORS_ORIGINS: these entries are not one origin (scheme://host[:port]); browsers there may call the API but no page there may show the connect widget", "entries", refused)
	}
	if scfg.AllowPrivateAddresses {
		log.Warn("LATCHKEY_ALLOW_PRIVATE_ADDRESSES=1: calls to sources and webhook endpoints may reach loopback, private networks and metadata services; for development only")
	}
	if err := limitsConfig(&scfg); err != nil {
		return err
	}
	if scfg.PublicURL, err = publicURL(os.Getenv("LATCHKEY_PUBLIC_URL"), *addr); err != nil {
		return err
	}
	if os.Getenv("LATCHKEY_PUBLIC_URL") == "" && !loopback(*addr) {
		log.Warn("LATCHKEY_PUBLIC_URL is not set: hosted OAuth sends browsers back to "+scfg.PublicURL+"/oauth/callback; behind a proxy or a name, set it to the URL browsers reach", "callback", scfg.PublicURL+"/oauth/callback")
	}
	if scfg.TrustedProxies, err = trustedProxies(os.Getenv("LATCHKEY_TRUSTED_PROXIES")); err != nil {
		return err
	}
	// No statement outlives the request that started it.
	st.statementTimeout = scfg.RequestTimeout
	db, keyring, err := st.open(ctx, hub.Wrap)
	if err != nil {
		return err
	}
	defer db.Close()
	if st.databaseURL != "" {
		// Events committed by any process on this database reach this
		// process's subscribers.
		if err := hub.Listen(ctx, st.databaseURL, log); err != nil {
			return fmt.Errorf("listening for events: %w", err)
		}
	}
	maxConns := conns.DefaultMax
	if err := envInt("LATCHKEY_MAX_CONNECTIONS", 1, 0, &maxConns); err != nil {
		return err
	}
	tcp, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ln := conns.New(tcp, maxConns, conns.DefaultGrace)
	scfg.Metrics = metrics.New()
	scfg.Metrics.WatchPool(db.SQL)
	scfg.Metrics.WatchConnections(ln)
	workerDone := make(chan struct{})
	go func() {
		defer close(workerDone)
		if interval > 0 {
			server.NewReverifier(db, keyring, scfg, rcfg).Run(ctx)
		}
	}()
	webhooksDone := make(chan struct{})
	go func() {
		defer close(webhooksDone)
		server.NewWebhookWorker(db, keyring, scfg, wcfg).Run(ctx)
	}()
	revocationsDone := make(chan struct{})
	go func() {
		defer close(revocationsDone)
		server.RunRevocations(ctx, db, keyring, scfg, time.Minute)
	}()
	srv := &http.Server{
		Handler:           server.New(db, keyring, scfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	ln.Install(srv)
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(stderr, "Latchkey serving %s/graphql (GraphiQL at %s/, the console at %s/console), data in %s\n", url, url, url, st.describe())
	if any, err := keys.Any(ctx, db.Client); err == nil && !any {
		fmt.Fprintf(stderr, "No API key yet. Create the first one with:\n"+
			"  go run ./cmd/latchkey keys create --environment production --permission FULL_ACCESS --name admin\n"+
			"then send it as `Authorization: Bearer <secretKey>` (in GraphiQL: the Headers tab).\n")
	}

	if addr := os.Getenv("LATCHKEY_PPROF_ADDR"); addr != "" {
		if err := servePprof(ctx, addr, log); err != nil {
			return err
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	<-workerDone
	<-webhooksDone
	<-revocationsDone
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
