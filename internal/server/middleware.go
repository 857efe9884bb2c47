package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/requestid"
)

// withRequestID gives each request an ID, in its context and in the
// X-Request-Id response header.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := requestid.New()
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(requestid.NewContext(r.Context(), id)))
	})
}

// statusRecorder remembers the status code written, and passes on only the
// first one, as HTTP allows.
type statusRecorder struct {
	http.ResponseWriter
	status  int
	written bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.written {
		return
	}
	s.status, s.written = code, true
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.written = true
	return s.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequests writes one line per request: never headers or bodies, which
// may hold secrets.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.InfoContext(r.Context(), "request",
			"request_id", requestid.FromContext(r.Context()),
			"method", r.Method, "path", r.URL.Path, "status", rec.status,
			"duration_ms", float64(time.Since(start).Microseconds())/1000)
	})
}

// authenticate puts the viewer of the request's bearer key in its context.
// A request without a key goes on without a viewer (it may only introspect);
// a request with a bad key is answered 401 at once.
func authenticate(a *keys.Authenticator, log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		header := r.Header.Get("Authorization")
		if header == "" {
			next.ServeHTTP(w, r)
			return
		}
		secretKey, ok := bearer(header)
		if !ok {
			writeError(w, r, http.StatusUnauthorized, errs.New(errs.Unauthenticated, "use `Authorization: Bearer <secretKey>`"))
			return
		}
		viewer, err := a.Authenticate(r.Context(), secretKey)
		switch e := errs.As(err); {
		case err == nil:
			next.ServeHTTP(w, r.WithContext(auth.NewContext(r.Context(), viewer)))
		case e != nil && e.Code == errs.Unauthenticated:
			writeError(w, r, http.StatusUnauthorized, e)
		default:
			log.ErrorContext(r.Context(), "authenticating failed", "request_id", requestid.FromContext(r.Context()), "error", err.Error())
			writeError(w, r, http.StatusServiceUnavailable, errs.New(errs.Unavailable, "cannot check the API key now; retry"))
		}
	})
}

// bearer returns the secret key of an Authorization value
// "Bearer <secretKey>", and whether it is one.
func bearer(header string) (string, bool) {
	scheme, secretKey, _ := strings.Cut(header, " ")
	secretKey = strings.TrimSpace(secretKey)
	return secretKey, strings.EqualFold(scheme, "Bearer") && secretKey != ""
}

// writeError answers with a GraphQL-shaped error response.
func writeError(w http.ResponseWriter, r *http.Request, status int, e *errs.Error) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="latchkey"`)
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message":    e.Message,
		"extensions": map[string]any{"code": e.Code, "requestId": requestid.FromContext(r.Context())},
	}}})
}

// websocketInit authenticates a websocket connection: by the upgrade
// request's Authorization header, already checked by authenticate, or by
// the Authorization entry of the connection_init payload, as browsers must.
func websocketInit(a *keys.Authenticator) transport.WebsocketInitFunc {
	return func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		if auth.FromContext(ctx) != nil {
			return ctx, nil, nil
		}
		header := payload.Authorization()
		if header == "" {
			if v, ok := payload["authorization"].(string); ok {
				header = v
			}
		}
		secretKey, ok := bearer(header)
		if !ok {
			return ctx, nil, errors.New("send `Authorization: Bearer <secretKey>` in the connection_init payload")
		}
		viewer, err := a.Authenticate(ctx, secretKey)
		if err != nil {
			if e := errs.As(err); e != nil {
				return ctx, nil, errors.New(e.Message)
			}
			return ctx, nil, errors.New("cannot check the API key now; retry")
		}
		return auth.NewContext(ctx, viewer), nil, nil
	}
}

// withTimeout bounds a request's context, so that its database work is
// cancelled when it runs out of time. Websocket subscriptions are left
// unbounded: they end when their client leaves.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// limitRate answers 429 RATE_LIMITED to a caller over its rate, and tells
// every caller its budget in RateLimit-* headers.
func limitRate(l *ratelimit.Limiter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			addr = r.RemoteAddr
		}
		d := l.Allow(auth.FromContext(r.Context()), addr)
		if d.Limit > 0 {
			reset := int(math.Ceil(d.Reset.Seconds()))
			w.Header().Set("RateLimit-Limit", strconv.Itoa(d.Limit))
			w.Header().Set("RateLimit-Remaining", strconv.Itoa(d.Remaining))
			w.Header().Set("RateLimit-Reset", strconv.Itoa(reset))
			if !d.Allowed {
				w.Header().Set("Retry-After", strconv.Itoa(max(reset, 1)))
				writeError(w, r, http.StatusTooManyRequests, errs.New(errs.RateLimited, "too many requests; retry in %d s", max(reset, 1)))
				return
			}
			r = r.WithContext(graph.WithBudget(r.Context(), d.Remaining))
		}
		next.ServeHTTP(w, r)
	})
}
