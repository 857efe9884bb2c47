// Package conns bounds the connections an HTTP server serves at once, so
// that a flood of clients costs the server a bounded amount of memory
// (each connection holds a goroutine's stack and net/http's buffers)
// while those beyond the bound wait in the kernel's accept queue, where
// they cost it nothing.
//
// A connection that does not hold up work when closed makes room for a
// new one: at the bound, the listener closes first the connection idle
// longest between requests, then the oldest of those that have taken
// longer than the grace period to send a request (a slow header, or a
// body counted from when the server first waits for it) or to take in an
// answer (a client that stopped reading). A connection whose request has
// arrived whole, or whose handler has not yet asked for its body, and
// whose answer is being made or flows is never closed for room: its time
// is bounded by the server's request and write timeouts. Upgraded
// connections (websockets) leave the bound when they are taken over;
// their own bounds apply to them.
//
// At the bound, one client address (an IPv6 /64) may hold at most a
// sixteenth of the places with connections that have not sent their
// request whole; a new connection from an address holding as many is
// closed at once. So a client opening silent connections faster than the
// grace lets them go cannot fill the kernel's accept queue ahead of
// everyone else: its surplus is drained as fast as it is accepted.
package conns

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMax is the bound on connections served at once when none is
// configured: a flood at the bound holds about 20 MiB of stacks and
// buffers.
const DefaultMax = 1024

// crowdShare is the share of the places (one in crowdShare) that one
// address may hold, at the bound, with connections that have not sent
// their request.
const crowdShare = 16

// errCrowded is the refusal of a connection whose address holds its share
// of the places with connections that have not sent their request.
var errCrowded = errors.New("the address holds its share of waiting connections")

// DefaultGrace is how long a connection may take to send its request, or
// to take in a part of its answer, before it may be closed to make room.
const DefaultGrace = time.Second

// Listener accepts connections from its net.Listener while fewer than
// its bound are being served, making room as the package says. Install
// it on the http.Server that serves from it.
type Listener struct {
	inner net.Listener
	max   int
	grace time.Duration

	mu      sync.Mutex
	served  map[*conn]struct{}
	evicted atomic.Uint64
	refused atomic.Uint64
	// room is signalled when a connection leaves the bound or may be
	// closed to make room.
	room      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// New returns a Listener serving at most max connections of inner at
// once (DefaultMax when max is 0), closing for room those that kept the
// server waiting for longer than grace (DefaultGrace when 0).
func New(inner net.Listener, max int, grace time.Duration) *Listener {
	if max <= 0 {
		max = DefaultMax
	}
	if grace <= 0 {
		grace = DefaultGrace
	}
	return &Listener{inner: inner, max: max, grace: grace, served: map[*conn]struct{}{},
		room: make(chan struct{}, 1), done: make(chan struct{})}
}

// Install makes srv report its connections' states to l, and wraps its
// handler so that l sees when a request has arrived whole. srv must serve
// from l.
func (l *Listener) Install(srv *http.Server) {
	next := srv.Handler
	if next == nil {
		next = http.DefaultServeMux
	}
	srv.Handler = l.track(next)
	prevState := srv.ConnState
	srv.ConnState = func(c net.Conn, s http.ConnState) {
		l.stateChanged(c, s)
		if prevState != nil {
			prevState(c, s)
		}
	}
	prevContext := srv.ConnContext
	srv.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		if prevContext != nil {
			ctx = prevContext(ctx, c)
		}
		if tc, ok := c.(*conn); ok {
			ctx = context.WithValue(ctx, connKey{}, tc)
		}
		return ctx
	}
}

// Accept waits for a connection, and for room to serve it; it closes
// those of crowding addresses at once.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		raw, err := l.inner.Accept()
		if err != nil {
			return nil, err
		}
		c := &conn{Conn: raw, l: l, addr: addressOf(raw)}
		err = l.admit(c)
		if err == nil {
			return c, nil
		}
		_ = raw.Close()
		if !errors.Is(err, errCrowded) {
			return nil, err
		}
		l.refused.Add(1)
	}
}

// addressOf returns the client address of c, IPv6 addresses cut to their
// /64 (what one client usually holds), or the zero Addr when unknown.
func addressOf(c net.Conn) netip.Addr {
	ap, err := netip.ParseAddrPort(c.RemoteAddr().String())
	if err != nil {
		return netip.Addr{}
	}
	a := ap.Addr().Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.Addr()
	}
	return a
}

// Close stops accepting; connections being served are the server's to
// close.
func (l *Listener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.inner.Close()
}

// Addr is the address listened on.
func (l *Listener) Addr() net.Addr { return l.inner.Addr() }

// Served is the number of connections being served now.
func (l *Listener) Served() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.served)
}

// Evicted is the number of connections closed to make room so far.
func (l *Listener) Evicted() uint64 { return l.evicted.Load() }

// Refused is the number of new connections closed at once so far, their
// address holding its share of the places with waiting connections.
func (l *Listener) Refused() uint64 { return l.refused.Load() }

// admit counts c in, once there is room or room has been made.
func (l *Listener) admit(c *conn) error {
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		l.mu.Lock()
		var victim *conn
		var wait time.Duration
		if len(l.served) >= l.max {
			if l.crowding(c.addr) {
				l.mu.Unlock()
				return errCrowded
			}
			victim, wait = l.pick(time.Now())
			if victim != nil {
				delete(l.served, victim)
			}
		}
		if len(l.served) < l.max {
			// Its grace starts now: the time it waited for room was not
			// its client's.
			c.enter(phaseOpen)
			l.served[c] = struct{}{}
			l.mu.Unlock()
			if victim != nil {
				l.evicted.Add(1)
				_ = victim.Conn.Close()
			}
			return nil
		}
		l.mu.Unlock()
		if timer == nil {
			timer = time.NewTimer(wait)
		} else {
			timer.Reset(wait)
		}
		select {
		case <-l.room:
		case <-timer.C:
		case <-l.done:
			return net.ErrClosed
		}
	}
}

// pick returns the connection to close for room at now, or nil and how
// long to wait before looking again: until the first slow connection's
// grace ends, or a grace period when none is slow yet (a client may stop
// reading its answer without a change of state); l.mu is held.
func (l *Listener) pick(now time.Time) (*conn, time.Duration) {
	var idle, slow *conn
	var idleSince, slowSince int64
	soonest := l.grace
	for c := range l.served {
		since, idling, ok := c.waitingSince()
		if !ok {
			continue
		}
		if idling {
			if idle == nil || since < idleSince {
				idle, idleSince = c, since
			}
			continue
		}
		if left := l.grace - now.Sub(time.Unix(0, since)); left > 0 {
			soonest = min(soonest, left)
			continue
		}
		if slow == nil || since < slowSince {
			slow, slowSince = c, since
		}
	}
	if idle != nil {
		return idle, 0
	}
	if slow != nil {
		return slow, 0
	}
	return nil, soonest
}

// crowding reports whether addr holds its share of the places with
// connections that have not sent their request; l.mu is held.
func (l *Listener) crowding(addr netip.Addr) bool {
	share, n := max(1, l.max/crowdShare), 0
	for c := range l.served {
		if c.addr == addr && c.beforeRequest() {
			if n++; n >= share {
				return true
			}
		}
	}
	return false
}

// leave takes c out of the bound, if it is still in it.
func (l *Listener) leave(c *conn) {
	l.mu.Lock()
	_, in := l.served[c]
	delete(l.served, c)
	l.mu.Unlock()
	if in {
		l.signal()
	}
}

// signal wakes an Accept waiting for room.
func (l *Listener) signal() {
	select {
	case l.room <- struct{}{}:
	default:
	}
}

func (l *Listener) stateChanged(nc net.Conn, s http.ConnState) {
	c, ok := nc.(*conn)
	if !ok {
		return
	}
	switch s {
	case http.StateActive:
		c.enter(phaseReading)
	case http.StateIdle:
		c.enter(phaseIdle)
		l.signal()
	case http.StateHijacked, http.StateClosed:
		l.leave(c)
	}
}

// track marks a request's connection as working once the request has
// arrived whole: at once when it has no body, else when its body has been
// read to its end; until then, the client keeps the server waiting only
// from the first time the server waits to read the body (net/http reports
// no state for a request that arrives whole on a kept-alive connection, so
// this is also what ends its idleness).
//
// The handler gets a copy of the request whose body is wrapped: net/http
// looks at its own request's body after the handler, to decide whether the
// connection may carry another request and whether to wait for a body its
// client sends only once asked (Expect: 100-continue).
func (l *Listener) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, ok := r.Context().Value(connKey{}).(*conn); ok {
			if r.Body == nil || r.Body == http.NoBody || r.ContentLength == 0 {
				c.enter(phaseWorking)
			} else {
				c.enterBody()
				r = r.WithContext(r.Context())
				r.Body = &bodyReader{ReadCloser: r.Body, c: c}
			}
		}
		next.ServeHTTP(w, r)
	})
}

type connKey struct{}

// The phases of a connection being served.
const (
	// phaseOpen: accepted, no byte of a request read yet.
	phaseOpen int32 = iota
	// phaseReading: a request's header or body is arriving.
	phaseReading
	// phaseWorking: the request has arrived whole; its answer is being
	// made or written.
	phaseWorking
	// phaseIdle: between requests, kept alive.
	phaseIdle
	// phaseBody: a request's header has arrived and its body has not been
	// read to its end; since is 0 until the server first waits to read it.
	phaseBody
)

// conn is a connection the Listener counts.
type conn struct {
	net.Conn
	l *Listener
	// addr is the client's address (see addressOf).
	addr  netip.Addr
	phase atomic.Int32
	// since is when the phase began, in Unix nanoseconds.
	since atomic.Int64
	// writing is when the Write in progress began, 0 when none is.
	writing atomic.Int64
}

func (c *conn) enter(phase int32) {
	c.since.Store(time.Now().UnixNano())
	c.phase.Store(phase)
}

// enterBody enters phaseBody: the body is not waited for yet.
func (c *conn) enterBody() {
	c.since.Store(0)
	c.phase.Store(phaseBody)
}

// beforeRequest reports whether c has not sent its request whole yet: it
// sent nothing, or its header or its body is arriving.
func (c *conn) beforeRequest() bool {
	switch c.phase.Load() {
	case phaseOpen, phaseReading, phaseBody:
		return true
	}
	return false
}

// waitingSince reports since when c has kept the server waiting on its
// client, whether it is idle, and false when the server is working on it.
func (c *conn) waitingSince() (since int64, idle bool, ok bool) {
	phase, since := c.phase.Load(), c.since.Load()
	switch {
	case since == 0:
		// A body the server has not asked for yet.
	case phase == phaseIdle:
		return since, true, true
	case phase != phaseWorking:
		return since, false, true
	}
	if w := c.writing.Load(); w != 0 {
		return w, false, true
	}
	return 0, false, false
}

// Read notes when the server first waits for a request's body: from then
// on, until the body has arrived, the client keeps it waiting.
func (c *conn) Read(p []byte) (int, error) {
	if c.phase.Load() == phaseBody {
		c.since.CompareAndSwap(0, time.Now().UnixNano())
	}
	return c.Conn.Read(p)
}

// Write notes how long the client takes to take in the answer.
func (c *conn) Write(p []byte) (int, error) {
	c.writing.Store(time.Now().UnixNano())
	n, err := c.Conn.Write(p)
	c.writing.Store(0)
	return n, err
}

// CloseWrite shuts the connection's writing side: net/http does so when
// it closes a connection whose client may still be sending, so that the
// client sees the answer's end before the close resets the connection.
func (c *conn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// Close closes the connection and takes it out of the bound.
func (c *conn) Close() error {
	err := c.Conn.Close()
	c.l.leave(c)
	return err
}

// bodyReader marks its connection as working once the body has been read
// to its end (or failed).
type bodyReader struct {
	io.ReadCloser
	c *conn
}

func (b *bodyReader) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && b.c != nil {
		b.c.enter(phaseWorking)
		b.c = nil
	}
	return n, err
}
