package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/requestid"
)

// endpoint serves /graphql. An HTTP request passes the gate in the order
// that makes a refusal cheapest: its key (none is 401; a wrong one is
// charged to its address), its caller's rate, then its body, read whole
// within bodyTimeout, before it is parsed or waits for a slot. A websocket
// upgrade becomes a socket, whose connection_init authenticates it and
// whose operations each pass the gate.
type endpoint struct {
	gate    *gate
	sockets *sockets
	// origins may open websockets, beside the server's own.
	origins     []string
	gql         http.Handler
	log         *slog.Logger
	bodyTimeout time.Duration
	maxBody     int64
}

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case isUpgrade(r):
		e.upgrade(w, r)
		return
	case r.Method == http.MethodOptions:
		e.gql.ServeHTTP(w, r)
		return
	case r.Method != http.MethodGet && r.Method != http.MethodPost:
		w.Header().Set("Allow", "GET, POST, OPTIONS")
		writeError(w, r, http.StatusMethodNotAllowed, errs.New(errs.BadUserInput, "send GraphQL requests with POST (or queries with GET)"))
		return
	}
	ctx := r.Context()
	header := r.Header.Get("Authorization")
	if header == "" {
		writeError(w, r, http.StatusUnauthorized, errs.New(errs.Unauthenticated, "send an API key as `Authorization: Bearer <secretKey>`"))
		return
	}
	grant, fail := e.gate.authenticate(ctx, header, addrFrom(ctx))
	if fail != nil {
		e.refuse(w, r, fail)
		return
	}
	ctx = auth.NewContext(ctx, grant.Viewer)
	d := e.gate.limiter.Allow(grant.Viewer, addrFrom(ctx))
	setRateHeaders(w, d)
	if !d.Allowed {
		writeError(w, r, http.StatusTooManyRequests, errs.New(errs.RateLimited, "too many requests; retry in %d s", retryAfter(d)))
		return
	}
	body, status, fail := e.readBody(w, r)
	if fail != nil {
		if status == http.StatusRequestTimeout {
			w.Header().Set("Connection", "close")
		}
		writeError(w, r, status, fail)
		return
	}
	r = r.WithContext(context.WithValue(ctx, exchangeKey{}, &exchange{decision: d, grant: grant}))
	r.Body = io.NopCloser(bytes.NewReader(body))
	e.gql.ServeHTTP(w, r)
}

// upgrade opens a socket for a well-formed websocket handshake from an
// allowed origin; a refused one costs its address a failure. An address
// may have a few sockets waiting for their connection_init at once.
func (e *endpoint) upgrade(w http.ResponseWriter, r *http.Request) {
	addr := addrFrom(r.Context())
	status, fail := http.StatusForbidden, (*errs.Error)(nil)
	switch {
	case !originAllowed(r, e.origins):
		fail = errs.New(errs.Forbidden, "websockets may not be opened from this origin")
	case !handshake(r):
		status, fail = http.StatusBadRequest, errs.New(errs.BadUserInput, "not a websocket handshake")
	}
	if fail != nil {
		e.gate.limiter.Fail(addr)
		writeError(w, r, status, fail)
		return
	}
	s := &socket{addr: addr, header: r.Header.Get("Authorization")}
	if !e.sockets.pend(s) {
		writeError(w, r, http.StatusTooManyRequests, errs.New(errs.RateLimited, "too many websockets of this address wait for connection_init; send it, or retry later"))
		return
	}
	defer e.sockets.settle(s) // when the upgrade failed, or the socket ended
	e.gql.ServeHTTP(w, r.WithContext(withSocket(r.Context(), s)))
}

// handshake reports whether r is a well-formed websocket handshake, as
// RFC 6455 requires one.
func handshake(r *http.Request) bool {
	upgrade := false
	for _, token := range strings.Split(r.Header.Get("Connection"), ",") {
		upgrade = upgrade || strings.EqualFold(strings.TrimSpace(token), "upgrade")
	}
	return upgrade && r.Method == http.MethodGet && r.Header.Get("Sec-WebSocket-Key") != "" && r.Header.Get("Sec-WebSocket-Version") == "13"
}

// originAllowed reports whether a browser on the request's Origin may open
// a websocket: one of the server's own, or matching one of origins (as
// "https://app.example", path.Match wildcards allowed). A request without
// an Origin does not come from a browser page.
func originAllowed(r *http.Request, origins []string) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, o := range origins {
		if ok, _ := path.Match(strings.ToLower(o), strings.ToLower(u.Scheme+"://"+u.Host)); ok || o == "*" {
			return true
		}
	}
	return false
}

// readBody reads the whole body within bodyTimeout: a client that sends it
// slowly is cut off, and holds no slot meanwhile.
func (e *endpoint) readBody(w http.ResponseWriter, r *http.Request) ([]byte, int, *errs.Error) {
	if r.Body == nil || r.Method != http.MethodPost {
		return nil, 0, nil
	}
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Now().Add(e.bodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, e.maxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		// The server's own read timeout no longer applies either: the
		// request is read.
		_ = rc.SetReadDeadline(time.Time{})
		return body, 0, nil
	case errors.As(err, &tooLarge):
		return nil, http.StatusRequestEntityTooLarge, errs.New(errs.BadUserInput, "the request body is larger than %d bytes", e.maxBody)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, http.StatusRequestTimeout, errs.New(errs.BadUserInput, "the request body did not arrive within %s", e.bodyTimeout)
	default:
		return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "the request body could not be read")
	}
}

// refuse answers an authentication that failed, with its status; the cause
// of an UNAVAILABLE one is logged.
func (e *endpoint) refuse(w http.ResponseWriter, r *http.Request, fail *errs.Error) {
	if fail.Code == errs.Unavailable && fail.Cause != nil {
		e.log.ErrorContext(r.Context(), "authenticating failed", "request_id", requestid.FromContext(r.Context()), "error", fail.Cause.Error())
	}
	if fail.Code == errs.RateLimited {
		d := e.gate.limiter.Blocked(addrFrom(r.Context()))
		setRateHeaders(w, d)
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter(d)))
	}
	writeError(w, r, statusOf(fail.Code), fail)
}

func isUpgrade(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

// websocketInit authenticates a socket: by the Authorization entry of its
// connection_init payload, as browsers must, or of its upgrade request.
// A missing or wrong key closes it with 4401, a refused one (too many
// failures from the address, or too many sockets of the key) with 4429.
func (e *endpoint) websocketInit(ss *sockets) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		s := socketFrom(ctx)
		ss.init(s)
		header := payload.Authorization()
		if header == "" {
			header = s.header
		}
		if header == "" {
			e.gate.limiter.Fail(addrFrom(ctx))
			return closing(ctx, closeUnauthorized, "send `Authorization: Bearer <secretKey>` in the connection_init payload")
		}
		grant, fail := e.gate.authenticate(ctx, header, addrFrom(ctx))
		switch {
		case fail != nil && fail.Code == errs.Unauthenticated:
			return closing(ctx, closeUnauthorized, fail.Message)
		case fail != nil && fail.Code == errs.RateLimited:
			return closing(ctx, closeTooManyRequests, fail.Message)
		case fail != nil:
			e.log.ErrorContext(ctx, "authenticating a websocket failed", "error", fail.Error())
			return closing(ctx, closeTryAgainLater, fail.Message)
		}
		ctx, cancel := context.WithCancel(auth.NewContext(ctx, grant.Viewer))
		s.grant, s.cancel = grant, cancel
		if !ss.add(s) {
			cancel()
			return closing(ctx, closeTooManyRequests, "this API key has as many connections open as it may; close one first")
		}
		return ctx, nil, nil
	}
}

// closing returns what tells gqlgen's websocket transport to close the
// connection with code and reason.
func closing(ctx context.Context, code int, reason string) (context.Context, *transport.InitPayload, error) {
	ctx = transport.AppendCloseReason(transport.WithWebsocketCloseCode(ctx, code), reason)
	return ctx, nil, errors.New(reason)
}
