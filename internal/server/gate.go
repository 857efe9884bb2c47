package server

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/ratelimit"
)

// gate is what every operation passes, whatever way it came in (an HTTP
// request or a message on a websocket): authentication, with wrong keys
// charged to their address before any lookup; the caller's rate; a slot,
// shared fairly between callers; and the request timeout. The GraphQL
// handler checks cost, depth and size; the data layer checks permissions.
type gate struct {
	authn   *keys.Authenticator
	limiter *ratelimit.Limiter
	slots   *slots
	// heavy is the narrower lane of the operations that read whole
	// listings (graph.Heavy): one at a time per caller.
	heavy   *slots
	timeout time.Duration
	// subscriptions bounds the subscriptions of one socket.
	subscriptions int
}

// authenticate returns the grant of an Authorization header value from
// the client at addr, or nil for none. A header that is not a valid key
// costs addr a failure; once its failures are spent, keys from addr are
// refused without being looked up, except those that authenticated here
// lately (Authenticator.Known).
func (g *gate) authenticate(ctx context.Context, header, addr string) (*keys.Grant, *errs.Error) {
	if header == "" {
		return nil, nil
	}
	secretKey, ok := bearer(header)
	if d := g.limiter.Blocked(addr); !d.Allowed && !(ok && g.authn.Known(secretKey)) {
		return nil, tooManyFailures(d)
	}
	if !ok {
		g.limiter.Fail(addr)
		return nil, errs.New(errs.Unauthenticated, "use `Authorization: Bearer <secretKey>`")
	}
	grant, err := g.authn.Grant(ctx, secretKey)
	if e := errs.As(err); e != nil {
		g.limiter.Fail(addr)
		return nil, e
	}
	if err != nil {
		return nil, &errs.Error{Code: errs.Unavailable, Message: "cannot check the API key now; retry", Cause: err}
	}
	return grant, nil
}

func tooManyFailures(d ratelimit.Decision) *errs.Error {
	return errs.New(errs.RateLimited, "too many requests without a valid key from this address; retry in %d s", retryAfter(d))
}

// bearer returns the secret key of an Authorization value
// "Bearer <secretKey>", and whether it is one.
func bearer(header string) (string, bool) {
	scheme, secretKey, _ := strings.Cut(header, " ")
	secretKey = strings.TrimSpace(secretKey)
	return secretKey, strings.EqualFold(scheme, "Bearer") && secretKey != ""
}

// callerOf names a caller for rates and slots: its key, or its address.
func callerOf(ctx context.Context) string {
	if v := auth.FromContext(ctx); v != nil {
		return "key:" + v.AuthAccessID
	}
	return "addr:" + addrFrom(ctx)
}

type addrKey struct{}

// withAddr puts the client's address in the request's context, as the
// per-address budgets count it: the peer's address, or, from a trusted
// proxy, the last address of X-Forwarded-For that is not a trusted proxy's;
// an IPv6 address by its /64, which one client usually holds whole.
func withAddr(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), addrKey{}, clientAddr(r, trusted))))
	})
}

func clientAddr(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap()
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0 && isTrusted(ip, trusted); i-- {
		hop, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		ip = hop.Unmap()
	}
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

func isTrusted(ip netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

func addrFrom(ctx context.Context) string {
	a, _ := ctx.Value(addrKey{}).(string)
	return a
}

// exchange is what the gate learned of one HTTP request, which was charged
// to its caller's rate before its body was read: the rate's decision, and
// whether its operation found a slot, for the answer's status and headers.
type exchange struct {
	decision ratelimit.Decision
	// grant is what the request's key granted; nil without a key.
	grant *keys.Grant
	// revoked is set when the key stopped holding before the operation ran.
	revoked bool
	// busy is set when no slot came in time.
	busy bool
}

type exchangeKey struct{}

func exchangeFrom(ctx context.Context) *exchange {
	x, _ := ctx.Value(exchangeKey{}).(*exchange)
	return x
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationInterceptor
} = (*gate)(nil)

func (*gate) ExtensionName() string                   { return "Gate" }
func (*gate) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters charges an operation to its caller's rate,
// before its document is parsed. An HTTP request was charged before its
// body was read.
func (g *gate) MutateOperationParameters(ctx context.Context, _ *graphql.RawParams) *gqlerror.Error {
	var d ratelimit.Decision
	if x := exchangeFrom(ctx); x != nil {
		d = x.decision
	} else {
		d = g.limiter.Allow(auth.FromContext(ctx), addrFrom(ctx))
	}
	if d.Limit > 0 {
		graph.SetBudget(ctx, d.Remaining)
	}
	if !d.Allowed {
		return gateError(errs.RateLimited, "too many requests; retry in %d s", retryAfter(d))
	}
	return nil
}

// holds checks, right before an operation runs, that the key its request
// or socket authenticated with still holds, as a new request's would be
// checked: a body that took its time, a wait for a slot or a long-lived
// socket does not outlive the key's revocation. A socket whose key no
// longer holds is closed with 4403.
func (g *gate) holds(ctx context.Context) *gqlerror.Error {
	grant := (*keys.Grant)(nil)
	x, s := exchangeFrom(ctx), socketFrom(ctx)
	switch {
	case x != nil:
		grant = x.grant
	case s != nil:
		grant = s.grant
	}
	if grant == nil {
		return nil
	}
	reason, ok, err := g.authn.Holds(ctx, grant)
	switch {
	case err != nil:
		return gateError(errs.Unavailable, "cannot check the API key now; retry")
	case ok:
		return nil
	case x != nil:
		x.revoked = true
	case s != nil:
		s.end(closeForbidden, reason)
	}
	return gateError(errs.Unauthenticated, "%s", reason)
}

// InterceptOperation runs a query or mutation in a slot of its caller's
// (and, if it reads whole listings, in the heavy lane too), within the
// request timeout; a subscription takes no slot, but counts against its
// socket's bound.
func (g *gate) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if graphql.GetOperationContext(ctx).Operation.Operation == ast.Subscription {
		return g.subscribe(ctx, next)
	}
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	release, err := g.enter(ctx)
	if err != nil {
		cancel()
		if x := exchangeFrom(ctx); x != nil {
			x.busy = true
		}
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{gateError(errs.Unavailable, "the server is busy; retry")}})
	}
	if err := g.holds(ctx); err != nil {
		release()
		cancel()
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	deadline, _ := ctx.Deadline()
	h := next(ctx)
	var once sync.Once
	// The slot is given back when the operation has run, not when its time
	// is up: an operation still running past its deadline still holds what
	// a slot stands for.
	done := func() { once.Do(func() { release(); cancel() }) }
	return func(ctx context.Context) *graphql.Response {
		defer done()
		ctx, stop := context.WithDeadline(ctx, deadline)
		defer stop()
		return h(ctx)
	}
}

// enter takes the slots an operation needs: a place in the heavy lane
// first if it reads whole listings, then a slot. It returns what gives them
// back.
func (g *gate) enter(ctx context.Context) (func(), error) {
	caller := callerOf(ctx)
	leaveLane := func() {}
	if graph.Heavy(ctx) {
		var err error
		if leaveLane, err = g.heavy.enter(ctx, caller); err != nil {
			return nil, err
		}
	}
	release, err := g.slots.enter(ctx, caller)
	if err != nil {
		leaveLane()
		return nil, err
	}
	return func() { release(); leaveLane() }, nil
}

// subscribe starts a subscription unless it did not come over a websocket,
// its socket has as many as it may, or its key no longer holds. It takes
// no slot: it waits for events most of its life.
func (g *gate) subscribe(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	s := socketFrom(ctx)
	if s == nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{
			gateError(errs.BadUserInput, "subscriptions run over a websocket (graphql-transport-ws on /graphql)"),
		}})
	}
	if n := s.subscriptions.Add(1); int(n) > g.subscriptions {
		s.subscriptions.Add(-1)
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{
			gateError(errs.RateLimited, "this connection has %d subscriptions, the most it may have; stop one first", g.subscriptions),
		}})
	}
	context.AfterFunc(ctx, func() { s.subscriptions.Add(-1) })
	if err := g.holds(ctx); err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	return next(ctx)
}

// gateError is the refusal of an operation, with its code.
func gateError(code errs.Code, format string, args ...any) *gqlerror.Error {
	e := errs.New(code, format, args...)
	return &gqlerror.Error{Err: e, Message: e.Message, Extensions: map[string]any{"code": e.Code}}
}

// retryAfter returns the whole seconds until a refused caller may retry.
func retryAfter(d ratelimit.Decision) int {
	return max(int((d.Reset+time.Second-1)/time.Second), 1)
}
