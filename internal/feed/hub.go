// Package feed delivers events to subscribers as they are committed, in
// this process and in the others on the same database. Committing an event
// wakes the subscribers (through PostgreSQL's LISTEN/NOTIFY, or in process
// on SQLite); each then reads the new events of its environment from the
// events table, through the privacy policy of its viewer.
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
	// Channel is the PostgreSQL notification channel of committed events.
	Channel = "latchkey_events"
	// commitSkew is how much earlier than the newest event seen an event
	// may have been created and still be delivered: events are stamped when
	// written and seen when committed, in whatever order.
	commitSkew = 10 * time.Second
	// fallbackPoll bounds the wait for a wake-up that was lost (a dropped
	// database connection, for instance).
	fallbackPoll = 5 * time.Second
)

// Hub wakes subscribers when events are committed.
type Hub struct {
	mu   sync.Mutex
	wake chan struct{}
}

// NewHub returns a hub with no subscribers.
func NewHub() *Hub { return &Hub{wake: make(chan struct{})} }

// Notify wakes every subscriber.
func (h *Hub) Notify() {
	h.mu.Lock()
	close(h.wake)
	h.wake = make(chan struct{})
	h.mu.Unlock()
}

// Changed returns a channel closed at the next Notify: when an event is
// committed, by this process or, on PostgreSQL, another one.
func (h *Hub) Changed() <-chan struct{} { return h.waiter() }

func (h *Hub) waiter() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.wake
}

// Subscribe returns the events of the viewer's environment, of the given
// types (all when none), committed from now on, until ctx ends. It returns a
// denial for a viewer that may not read events.
func (h *Hub) Subscribe(ctx context.Context, c *ent.Client, types []event.Type) (<-chan *ent.Event, error) {
	if err := policy.Require(ctx, auth.Read, "read events"); err != nil {
		return nil, err
	}
	out := make(chan *ent.Event, 16)
	go func() {
		defer close(out)
		seen := map[string]time.Time{}
		cursor := clock.Now()
		// Events of the last moments are known already: only later ones are sent.
		for prime := true; ; prime = false {
			wake := h.waiter()
			q := c.Event.Query().Where(event.CreatedTimeGTE(cursor.Add(-commitSkew))).
				Order(event.ByCreatedTime(), event.ByID()).Limit(500)
			if len(types) > 0 {
				q.Where(event.TypeIn(types...))
			}
			events, err := q.All(ctx)
			if err != nil && ctx.Err() != nil {
				return
			}
			for _, e := range events {
				if _, ok := seen[e.ID]; ok {
					continue
				}
				seen[e.ID] = e.CreatedTime
				if e.CreatedTime.After(cursor) {
					cursor = e.CreatedTime
				}
				if prime {
					continue
				}
				select {
				case out <- e:
				case <-ctx.Done():
					return
				}
			}
			for id, t := range seen {
				if t.Before(cursor.Add(-2 * commitSkew)) {
					delete(seen, id)
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-wake:
			case <-time.After(fallbackPoll):
			}
		}
	}()
	return out, nil
}

// eventTable is how ent names the events table in statements.
var eventTable = []string{`INSERT INTO "events"`, "INSERT INTO `events`"}

func insertsEvent(query string) bool {
	return slices.ContainsFunc(eventTable, func(prefix string) bool {
		return len(query) >= len(prefix) && query[:len(prefix)] == prefix
	})
}
