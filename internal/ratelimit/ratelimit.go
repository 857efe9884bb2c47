// Package ratelimit keeps a token bucket per caller: per API key, with a
// rate that depends on the key's permission level, and per client address
// for requests without a key.
package ratelimit

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/latchkey/latchkey/internal/auth"
)

// Rate is a sustained rate and a burst.
type Rate struct {
	// PerSecond is the sustained rate; zero means unlimited.
	PerSecond float64
	// Burst is how many requests may come at once.
	Burst int
}

// Config holds the rates.
type Config struct {
	// ByPermission is the rate of each key, by its level.
	ByPermission map[auth.Permission]Rate
	// Anonymous is the rate of each client address without a key.
	Anonymous Rate
}

// Defaults returns the default rates: 50/s (burst 100) for the writing
// levels, 25/s (burst 50) for the reading ones, 5/s (burst 20) for
// CREDENTIALS_IN_ONLY, and 2/s (burst 10) per address without a key.
func Defaults() Config {
	return Config{
		ByPermission: map[auth.Permission]Rate{
			auth.FullAccess:                {50, 100},
			auth.ReadWriteNoCredentialsOut: {50, 100},
			auth.ReadCredentialsIn:         {25, 50},
			auth.ReadOnly:                  {25, 50},
			auth.CredentialsInOnly:         {5, 20},
		},
		Anonymous: Rate{2, 10},
	}
}

// idleAfter is how long a caller's bucket is kept without requests.
const idleAfter = 10 * time.Minute

// Limiter holds the buckets.
type Limiter struct {
	cfg       Config
	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// New returns a limiter with cfg.
func New(cfg Config) *Limiter {
	return &Limiter{cfg: cfg, buckets: map[string]*bucket{}, lastSweep: time.Now()}
}

// Decision is the outcome of one request's check.
type Decision struct {
	// Allowed reports whether the request may go on.
	Allowed bool
	// Limit is the burst, the most requests at once; 0 when unlimited.
	Limit int
	// Remaining is how many requests may follow at once.
	Remaining int
	// Reset is when the bucket holds a request again (for a refused
	// request: when to retry).
	Reset time.Duration
}

// Allow takes a token for a caller: the key's ID and level, or the client
// address when there is no key (viewer nil).
func (l *Limiter) Allow(v *auth.Viewer, addr string) Decision {
	r, id := l.cfg.Anonymous, "addr:"+addr
	if v != nil {
		r, id = l.cfg.ByPermission[v.Permission], "key:"+v.AuthAccessID
	}
	return l.take(id, r, true)
}

// Fail charges an address for a request it made that did not authenticate
// (a key that is not valid, a refused websocket). Failures have a bucket of
// their own, at the anonymous rate, apart from the address's requests
// without a key: a client that only browses anonymously does not lock out
// the keys used from its address.
func (l *Limiter) Fail(addr string) Decision {
	return l.take("fail:"+addr, l.cfg.Anonymous, true)
}

// Blocked reports the failure budget of an address without taking from
// it: its Allowed is false when the address has spent it. Requests check
// it before their key is looked up, so that once an address has spent its
// budget guessing keys, its guesses cost no database work.
func (l *Limiter) Blocked(addr string) Decision {
	return l.take("fail:"+addr, l.cfg.Anonymous, false)
}

// take checks the bucket id with rate r, taking a token when it may and
// take is set.
func (l *Limiter) take(id string, r Rate, take bool) Decision {
	if r.PerSecond <= 0 {
		return Decision{Allowed: true}
	}
	now := time.Now()
	l.mu.Lock()
	b, ok := l.buckets[id]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(rate.Limit(r.PerSecond), r.Burst)}
		l.buckets[id] = b
	}
	b.seen = now
	l.sweep(now)
	allowed := b.lim.TokensAt(now) >= 1
	if take {
		allowed = b.lim.AllowN(now, 1)
	}
	tokens := b.lim.TokensAt(now)
	l.mu.Unlock()
	d := Decision{Allowed: allowed, Limit: r.Burst, Remaining: max(int(math.Floor(tokens)), 0)}
	if tokens < 1 {
		d.Reset = time.Duration((1 - tokens) / r.PerSecond * float64(time.Second))
	}
	return d
}

// sweep forgets idle buckets, at most once a minute.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	for id, b := range l.buckets {
		if now.Sub(b.seen) > idleAfter {
			delete(l.buckets, id)
		}
	}
}
