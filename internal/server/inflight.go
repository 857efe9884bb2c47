package server

import (
	"net/http"
	"runtime"
	"strings"

	"github.com/latchkey/latchkey/internal/errs"
)

// defaultMaxInFlight is the number of GraphQL requests run at once when the
// configuration sets none: enough to keep every CPU busy while others wait
// on the database, few enough that a burst queues instead of holding a
// request's working memory each.
func defaultMaxInFlight() int {
	return max(64, 16*runtime.GOMAXPROCS(0))
}

// limitInFlight lets at most n requests run next at once. The others wait
// for a turn, in arrival order, until their deadline, then get 503
// UNAVAILABLE. Websocket connections, which stay open, take no turn.
func limitInFlight(n int, next http.Handler) http.Handler {
	turns := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case turns <- struct{}{}:
		case <-r.Context().Done():
			w.Header().Set("Retry-After", "1")
			writeError(w, r, http.StatusServiceUnavailable, errs.New(errs.Unavailable, "the server is busy; retry"))
			return
		}
		defer func() { <-turns }()
		next.ServeHTTP(w, r)
	})
}
