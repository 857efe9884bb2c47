package graph

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/requestid"
)

// Options configure the GraphQL handler.
type Options struct {
	// Log receives error causes.
	Log *slog.Logger
	// Gate admits every operation, whatever its transport, before anything
	// else looks at it: it runs first among the extensions.
	Gate graphql.HandlerExtension
	// HTTP is the transport of GET and POST requests; nil takes gqlgen's.
	HTTP graphql.Transport
	// Websocket is the websocket transport: how a connection authenticates,
	// which origins may open one, how it is kept alive.
	Websocket transport.Websocket
	// Limits bound what one request may ask for.
	Limits Limits
	// Rows, when set, tells the cost of reading a whole listing: a
	// totalCount, or a text condition no index serves, is priced by the
	// rows of the listing.
	Rows RowCounter
	// OnOperation, when set, learns each operation's name, outcome (ok or
	// the first error code) and latency.
	OnOperation func(name, outcome string, took time.Duration)
}

// NewHandler returns the GraphQL handler: the HTTP transport (GET carries
// queries only), the websocket transport, the gate, automatic
// persisted queries, cached parsed documents, the limits on a document's
// size and shape (checked before it is validated) and on its cost,
// depth, aliases and conditions, introspection unless turned off, the
// error presenter, and a recovery that turns a panic into an INTERNAL
// error.
func NewHandler(r *Resolver, opts Options) *handler.Server {
	log, limits := opts.Log, opts.Limits
	limits.defaults()
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(opts.Websocket)
	if opts.HTTP != nil {
		srv.AddTransport(opts.HTTP)
	} else {
		srv.AddTransport(transport.GET{})
		srv.AddTransport(transport.POST{})
	}
	cache := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(limits.Tokens)
	srv.SetDisableSuggestion(limits.NoSuggestions)
	srv.AroundOperations(requireViewer)
	if opts.Gate != nil {
		srv.Use(opts.Gate)
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(documentLimit{limits: limits, cache: cache})
	if !limits.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(costLimit{limit: limits.Complexity, rows: opts.Rows})
	srv.Use(argumentLimit{limits: limits})
	srv.AroundOperations(countResolved)
	// Plain fields (read straight from a struct field) and objects already
	// in memory (see graph/gqlplugin) are marshalled without gqlgen's field
	// machinery, so a field middleware never sees them; this one only
	// counts fields and marks resolvers' errors, and those fields count
	// themselves.
	srv.AroundFields(markResolverErrors)
	srv.AroundResponses(observe(limits, opts.OnOperation))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "panic", "request_id", requestid.FromContext(ctx), "panic", v, "stack", string(debug.Stack()))
		return errs.New(errs.Internal, "internal error; quote request ID %s", requestid.FromContext(ctx))
	})
	return srv
}

// requireViewer answers UNAUTHENTICATED to any operation without a viewer.
// The transports refuse requests without a key before this; it keeps an
// operation that would come without one from running.
func requireViewer(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if auth.FromContext(ctx) != nil {
		return next(ctx)
	}
	return func(ctx context.Context) *graphql.Response {
		return &graphql.Response{Errors: gqlerror.List{{
			Message:    "send an API key as `Authorization: Bearer <secretKey>`",
			Extensions: map[string]any{"code": errs.Unauthenticated},
		}}}
	}
}
