package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/latchkey/latchkey/internal/errs"
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
	// ctx is the request's, cancelled when its client goes away.
	ctx     context.Context
	status  int
	written bool
	// gone reports that the client had gone away when the answer began.
	gone bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.written {
		return
	}
	s.status, s.written = code, true
	s.gone = errors.Is(s.ctx.Err(), context.Canceled)
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if !s.written {
		s.WriteHeader(http.StatusOK)
	}
	return s.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// statusClientGone is the status logged for a request whose client went
// away before its answer began (nginx's 499): what was written went
// nowhere, unless the client only closed its sending side.
const statusClientGone = 499

// logRequests writes one line per request: never headers or bodies, which
// may hold secrets.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, ctx: r.Context(), status: http.StatusOK}
		next.ServeHTTP(rec, r)
		status := rec.status
		if rec.gone || !rec.written && errors.Is(r.Context().Err(), context.Canceled) {
			status = statusClientGone
		}
		log.InfoContext(r.Context(), "request",
			"request_id", requestid.FromContext(r.Context()),
			"method", r.Method, "path", r.URL.Path, "status", status,
			"duration_ms", float64(time.Since(start).Microseconds())/1000)
	})
}

// statusOf is the HTTP status of an error answered before the executor.
func statusOf(code errs.Code) int {
	switch code {
	case errs.Unauthenticated:
		return http.StatusUnauthorized
	case errs.RateLimited:
		return http.StatusTooManyRequests
	case errs.Unavailable:
		return http.StatusServiceUnavailable
	default:
		return http.StatusBadRequest
	}
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

// setRateHeaders tells the caller its budget in RateLimit-* headers, and
// when to retry in Retry-After when it has none left.
func setRateHeaders(w http.ResponseWriter, d ratelimit.Decision) {
	if d.Limit <= 0 {
		return
	}
	w.Header().Set("RateLimit-Limit", strconv.Itoa(d.Limit))
	w.Header().Set("RateLimit-Remaining", strconv.Itoa(d.Remaining))
	w.Header().Set("RateLimit-Reset", strconv.Itoa(int((d.Reset+time.Second-1)/time.Second)))
	if !d.Allowed {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter(d)))
	}
}
