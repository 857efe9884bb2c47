package store

import (
	"context"
	"sync"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/source"
)

// rowsFreshness is how long a count of an environment's rows is reused.
const rowsFreshness = time.Minute

// Rows estimates how many rows an environment's listings hold, for pricing
// what reads whole listings. It counts each listing of an environment at
// most once a minute; between counts the last one stands.
type Rows struct {
	client *ent.Client
	mu     sync.Mutex
	counts map[rowsKey]*rowCount
}

type rowsKey struct{ env, listing string }

type rowCount struct {
	mu sync.Mutex
	n  int
	at time.Time
}

// NewRows returns an estimator counting through client.
func NewRows(client *ent.Client) *Rows {
	return &Rows{client: client, counts: map[rowsKey]*rowCount{}}
}

// Of returns the rows of the listing of type listing ("Account",
// "AuthAccess", "Event", "Source") in the environment env, as counted
// within the last minute; 0 for other listings, or when they cannot be
// counted now.
func (r *Rows) Of(ctx context.Context, env, listing string) int {
	r.mu.Lock()
	c := r.counts[rowsKey{env, listing}]
	if c == nil {
		c = &rowCount{}
		r.counts[rowsKey{env, listing}] = c
	}
	r.mu.Unlock()
	// One count at a time per listing: the others wait for it.
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() && time.Since(c.at) < rowsFreshness {
		return c.n
	}
	// The count is the server's, not the request's: it finishes even if
	// the request that asked gives up, and a failure stands for the minute
	// too, so that requests cannot make it run again and again.
	ctx, cancel := context.WithTimeout(privacy.DecisionContext(context.WithoutCancel(ctx), privacy.Allow), 10*time.Second)
	defer cancel()
	if n, err := r.count(ctx, env, listing); err == nil {
		c.n = n
	}
	c.at = time.Now()
	return c.n
}

func (r *Rows) count(ctx context.Context, env, listing string) (int, error) {
	switch listing {
	case "Account":
		return r.client.Account.Query().Where(account.EnvironmentID(env)).Count(ctx)
	case "AuthAccess":
		return r.client.AuthAccess.Query().Where(authaccess.EnvironmentID(env)).Count(ctx)
	case "Event":
		return r.client.Event.Query().Where(event.EnvironmentID(env)).Count(ctx)
	case "Source":
		return r.client.Source.Query().Where(source.Or(source.EnvironmentIDIsNil(), source.EnvironmentID(env))).Count(ctx)
	}
	return 0, nil
}
