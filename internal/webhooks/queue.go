package webhooks

import (
	"sync"

	"github.com/latchkey/latchkey/ent"
)

// queue holds the deliveries a worker took until a sender is free. A free
// sender takes the oldest delivery of the environment it is sending the
// fewest of, so that a tenant's delivery taken behind another tenant's
// slow ones does not wait for them.
type queue struct {
	mu      sync.Mutex
	ready   *sync.Cond
	items   []*ent.WebhookDelivery
	sending map[string]int // by environment
	closed  bool
}

// newQueue returns an empty queue.
func newQueue() *queue {
	q := &queue{sending: map[string]int{}}
	q.ready = sync.NewCond(&q.mu)
	return q
}

// push adds deliveries.
func (q *queue) push(ds []*ent.WebhookDelivery) {
	q.mu.Lock()
	q.items = append(q.items, ds...)
	q.mu.Unlock()
	q.ready.Broadcast()
}

// pop waits for a delivery and returns it, or false once the queue is
// closed and empty. Call done with it after sending it.
func (q *queue) pop() (*ent.WebhookDelivery, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.ready.Wait()
	}
	if len(q.items) == 0 {
		return nil, false
	}
	best := 0
	for i, d := range q.items {
		if q.sending[d.EnvironmentID] < q.sending[q.items[best].EnvironmentID] {
			best = i
		}
	}
	d := q.items[best]
	q.items = append(q.items[:best], q.items[best+1:]...)
	q.sending[d.EnvironmentID]++
	return d, true
}

// done records that d was sent.
func (q *queue) done(d *ent.WebhookDelivery) {
	q.mu.Lock()
	if q.sending[d.EnvironmentID]--; q.sending[d.EnvironmentID] == 0 {
		delete(q.sending, d.EnvironmentID)
	}
	q.mu.Unlock()
}

// close lets the senders end, and returns the deliveries no sender took.
func (q *queue) close() []*ent.WebhookDelivery {
	q.mu.Lock()
	left := q.items
	q.items, q.closed = nil, true
	q.mu.Unlock()
	q.ready.Broadcast()
	return left
}
