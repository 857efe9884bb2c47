package server

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/ratelimit"
)

// The close codes of the websocket protocol graphql-ws clients understand:
// 4401 and 4429 end a client's retries, 4403 lets it try again (and find
// its key refused).
const (
	closeUnauthorized    = 4401
	closeForbidden       = 4403
	closeTooManyRequests = 4429
	// closeTryAgainLater (RFC 6455's 1013) asks the client to retry: the
	// server could not check the key now.
	closeTryAgainLater = 1013
)

// recheckEvery bounds how long a socket outlives its key's revocation when
// no event wakes the sockets sooner (a revocation written straight into
// the database, or a wake-up lost with a database connection).
const recheckEvery = 500 * time.Millisecond

// failClosedAfter is how long keys may fail to be rechecked before the
// sockets are closed (1013, to retry): a database that stays away must not
// keep a revoked key's sockets open.
const failClosedAfter = 10 * time.Second

// socket is one websocket connection: the conn it speaks over, and once
// it has authenticated, the grant it runs on.
type socket struct {
	// addr is the client's address; header the upgrade request's
	// Authorization header, if any.
	addr, header string
	// waiting is set from the upgrade until connection_init.
	waiting bool
	conn    *socketConn
	// cancel ends the connection, with the close code set on conn.
	cancel context.CancelFunc
	grant  *keys.Grant
	// subscriptions counts the subscriptions running on the socket.
	subscriptions atomic.Int32
}

// end closes the socket with code and reason.
func (s *socket) end(code int, reason string) {
	s.conn.closeWith(code, reason)
	s.cancel()
}

type socketKey struct{}

func withSocket(ctx context.Context, s *socket) context.Context {
	return context.WithValue(ctx, socketKey{}, s)
}

func socketFrom(ctx context.Context) *socket {
	s, _ := ctx.Value(socketKey{}).(*socket)
	return s
}

// sockets keeps the authenticated sockets by key, caps them per key, and
// closes with 4403 those whose key is disabled, deleted, expired or
// rotated out: at once when a key's event wakes it (committed by this
// process or another one on the same PostgreSQL database), and within
// recheckEvery otherwise.
type sockets struct {
	authn   *keys.Authenticator
	limiter *ratelimit.Limiter
	hub     *feed.Hub
	log     *slog.Logger
	perKey  int

	mu       sync.Mutex
	byKey    map[string]map[*socket]struct{}
	waiting  map[string]int
	watching bool
	// failingSince is when rechecks began to fail, zero while they work.
	failingSince time.Time
}

// maxWaiting bounds the sockets of one address waiting for their
// connection_init (each for InitTimeout at most).
const maxWaiting = 8

func newSockets(authn *keys.Authenticator, limiter *ratelimit.Limiter, hub *feed.Hub, log *slog.Logger, perKey int) *sockets {
	return &sockets{authn: authn, limiter: limiter, hub: hub, log: log, perKey: perKey,
		byKey: map[string]map[*socket]struct{}{}, waiting: map[string]int{}}
}

// pend counts a new socket as waiting for its connection_init, and reports
// false when its address has maxWaiting such sockets already.
func (ss *sockets) pend(s *socket) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.waiting[s.addr] >= maxWaiting {
		return false
	}
	ss.waiting[s.addr]++
	s.waiting = true
	return true
}

// init notes that a socket sent its connection_init.
func (ss *sockets) init(s *socket) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.unwait(s)
}

// settle forgets a socket that ended; one that never sent its
// connection_init costs its address a failure.
func (ss *sockets) settle(s *socket) {
	ss.mu.Lock()
	never := s.waiting
	ss.unwait(s)
	ss.mu.Unlock()
	if never {
		ss.limiter.Fail(s.addr)
	}
	ss.remove(s)
}

// unwait takes a socket out of the waiting count; ss.mu is held.
func (ss *sockets) unwait(s *socket) {
	if !s.waiting {
		return
	}
	s.waiting = false
	if ss.waiting[s.addr]--; ss.waiting[s.addr] <= 0 {
		delete(ss.waiting, s.addr)
	}
}

// add registers an authenticated socket. It reports false when the key
// has as many sockets open as it may.
func (ss *sockets) add(s *socket) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	id := s.grant.Viewer.AuthAccessID
	if len(ss.byKey[id]) >= ss.perKey {
		return false
	}
	if ss.byKey[id] == nil {
		ss.byKey[id] = map[*socket]struct{}{}
	}
	ss.byKey[id][s] = struct{}{}
	if !ss.watching {
		ss.watching = true
		go ss.watch()
	}
	return true
}

// remove forgets an authenticated socket that closed.
func (ss *sockets) remove(s *socket) {
	if s == nil || s.grant == nil {
		return
	}
	ss.mu.Lock()
	defer ss.mu.Unlock()
	id := s.grant.Viewer.AuthAccessID
	delete(ss.byKey[id], s)
	if len(ss.byKey[id]) == 0 {
		delete(ss.byKey, id)
	}
}

// open returns the sockets open now, or nil when there are none (and then
// stops watching).
func (ss *sockets) open() []*socket {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	var all []*socket
	for _, set := range ss.byKey {
		for s := range set {
			all = append(all, s)
		}
	}
	if len(all) == 0 {
		ss.watching = false
	}
	return all
}

// watch re-checks the open sockets' grants when a key's event is committed
// and every recheckEvery, until no socket is left.
func (ss *sockets) watch() {
	tick := time.NewTicker(recheckEvery)
	defer tick.Stop()
	for {
		changed := ss.hub.KeysChanged()
		open := ss.open()
		if open == nil {
			return
		}
		ss.recheck(open)
		select {
		case <-changed:
		case <-tick.C:
		}
	}
}

// recheck closes the sockets whose grant ended.
func (ss *sockets) recheck(open []*socket) {
	now := time.Now()
	grants := make([]*keys.Grant, len(open))
	for i, s := range open {
		grants[i] = s.grant
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ended, err := ss.authn.Recheck(ctx, grants)
	if err != nil {
		ss.log.Warn("re-checking websocket keys failed", "error", err.Error())
		ended = map[*keys.Grant]string{}
		if ss.failingSince.IsZero() {
			ss.failingSince = now
		}
		if now.Sub(ss.failingSince) > failClosedAfter {
			// Keys have not been checked for too long: no socket stays open
			// on a key that may have been revoked meanwhile.
			for _, s := range open {
				s.end(closeTryAgainLater, "cannot check the API key now; reconnect later")
			}
			return
		}
	} else {
		ss.failingSince = time.Time{}
	}
	for _, s := range open {
		reason, gone := ended[s.grant]
		if until := s.grant.Until(); !gone && !until.IsZero() && !now.Before(until) {
			reason, gone = "the API key expired", true
		}
		if gone {
			s.end(closeForbidden, reason)
		}
	}
}

// socketTransport accepts websocket connections through gqlgen's adapter
// of coder/websocket, checking the Origin of browsers against the allowed
// origins, and lets the server choose the close code of a connection it
// ends.
type socketTransport struct {
	inner transport.CoderWebsocketImplementation
	// refused learns of a handshake the websocket library refused.
	refused func(r *http.Request)
}

// newSocketTransport accepts sockets from pages of the server's own origin
// and of the given ones (the origins allowed to call the API, such as
// "https://app.example", wildcards included).
func newSocketTransport(origins []string, refused func(*http.Request)) socketTransport {
	t := socketTransport{refused: refused}
	t.inner.AcceptOptions.OriginPatterns = origins
	return t
}

// Accept upgrades the request and ties the connection to the request's
// socket.
func (t socketTransport) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := t.inner.Accept(w, r, opts)
	if err != nil {
		t.refused(r)
		return nil, err
	}
	c := &socketConn{WebsocketConn: conn}
	if s := socketFrom(r.Context()); s != nil {
		s.conn = c
	}
	return c, nil
}

// socketConn is a websocket connection whose close code the server can set
// before the transport closes it.
type socketConn struct {
	transport.WebsocketConn
	mu     sync.Mutex
	code   int
	reason string
}

func (c *socketConn) closeWith(code int, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.code == 0 {
		c.code, c.reason = code, reason
	}
}

// WriteClose closes with the code the server set, if any.
func (c *socketConn) WriteClose(code int, reason string) error {
	c.mu.Lock()
	if c.code != 0 {
		code, reason = c.code, c.reason
	}
	c.mu.Unlock()
	return c.WebsocketConn.WriteClose(code, reason)
}

// SetReadLimit passes the transport's message size bound on.
func (c *socketConn) SetReadLimit(limit int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

// SetReadDeadline passes the transport's pong deadline on.
func (c *socketConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}
