// Package reverify checks enabled accounts again on a schedule, so that
// accounts whose credentials were revoked or expired get disabled. Several
// server processes on one database share the work through it: a round
// claims due accounts in a transaction (on PostgreSQL with FOR UPDATE SKIP
// LOCKED) and leases them, so no account is checked twice in one round,
// and an account claimed by a process that died is due again when its
// lease ends.
package reverify

import (
	"context"
	"database/sql/driver"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/store"
)

// Config holds the re-verifier's settings; zero values take the defaults.
type Config struct {
	// Tick is how often a round looks for due accounts (default 30s).
	Tick time.Duration
	// Concurrency bounds the verifications in flight (default 4).
	Concurrency int
	// Batch is how many accounts one claim takes (default 50).
	Batch int
	// Lease is how long a claimed account is not due to anyone else
	// (default 5 minutes); it must exceed a verification's timeout.
	Lease time.Duration
	// Observe, when set, learns each round's counts by outcome.
	Observe func(counts map[string]int)
}

func (c *Config) defaults() {
	if c.Tick <= 0 {
		c.Tick = 30 * time.Second
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 4
	}
	if c.Batch <= 0 {
		c.Batch = 50
	}
	if c.Lease <= 0 {
		c.Lease = 5 * time.Minute
	}
}

// Stats counts what a round did.
type Stats struct {
	// Checked is how many accounts were verified.
	Checked int
	// Verified is how many passed.
	Verified int
	// Disabled is how many were disabled for revoked or expired credentials.
	Disabled int
	// Transient is how many failed for a reason that says nothing about the
	// credentials (they are retried with backoff).
	Transient int
	// Failed is how many failed otherwise (not found, rejected).
	Failed int
	// Errors is how many could not be checked at all.
	Errors int
}

// Worker runs rounds.
type Worker struct {
	client   *ent.Client
	dialect  string
	accounts *accounts.Service
	cfg      Config
	log      *slog.Logger
}

// New returns a worker over client, a database of the given ent dialect,
// verifying through svc.
func New(client *ent.Client, dialectName string, svc *accounts.Service, cfg Config, log *slog.Logger) *Worker {
	cfg.defaults()
	return &Worker{client: client, dialect: dialectName, accounts: svc, cfg: cfg, log: log}
}

// Run runs a round every Tick until ctx ends.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(w.cfg.Tick)
	defer t.Stop()
	for {
		if st, err := w.Round(ctx); err != nil {
			w.log.Warn("re-verification round failed", "error", err.Error())
		} else if st.Checked > 0 {
			w.log.Info("re-verification round", "checked", st.Checked, "verified", st.Verified,
				"disabled", st.Disabled, "transient", st.Transient, "failed", st.Failed, "errors", st.Errors)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Round verifies every account due now, each once, and returns what it did.
func (w *Worker) Round(ctx context.Context) (Stats, error) {
	var (
		st  Stats
		mu  sync.Mutex
		wg  sync.WaitGroup
		sem = make(chan struct{}, w.cfg.Concurrency)
	)
	now := clock.Now()
	for {
		ids, err := w.claim(ctx, now)
		if err != nil {
			wg.Wait()
			return st, err
		}
		for _, id := range ids {
			sem <- struct{}{}
			wg.Go(func() {
				defer func() { <-sem }()
				failure, err := w.accounts.Reverify(ctx, w.client, id)
				mu.Lock()
				defer mu.Unlock()
				st.count(failure, err)
				if err != nil {
					w.log.Warn("re-verifying an account failed", "account", id, "error", err.Error())
				}
			})
		}
		if len(ids) < w.cfg.Batch {
			break
		}
	}
	wg.Wait()
	if w.cfg.Observe != nil {
		w.cfg.Observe(map[string]int{"verified": st.Verified, "disabled": st.Disabled,
			"transient": st.Transient, "failed": st.Failed, "error": st.Errors})
	}
	return st, nil
}

func (st *Stats) count(f *catalog.Failure, err error) {
	st.Checked++
	switch {
	case err != nil:
		st.Errors++
	case f == nil:
		st.Verified++
	case f.Transient():
		st.Transient++
	case f.Revoked() || f.Reason == catalog.Expired:
		st.Disabled++
	default:
		st.Failed++
	}
}

// claim takes up to Batch accounts due at now and leases them.
func (w *Worker) claim(ctx context.Context, now time.Time) ([]string, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	tx, err := w.client.Tx(sys)
	if err != nil {
		return nil, fmt.Errorf("reverify: %w", err)
	}
	q := tx.Account.Query().
		Where(account.IsEnabled(true), account.NextVerifyTimeNotNil(), account.NextVerifyTimeLTE(now)).
		Order(account.ByNextVerifyTime(), account.ByID()).
		Limit(w.cfg.Batch)
	q.Where(store.ForUpdateSkipLocked)
	ids, err := q.IDs(sys)
	if err == nil && len(ids) > 0 {
		// Written directly: a lease is not a change of the account, so its
		// updatedTime stays.
		_, err = store.SetQuietly(sys, tx, w.dialect, account.Table,
			map[string]any{account.FieldNextVerifyTime: now.Add(w.cfg.Lease)},
			sql.InValues(account.FieldID, toValues(ids)...))
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("reverify: claiming accounts: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("reverify: claiming accounts: %w", err)
	}
	return ids, nil
}

func toValues(ids []string) []driver.Value {
	out := make([]driver.Value, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
