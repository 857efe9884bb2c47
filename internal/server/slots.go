package server

import (
	"context"
	"errors"
	"runtime"
	"sync"
)

// defaultMaxInFlight is the number of operations run at once when the
// configuration sets none: enough to keep every CPU busy while others wait
// on the database, few enough that a burst queues instead of holding an
// operation's working memory each.
func defaultMaxInFlight() int {
	return max(64, 16*runtime.GOMAXPROCS(0))
}

// queuedPerSlot is how many operations a caller may have waiting for each
// slot it may hold: enough to cover a burst, few enough that an open-loop
// flood of one caller is refused at once rather than queued for its whole
// timeout, each queued request holding its memory.
const queuedPerSlot = 4

// errQueueFull is the refusal of an operation whose caller, or the server,
// has as many waiting as it may.
var errQueueFull = errors.New("the caller's queue is full")

// slots lets at most n operations run at once, and at most perCaller of
// them for any one caller (a key, or an address without one), so that one
// heavy caller cannot take the whole server. A freed slot goes to the
// waiting caller that runs the fewest operations, the earliest among
// equals: callers with little traffic are served before a heavy one's
// queue. A caller may have at most queuedPerSlot×perCaller operations
// waiting, and all callers together queuedPerSlot×n (many keys or
// addresses at once); more are refused at once.
type slots struct {
	mu        sync.Mutex
	capacity  int
	free      int
	perCaller int
	running   map[string]int
	waiting   []*waiter
	queued    map[string]int
}

type waiter struct {
	caller  string
	granted chan struct{}
}

func newSlots(n, perCaller int) *slots {
	return &slots{capacity: n, free: n, perCaller: max(1, min(perCaller, n)), running: map[string]int{}, queued: map[string]int{}}
}

// enter waits for a slot for caller until ctx ends, and returns the
// function that gives it back. It returns ctx's error when no slot came,
// and errQueueFull at once when caller has as many waiting as it may.
func (s *slots) enter(ctx context.Context, caller string) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.free > 0 && s.running[caller] < s.perCaller {
		s.grant(caller)
		s.mu.Unlock()
		return s.releaser(caller), nil
	}
	if s.queued[caller] >= queuedPerSlot*s.perCaller || len(s.waiting) >= queuedPerSlot*s.capacity {
		s.mu.Unlock()
		return nil, errQueueFull
	}
	w := &waiter{caller: caller, granted: make(chan struct{})}
	s.waiting = append(s.waiting, w)
	s.queued[caller]++
	s.mu.Unlock()
	select {
	case <-w.granted:
		return s.releaser(caller), nil
	case <-ctx.Done():
		s.mu.Lock()
		defer s.mu.Unlock()
		select {
		case <-w.granted:
			// Granted while giving up: hand the slot on.
			s.release(caller)
		default:
			s.drop(w)
		}
		return nil, ctx.Err()
	}
}

func (s *slots) releaser(caller string) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			s.release(caller)
			s.mu.Unlock()
		})
	}
}

// grant gives caller a slot; s.mu is held.
func (s *slots) grant(caller string) {
	s.free--
	s.running[caller]++
}

// release takes caller's slot back and hands free slots to the waiters
// that may take them, callers running the fewest first; s.mu is held.
func (s *slots) release(caller string) {
	s.free++
	if s.running[caller]--; s.running[caller] <= 0 {
		delete(s.running, caller)
	}
	for s.free > 0 {
		best := -1
		for i, w := range s.waiting {
			n := s.running[w.caller]
			if n < s.perCaller && (best < 0 || n < s.running[s.waiting[best].caller]) {
				best = i
			}
		}
		if best < 0 {
			return
		}
		w := s.waiting[best]
		s.waiting = append(s.waiting[:best], s.waiting[best+1:]...)
		s.dequeued(w.caller)
		s.grant(w.caller)
		close(w.granted)
	}
}

// drop removes a waiter that gave up; s.mu is held.
func (s *slots) drop(w *waiter) {
	for i, x := range s.waiting {
		if x == w {
			s.waiting = append(s.waiting[:i], s.waiting[i+1:]...)
			s.dequeued(w.caller)
			return
		}
	}
}

// dequeued counts one of caller's waiters out of the queue; s.mu is held.
func (s *slots) dequeued(caller string) {
	if s.queued[caller]--; s.queued[caller] <= 0 {
		delete(s.queued, caller)
	}
}
