// Package feed delivers events to subscribers as they are committed, in
// this process and in the others on the same database. Committing an event
// wakes the hub (through PostgreSQL's LISTEN/NOTIFY, or in process on
// SQLite); one reader per environment then reads the environment's new
// events from the events table and hands each to the subscribers that
// asked for its type, so that a commit costs one query per environment
// with subscribers, however many there are.
package feed

import (
	"slices"
	"sync"
	"sync/atomic"
	"time"
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
	mu         sync.Mutex
	wake       chan struct{}
	generation atomic.Uint64
	readers    map[string]*reader
}

// NewHub returns a hub with no subscribers.
func NewHub() *Hub { return &Hub{wake: make(chan struct{}), readers: map[string]*reader{}} }

// Notify wakes every subscriber.
func (h *Hub) Notify() {
	h.generation.Add(1)
	h.mu.Lock()
	close(h.wake)
	h.wake = make(chan struct{})
	h.mu.Unlock()
}

// Generation returns how many times the hub was woken: it grows when an
// event is committed, by this process (before its commit returns) or
// another one.
func (h *Hub) Generation() uint64 { return h.generation.Load() }

// Changed returns a channel closed at the next Notify: when an event is
// committed, by this process or, on PostgreSQL, another one.
func (h *Hub) Changed() <-chan struct{} { return h.waiter() }

func (h *Hub) waiter() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.wake
}

// eventTable is how ent names the events table in statements.
var eventTable = []string{`INSERT INTO "events"`, "INSERT INTO `events`"}

func insertsEvent(query string) bool {
	return slices.ContainsFunc(eventTable, func(prefix string) bool {
		return len(query) >= len(prefix) && query[:len(prefix)] == prefix
	})
}
