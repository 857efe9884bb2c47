package keys

import (
	"context"
	"sync"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/privacy"
)

// Freshness bounds how long this process trusts a key it read from the
// database: a key disabled, rotated out, expired or deleted stops
// authenticating here within it, whichever process changed it. Sooner, in
// fact: a committed key's event (every change of a key writes one) makes
// every key read before it stale at once, in this process and, through
// PostgreSQL's notifications, in the others; Freshness bounds the wait
// when such a wake-up is lost, or a key is changed without an event.
const Freshness = time.Second

// forgetAfter is how long a key that authenticates nothing is kept.
const forgetAfter = 10 * time.Minute

// Changes counts the commits that may have changed keys: KeyGeneration
// grows at each (feed.Hub's wake-ups by a key's event).
type Changes interface {
	KeyGeneration() uint64
}

// cache holds the keys this process read lately, by token. Only keys
// that exist are held, so wrong keys cannot fill it.
type cache struct {
	changes Changes
	mu      sync.Mutex
	byToken map[string]*cached
	swept   time.Time
}

// cached is a key as read, and when.
type cached struct {
	key  *ent.AuthAccess
	read time.Time
	gen  uint64
	// used is when the key last authenticated here; touched when its
	// lastUsedTime was last written.
	used, touched time.Time
}

func newCache(changes Changes) *cache {
	return &cache{changes: changes, byToken: map[string]*cached{}, swept: time.Now()}
}

// key returns the key of token: from the cache while fresh, else read
// anew. It returns ent's not-found error for a token no key has.
func (c *cache) key(ctx context.Context, client *ent.Client, token string) (*cached, error) {
	gen := c.changes.KeyGeneration()
	now := time.Now()
	c.mu.Lock()
	e := c.byToken[token]
	if e != nil && e.gen == gen && now.Sub(e.read) < Freshness {
		e.used = now
		c.mu.Unlock()
		return e, nil
	}
	c.mu.Unlock()
	key, err := client.AuthAccess.Query().Where(authaccess.Token(token)).Only(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		if ent.IsNotFound(err) {
			c.forget(token)
		}
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	fresh := &cached{key: key, read: now, gen: gen, used: now}
	if e != nil {
		fresh.touched = e.touched
	}
	c.byToken[token] = fresh
	c.sweep(now)
	return fresh, nil
}

// known reports whether token names a key read lately that, as read,
// authenticates a secret hashing to hash: a client that authenticated with
// it before, whatever its address did since.
func (c *cache) known(token string, hash []byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.byToken[token]
	if e == nil {
		return false
	}
	_, why := holds(e.key, hash, time.Now())
	return why == accepted
}

// touch reports whether the key's lastUsedTime is due to be written, and
// if so records that it is being written now.
func (c *cache) touch(e *cached, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	last := e.touched
	if lu := e.key.LastUsedTime; lu != nil && lu.After(last) {
		last = *lu
	}
	if now.Sub(last) < LastUsedResolution {
		return false
	}
	e.touched = now
	return true
}

// refresh replaces the cached copy of key, if one is held and is older,
// with key, read by a query begun at at, in generation gen.
func (c *cache) refresh(key *ent.AuthAccess, gen uint64, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.byToken[key.Token]; e != nil && e.read.Before(at) {
		c.byToken[key.Token] = &cached{key: key, read: at, gen: gen, used: e.used, touched: e.touched}
	}
}

func (c *cache) forget(token string) {
	c.mu.Lock()
	delete(c.byToken, token)
	c.mu.Unlock()
}

// sweep forgets keys unused for forgetAfter, at most once a minute; c.mu
// is held.
func (c *cache) sweep(now time.Time) {
	if now.Sub(c.swept) < time.Minute {
		return
	}
	c.swept = now
	for token, e := range c.byToken {
		if now.Sub(e.used) > forgetAfter {
			delete(c.byToken, token)
		}
	}
}
