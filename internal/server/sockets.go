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

// socket is one websocket connection: the conn it speaks over, and once
// it has authenticated, the grant it runs on.
type socket struct {
	// header is the upgrade request's Authorization header, if any.
	header string
	conn   *socketConn
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
// rotated out: at once when an event wakes it (committed by this process
// or another one on the same PostgreSQL database), and within recheckEvery
// otherwise.
type sockets struct {
	authn  *keys.Authenticator
	hub    *feed.Hub
	log    *slog.Logger
	perKey int

	mu       sync.Mutex
	byKey    map[string]map[*socket]struct{}
	watching bool
}

func newSockets(authn *keys.Authenticator, hub *feed.Hub, log *slog.Logger, perKey int) *sockets {
	return &sockets{authn: authn, hub: hub, log: log, perKey: perKey, byKey: map[string]map[*socket]struct{}{}}
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

// remove forgets a socket that closed.
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

// watch re-checks the open sockets' grants when an event is committed and
// every recheckEvery, until no socket is left.
func (ss *sockets) watch() {
	tick := time.NewTicker(recheckEvery)
	defer tick.Stop()
	for {
		changed := ss.hub.Changed()
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
		// Keys cannot be read now; the grants' own ends still apply.
		ss.log.Warn("re-checking websocket keys failed", "error", err.Error())
		ended = map[*keys.Grant]string{}
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
}

// newSocketTransport accepts sockets from pages of the server's own origin
// and of the given ones (the origins allowed to call the API, such as
// "https://app.example", wildcards included).
func newSocketTransport(origins []string) socketTransport {
	t := socketTransport{}
	t.inner.AcceptOptions.OriginPatterns = origins
	return t
}

// Accept upgrades the request and ties the connection to the request's
// socket.
func (t socketTransport) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := t.inner.Accept(w, r, opts)
	if err != nil {
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
