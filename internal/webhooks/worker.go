package webhooks

import (
	"context"
	crand "crypto/rand"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/vault"
)

// DefaultRetries are the waits before each retry of a delivery the
// endpoint did not accept: about 28 hours from the first attempt to the
// last, after which the delivery is FAILED.
var DefaultRetries = []time.Duration{
	5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 5 * time.Hour, 10 * time.Hour, 10 * time.Hour,
}

// WorkerConfig holds the delivery worker's settings; zero values take the
// defaults given.
type WorkerConfig struct {
	// Client sends the requests; give it outbound's guard. Required.
	Client *http.Client
	// Keys open the endpoints' signing secrets. Required.
	Keys *vault.Keyring
	// Dialect is the database's (dialect.Postgres takes deliveries with
	// FOR UPDATE SKIP LOCKED).
	Dialect string
	// Poll is how often the worker looks for due deliveries (1s).
	Poll time.Duration
	// Concurrency is how many deliveries one worker sends at once (8); it
	// takes up to twice as many at a time.
	Concurrency int
	// Timeout bounds one attempt, from connecting to the end of the answer
	// (10s).
	Timeout time.Duration
	// Lease is how long a worker holds a delivery it took before another
	// may take it, should it die (Timeout × 3 + 10s). It must outlast an
	// attempt, or two workers could send one attempt.
	Lease time.Duration
	// Retries are the waits before each retry (DefaultRetries).
	Retries []time.Duration
	// Jitter spreads each wait by up to this fraction either way (0.2).
	Jitter float64
	// DisableAfter disables an endpoint whose deliveries have all failed
	// for this long (5 days).
	DisableAfter time.Duration
	// Log receives what went wrong on the worker's side; never secrets.
	Log *slog.Logger
}

// Worker sends due deliveries. Every server process runs one; they share
// the deliveries through the database.
type Worker struct {
	client *ent.Client
	cfg    WorkerConfig
	wake   chan struct{}
}

// NewWorker returns a worker over client's deliveries.
func NewWorker(client *ent.Client, cfg WorkerConfig) *Worker {
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 8
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Lease <= 0 {
		cfg.Lease = 3*cfg.Timeout + 10*time.Second
	}
	if cfg.Retries == nil {
		cfg.Retries = DefaultRetries
	}
	if cfg.Jitter == 0 {
		cfg.Jitter = 0.2
	}
	if cfg.DisableAfter <= 0 {
		cfg.DisableAfter = 5 * 24 * time.Hour
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Worker{client: client, cfg: cfg, wake: make(chan struct{}, 1)}
}

// Run sends deliveries until ctx ends, then waits for the attempts in
// flight to be recorded. It takes due deliveries in batches, into a queue
// of twice Concurrency that Concurrency senders drain, and takes more once
// half the queue is free or the next poll comes: one claim serves many
// deliveries. A delivery waits in the queue well within its lease.
func (w *Worker) Run(ctx context.Context) {
	queue := make(chan *ent.WebhookDelivery, 2*w.cfg.Concurrency)
	var senders sync.WaitGroup
	for range w.cfg.Concurrency {
		senders.Go(func() {
			for d := range queue {
				// An attempt begun is finished and recorded, even during
				// shutdown: Timeout bounds it.
				w.attempt(context.WithoutCancel(ctx), d)
				if len(queue) <= cap(queue)/2 {
					w.nudge()
				}
			}
		})
	}
	defer senders.Wait()
	defer close(queue)
	tick := time.NewTicker(w.cfg.Poll)
	defer tick.Stop()
	for {
		if room := cap(queue) - len(queue); room > 0 {
			taken, err := w.claim(ctx, room)
			if err != nil && ctx.Err() == nil {
				w.cfg.Log.Warn("taking webhook deliveries failed", "error", err.Error())
			}
			for _, d := range taken {
				queue <- d
			}
			if len(taken) == room {
				continue // more may be due
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-w.wake:
		}
	}
}

// nudge makes Run look for deliveries now.
func (w *Worker) nudge() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// claim takes up to n due deliveries and leases them to this worker. A
// delivery is due when it is PENDING, its time has come, no worker holds
// it, its endpoint is enabled, and no earlier delivery of the same subject
// to the same endpoint is still pending: each subject's events reach an
// endpoint in order.
func (w *Worker) claim(ctx context.Context, n int) ([]*ent.WebhookDelivery, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := clock.Now()
	token := newLease()
	due := []predicate.WebhookDelivery{
		webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
		webhookdelivery.NextAttemptTimeLTE(now),
		webhookdelivery.Or(webhookdelivery.LeaseExpiresTimeIsNil(), webhookdelivery.LeaseExpiresTimeLTE(now)),
	}
	tx, err := w.client.Tx(sys)
	if err != nil {
		return nil, err
	}
	q := tx.WebhookDelivery.Query().
		Where(due...).
		Where(webhookdelivery.HasEndpointWith(webhookendpoint.IsEnabled(true)), noEarlierPending()).
		Order(webhookdelivery.ByNextAttemptTime(), webhookdelivery.ByID()).
		Limit(n)
	if w.cfg.Dialect == dialect.Postgres {
		q.ForUpdate(sql.WithLockAction(sql.SkipLocked))
	}
	ids, err := q.IDs(sys)
	if err == nil && len(ids) > 0 {
		// The conditions again: where rows cannot be locked (SQLite),
		// a delivery another worker took meanwhile is not taken twice.
		_, err = tx.WebhookDelivery.Update().
			Where(webhookdelivery.IDIn(ids...)).Where(due...).
			SetLease(token).SetLeaseExpiresTime(now.Add(w.cfg.Lease)).
			Save(sys)
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return w.client.WebhookDelivery.Query().
		Where(webhookdelivery.Lease(token)).
		WithEndpoint().WithEvent().
		Order(webhookdelivery.ByEventID()).
		All(sys)
}

// noEarlierPending holds for a delivery when no delivery of an earlier
// event of the same subject to the same endpoint is pending.
func noEarlierPending() predicate.WebhookDelivery {
	return func(s *sql.Selector) {
		prior := sql.Table(webhookdelivery.Table).As("prior")
		s.Where(sql.NotExists(
			sql.Select(prior.C(webhookdelivery.FieldID)).From(prior).Where(sql.And(
				sql.ColumnsEQ(prior.C(webhookdelivery.FieldEndpointID), s.C(webhookdelivery.FieldEndpointID)),
				sql.ColumnsEQ(prior.C(webhookdelivery.FieldSubjectID), s.C(webhookdelivery.FieldSubjectID)),
				sql.EQ(prior.C(webhookdelivery.FieldStatus), webhookdelivery.StatusPENDING),
				sql.ColumnsLT(prior.C(webhookdelivery.FieldEventID), s.C(webhookdelivery.FieldEventID)),
			)),
		))
	}
}

// newLease returns a token naming one claim.
func newLease() string { return crand.Text() }

// retryWait returns the wait before the retry that follows attempt n (1
// for the first attempt) since the delivery's schedule began, jittered,
// or false when the retries have run out.
func (w *Worker) retryWait(n int) (time.Duration, bool) {
	if n < 1 || n > len(w.cfg.Retries) {
		return 0, false
	}
	d := w.cfg.Retries[n-1]
	spread := (rand.Float64()*2 - 1) * w.cfg.Jitter
	return d + time.Duration(float64(d)*spread), true
}
