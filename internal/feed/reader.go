package feed

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/policy"
)

const (
	// subscriberBuffer is how many events a subscriber may lag behind
	// before it is dropped: a reader that cannot keep up ends its own
	// subscription, not the others'.
	subscriberBuffer = 64
	// readPage is how many events one query of a reader reads.
	readPage = 500
	// readEvery is the shortest time between two reads of one reader: wakes
	// that come faster are taken together.
	readEvery = 100 * time.Millisecond
)

// subscriber is one subscription: the event types it asked for (all when
// none) and the channel it reads.
type subscriber struct {
	types []event.Type
	out   chan *ent.Event
}

// reader reads the events of one environment for its subscribers in this
// process.
type reader struct {
	hub    *Hub
	env    string
	client *ent.Client
	mu     sync.Mutex
	subs   map[*subscriber]struct{}
}

// Subscribe returns the events of the viewer's environment, of the given
// types (all when none), committed from now on, until ctx ends or the
// subscriber falls too far behind. It returns a denial for a viewer that
// may not read events.
func (h *Hub) Subscribe(ctx context.Context, c *ent.Client, types []event.Type) (<-chan *ent.Event, error) {
	if err := policy.Require(ctx, auth.Read, "read events"); err != nil {
		return nil, err
	}
	env := auth.FromContext(ctx).EnvironmentID
	sub := &subscriber{types: types, out: make(chan *ent.Event, subscriberBuffer)}
	h.mu.Lock()
	r, ok := h.readers[env]
	if !ok {
		r = &reader{hub: h, env: env, client: c, subs: map[*subscriber]struct{}{}}
		h.readers[env] = r
		primed := make(chan struct{})
		go r.run(primed)
		defer func() { <-primed }() // events from now on, after the unlock
	}
	r.mu.Lock()
	r.subs[sub] = struct{}{}
	r.mu.Unlock()
	h.mu.Unlock()
	context.AfterFunc(ctx, func() { r.drop(sub) })
	return sub.out, nil
}

// drop ends a subscription.
func (r *reader) drop(sub *subscriber) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.subs[sub]; ok {
		delete(r.subs, sub)
		close(sub.out)
	}
}

// deliver hands e to the subscribers of its type; one whose buffer is full
// is dropped.
func (r *reader) deliver(e *ent.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for sub := range r.subs {
		if len(sub.types) > 0 && !slices.Contains(sub.types, e.Type) {
			continue
		}
		select {
		case sub.out <- e:
		default:
			delete(r.subs, sub)
			close(sub.out)
		}
	}
}

// done reports whether the reader has no subscriber left, and if so
// retires it, so that a new subscriber starts a new one.
func (r *reader) done() bool {
	r.hub.mu.Lock()
	defer r.hub.mu.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.subs) > 0 {
		return false
	}
	delete(r.hub.readers, r.env)
	return true
}

// run reads the environment's new events at every wake of the hub (and
// every fallbackPoll, in case a wake was lost) until no subscriber is
// left. Events are stamped when written and seen when committed, in
// whatever order: each read covers the last commitSkew, and events seen
// already are skipped. The first read, before primed is closed, only
// learns what is already there.
func (r *reader) run(primed chan struct{}) {
	// The reader reads as a viewer of the environment that may read
	// events, as each of its subscribers may.
	ctx := auth.NewContext(context.Background(), &auth.Viewer{EnvironmentID: r.env, Permission: auth.ReadOnly})
	seen := map[string]time.Time{}
	cursor := clock.Now()
	for prime := true; ; prime = false {
		wake := r.hub.waiter()
		for _, e := range r.read(ctx, cursor) {
			if _, ok := seen[e.ID]; ok {
				continue
			}
			seen[e.ID] = e.CreatedTime
			if e.CreatedTime.After(cursor) {
				cursor = e.CreatedTime
			}
			if !prime {
				r.deliver(e)
			}
		}
		if prime {
			close(primed)
		}
		for id, t := range seen {
			if t.Before(cursor.Add(-2 * commitSkew)) {
				delete(seen, id)
			}
		}
		if r.done() {
			return
		}
		read := time.Now()
		select {
		case <-wake:
		case <-time.After(fallbackPoll):
		}
		time.Sleep(readEvery - time.Since(read))
	}
}

// read returns the events created from commitSkew before cursor on, in
// order, a page at a time until the last; nil when the database cannot be
// read now (the next wake tries again).
func (r *reader) read(ctx context.Context, cursor time.Time) []*ent.Event {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var all []*ent.Event
	q := r.client.Event.Query().Where(event.CreatedTimeGTE(cursor.Add(-commitSkew)))
	for {
		page, err := q.Clone().Order(event.ByCreatedTime(), event.ByID()).Limit(readPage).All(ctx)
		if err != nil {
			return all
		}
		all = append(all, page...)
		if len(page) < readPage {
			return all
		}
		last := page[len(page)-1]
		q = r.client.Event.Query().Where(event.Or(
			event.CreatedTimeGT(last.CreatedTime),
			event.And(event.CreatedTime(last.CreatedTime), event.IDGT(last.ID)),
		))
	}
}
