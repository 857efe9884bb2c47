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
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/latchkey/latchkey/ent/event"
)

const (
	// Channel is the PostgreSQL notification channel of committed events.
	Channel = "latchkey_events"
	// KeysPayload is the payload of the notification of a key's event,
	// OthersPayload of another's (sent by the events table's trigger). Any
	// other payload (a process of an earlier version sent '') counts as a
	// key's.
	KeysPayload, OthersPayload = "keys", "others"
	// commitSkew is how much earlier than the newest event seen an event
	// may have been created and still be delivered: events are stamped when
	// written and seen when committed, in whatever order.
	commitSkew = 10 * time.Second
	// fallbackPoll bounds the wait for a wake-up that was lost (a dropped
	// database connection, for instance).
	fallbackPoll = 5 * time.Second
)

// Hub wakes subscribers when events are committed, and those watching
// keys when an event of a key is.
type Hub struct {
	mu sync.Mutex
	// wake is closed at the next commit of any event, keysWake at the next
	// of a key's event.
	wake, keysWake chan struct{}
	keyGeneration  atomic.Uint64
	readers        map[string]*reader
}

// NewHub returns a hub with no subscribers.
func NewHub() *Hub {
	return &Hub{wake: make(chan struct{}), keysWake: make(chan struct{}), readers: map[string]*reader{}}
}

// Notify wakes every subscriber, and those watching keys too when keys
// reports that a key's event was committed (or may have been).
func (h *Hub) Notify(keys bool) {
	if keys {
		h.keyGeneration.Add(1)
	}
	h.mu.Lock()
	close(h.wake)
	h.wake = make(chan struct{})
	if keys {
		close(h.keysWake)
		h.keysWake = make(chan struct{})
	}
	h.mu.Unlock()
}

// KeyGeneration returns how many times a key's event was committed, by this
// process (before its commit returns) or another one: what a key read at
// one generation may be stale at the next. Events of other objects (an
// account added, say) leave it alone, so that writes do not make every
// cached key stale.
func (h *Hub) KeyGeneration() uint64 { return h.keyGeneration.Load() }

// KeysChanged returns a channel closed when the next key's event is
// committed, by this process or, on PostgreSQL, another one.
func (h *Hub) KeysChanged() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.keysWake
}

func (h *Hub) waiter() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.wake
}

// eventTable is how ent names the events table in statements.
var eventTable = []string{`INSERT INTO "events"`, "INSERT INTO `events`"}

// inserted tells what a statement with args wrote: whether it inserted
// events, and whether one of them is a key's. ent passes an event's type
// as an event.Type among the arguments, whatever its position.
func inserted(query string, args any) (events, keys bool) {
	events = slices.ContainsFunc(eventTable, func(prefix string) bool {
		return strings.HasPrefix(query, prefix)
	})
	if !events {
		return false, false
	}
	list, _ := args.([]any)
	return true, slices.ContainsFunc(list, func(a any) bool {
		t, ok := a.(event.Type)
		return ok && KeyEvent(t)
	})
}

// KeyEvent reports whether events of type t record a change of an API key.
// The events table's trigger tells them the same way (its type begins
// with AUTH_ACCESS_).
func KeyEvent(t event.Type) bool { return strings.HasPrefix(string(t), "AUTH_ACCESS_") }
