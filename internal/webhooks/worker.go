package webhooks

import (
	"context"
	crand "crypto/rand"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
)

// DefaultRetries are the waits before each retry of a delivery the
// endpoint did not accept: about 28 hours from the first attempt to the
// last, after which the delivery is FAILED.
var DefaultRetries = []time.Duration{
	5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 5 * time.Hour, 10 * time.Hour, 10 * time.Hour,
}

// DefaultTimeout bounds one attempt when WorkerConfig.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// MinLease returns the shortest lease a worker with this attempt timeout
// may hold deliveries for: a delivery may wait two timeouts in the
// worker's queue, then take one, and must be recorded before its lease
// ends, or two workers could send one attempt.
func MinLease(timeout time.Duration) time.Duration { return 3*timeout + 5*time.Second }

// WorkerConfig holds the delivery worker's settings; zero values take the
// defaults given.
type WorkerConfig struct {
	// Client sends the requests; give it outbound's guard. Required.
	Client *http.Client
	// Keys open the endpoints' signing secrets. Required.
	Keys *vault.Keyring
	// Poll is how often the worker looks for due deliveries (1s).
	Poll time.Duration
	// Concurrency is how many deliveries one worker sends at once (8).
	Concurrency int
	// Timeout bounds one attempt, from connecting to the end of the answer
	// (10s).
	Timeout time.Duration
	// Lease is how long a worker holds a delivery it took before another
	// may take it, should it die (Timeout × 3 + 10s). It must outlast the
	// wait in the worker's queue (two timeouts at most) and the attempt,
	// or two workers could send one attempt; a delivery whose lease would
	// end before its attempt could is given back unsent.
	Lease time.Duration
	// Retries are the waits before each retry (DefaultRetries).
	Retries []time.Duration
	// Jitter spreads each wait by up to this fraction either way (0.2).
	Jitter float64
	// DisableAfter disables an endpoint whose deliveries have all failed
	// for this long (5 days).
	DisableAfter time.Duration
	// Retention is how long a DELIVERED or FAILED delivery, with its
	// attempts, is kept (30 days).
	Retention time.Duration
	// PruneEvery is how often the worker deletes what Retention lets go
	// (1h).
	PruneEvery time.Duration
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
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Lease <= 0 {
		cfg.Lease = MinLease(cfg.Timeout) + 5*time.Second
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
	if cfg.Retention <= 0 {
		cfg.Retention = 30 * 24 * time.Hour
	}
	if cfg.PruneEvery <= 0 {
		cfg.PruneEvery = time.Hour
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Worker{client: client, cfg: cfg, wake: make(chan struct{}, 1)}
}

// Run sends deliveries until ctx ends, then waits for the attempts in
// flight to be recorded and gives back those it had not begun.
// Concurrency senders send what it takes from a queue twice as long as
// their number, so that they seldom wait for a claim. It takes deliveries
// in batches, once a quarter of the senders' number is free in the room
// (or at a poll, when idle): a claim costs about the same for one
// delivery as for many. A delivery queued waits at most two timeouts,
// well within its lease.
func (w *Worker) Run(ctx context.Context) {
	taken := newQueue()
	capacity := 3 * w.cfg.Concurrency
	var busy atomic.Int64 // deliveries taken and not yet recorded: queued or being sent
	var senders sync.WaitGroup
	for range w.cfg.Concurrency {
		senders.Go(func() {
			for d, ok := taken.pop(); ok; d, ok = taken.pop() {
				if d.LeaseExpiresTime != nil && time.Until(*d.LeaseExpiresTime) < w.cfg.Timeout+time.Second {
					// Too late to finish within the lease: another
					// worker may take it then. Give it back instead.
					w.release([]*ent.WebhookDelivery{d})
				} else {
					// An attempt begun is finished and recorded, even
					// during shutdown: Timeout bounds it.
					w.attempt(context.WithoutCancel(ctx), d)
				}
				taken.done(d)
				busy.Add(-1)
				w.nudge()
			}
		})
	}
	defer func() {
		w.release(taken.close())
		senders.Wait()
	}()
	tick := time.NewTicker(w.cfg.Poll)
	defer tick.Stop()
	prune := time.NewTicker(w.cfg.PruneEvery)
	defer prune.Stop()
	polled := true
	for {
		free := capacity - int(busy.Load())
		// A claim costs about the same for one delivery as for many: take
		// them once a quarter of the room is free, or at a poll when idle.
		if free > 0 && (free >= max(1, w.cfg.Concurrency/4) || polled && free == capacity) {
			claimed, err := w.claim(ctx, free)
			if err != nil && ctx.Err() == nil {
				w.cfg.Log.Warn("taking webhook deliveries failed", "error", err.Error())
			}
			busy.Add(int64(len(claimed)))
			taken.push(claimed)
			if len(claimed) == free {
				continue // more may be due
			}
		}
		polled = false
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			polled = true
		case <-w.wake:
		case <-prune.C:
			if err := w.prune(ctx); err != nil && ctx.Err() == nil {
				w.cfg.Log.Warn("deleting old webhook deliveries failed", "error", err.Error())
			}
		}
	}
}

// release gives back deliveries taken and not sent, so that any worker
// may take them at once rather than after their lease.
func (w *Worker) release(ds []*ent.WebhookDelivery) {
	for _, d := range ds {
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		err := w.client.WebhookDelivery.Update().
			Where(webhookdelivery.ID(d.ID), webhookdelivery.Lease(*d.Lease)).
			ClearLease().ClearLeaseExpiresTime().
			Exec(sys)
		if err != nil {
			w.cfg.Log.Warn("giving back a webhook delivery failed; it waits for its lease to end", "delivery", d.ID, "error", err.Error())
		}
	}
}

// pruneBatch is how many deliveries one statement of prune deletes.
const pruneBatch = 1000

// prune deletes the DELIVERED and FAILED deliveries older than Retention,
// with their attempts, a batch at a time.
func (w *Worker) prune(ctx context.Context) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	before := clock.Now().Add(-w.cfg.Retention)
	for {
		ids, err := w.client.WebhookDelivery.Query().
			Where(webhookdelivery.StatusIn(webhookdelivery.StatusDELIVERED, webhookdelivery.StatusFAILED), webhookdelivery.CreatedTimeLT(before)).
			Limit(pruneBatch).IDs(sys)
		if err != nil || len(ids) == 0 {
			return err
		}
		if _, err := w.client.WebhookDelivery.Delete().Where(webhookdelivery.IDIn(ids...)).Exec(sys); err != nil {
			return err
		}
		if len(ids) < pruneBatch {
			return nil
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
	var ids []string
	err := store.WithTx(sys, w.client, func(tx *ent.Client) error {
		var err error
		if ids, err = w.pick(sys, tx, due, n, now); err != nil || len(ids) == 0 {
			return err
		}
		// The conditions again: where rows cannot be locked (SQLite),
		// a delivery another worker took meanwhile is not taken twice.
		_, err = tx.WebhookDelivery.Update().
			Where(webhookdelivery.IDIn(ids...)).Where(due...).
			SetLease(token).SetLeaseExpiresTime(now.Add(w.cfg.Lease)).
			Save(sys)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("webhooks: claiming: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	taken, err := w.client.WebhookDelivery.Query().
		Where(webhookdelivery.Lease(token)).
		WithEndpoint().WithEvent().
		Order(webhookdelivery.ByEventID()).
		All(sys)
	if err != nil {
		return nil, fmt.Errorf("webhooks: reading the deliveries taken: %w", err)
	}
	return taken, nil
}

// pick returns up to n due deliveries to take, fairly, counting those that
// the workers of every process hold now: an endpoint that is failing gets
// one delivery in flight at a time (its others would most likely fail the
// same way, each holding a sender for a whole timeout), and an
// environment at most half of a worker's senders while another
// environment has due deliveries; the room left goes to whatever is due.
// So one tenant's slow or dead endpoints cannot hold every sender while
// others wait.
func (w *Worker) pick(sys context.Context, tx *ent.Client, due []predicate.WebhookDelivery, n int, now time.Time) ([]string, error) {
	var held []struct {
		EndpointID    string `json:"endpoint_id"`
		EnvironmentID string `json:"environment_id"`
		Count         int    `json:"count"`
	}
	err := tx.WebhookDelivery.Query().
		Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING), webhookdelivery.LeaseExpiresTimeGT(now)).
		GroupBy(webhookdelivery.FieldEndpointID, webhookdelivery.FieldEnvironmentID).
		Aggregate(ent.Count()).
		Scan(sys, &held)
	if err != nil {
		return nil, err
	}
	share := max(1, w.cfg.Concurrency/2)
	perEndpoint, perEnvironment := map[string]int{}, map[string]int{}
	var heldEndpoints []string
	for _, h := range held {
		perEndpoint[h.EndpointID] += h.Count
		perEnvironment[h.EnvironmentID] += h.Count
		heldEndpoints = append(heldEndpoints, h.EndpointID)
	}
	// Failing endpoints that have one in flight already take no more.
	var blocked []string
	if len(heldEndpoints) > 0 {
		if blocked, err = tx.WebhookEndpoint.Query().
			Where(webhookendpoint.IDIn(heldEndpoints...), webhookendpoint.FailingSinceNotNil()).
			IDs(sys); err != nil {
			return nil, err
		}
	}
	var saturated []string
	for env, c := range perEnvironment {
		if c >= share {
			saturated = append(saturated, env)
		}
	}
	var ids []string
	taken := map[string]bool{}
	take := func(candidates []*ent.WebhookDelivery, capped bool) bool {
		for _, c := range candidates {
			failing := c.Edges.Endpoint != nil && c.Edges.Endpoint.FailingSince != nil
			if taken[c.ID] || failing && perEndpoint[c.EndpointID] >= 1 || capped && perEnvironment[c.EnvironmentID] >= share {
				continue
			}
			taken[c.ID] = true
			perEndpoint[c.EndpointID]++
			perEnvironment[c.EnvironmentID]++
			if ids = append(ids, c.ID); len(ids) == n {
				return true
			}
		}
		return false
	}
	// The environments below their share first, then whatever is due.
	first, err := w.candidates(sys, tx, due, blocked, saturated, 4*n)
	if err != nil || take(first, true) || take(first, false) || len(saturated) == 0 {
		return ids, err
	}
	rest, err := w.candidates(sys, tx, due, blocked, nil, 4*(n-len(ids)))
	if err != nil {
		return nil, err
	}
	take(rest, false)
	return ids, nil
}

// candidates returns up to limit due deliveries, oldest first, of enabled
// endpoints not in blocked and environments not in excluded, locked
// (skipping locked ones) on PostgreSQL.
func (w *Worker) candidates(sys context.Context, tx *ent.Client, due []predicate.WebhookDelivery, blocked, excluded []string, limit int) ([]*ent.WebhookDelivery, error) {
	q := tx.WebhookDelivery.Query().
		Where(due...).
		Where(webhookdelivery.HasEndpointWith(webhookendpoint.IsEnabled(true)), noEarlierPending()).
		WithEndpoint(func(q *ent.WebhookEndpointQuery) {
			q.Select(webhookendpoint.FieldID, webhookendpoint.FieldFailingSince)
		}).
		Where(store.ForUpdateSkipLocked).
		Order(webhookdelivery.ByNextAttemptTime(), webhookdelivery.ByID()).
		Limit(limit)
	if len(blocked) > 0 {
		q.Where(webhookdelivery.EndpointIDNotIn(blocked...))
	}
	if len(excluded) > 0 {
		q.Where(webhookdelivery.EnvironmentIDNotIn(excluded...))
	}
	return q.Select(webhookdelivery.FieldID, webhookdelivery.FieldEndpointID, webhookdelivery.FieldEnvironmentID).All(sys)
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
