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
	// WebsocketInit authenticates a websocket connection.
	WebsocketInit transport.WebsocketInitFunc
	// Limits bound what one request may ask for.
	Limits Limits
	// OnOperation, when set, learns each operation's name, outcome (ok or
	// the first error code) and latency.
	OnOperation func(name, outcome string, took time.Duration)
}

// NewHandler returns the GraphQL handler: POST and GET transports (GET
// carries queries only), websocket for subscriptions, automatic persisted
// queries, cached parsed queries, introspection unless turned off, the
// limits on cost, depth and aliases, the error
// presenter, and a recovery that turns a panic into an INTERNAL error.
func NewHandler(r *Resolver, opts Options) *handler.Server {
	log, limits := opts.Log, opts.Limits
	limits.defaults()
	srv := handler.New(costedSchema{generated.NewExecutableSchema(generated.Config{Resolvers: r})})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.Websocket{
		InitFunc:              opts.WebsocketInit,
		KeepAlivePingInterval: 15 * time.Second,
	})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetDisableSuggestion(limits.NoSuggestions)
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	if !limits.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.FixedComplexityLimit(limits.Complexity))
	srv.Use(shapeLimit{depth: limits.Depth, aliases: limits.Aliases, operations: limits.Operations, noIntrospection: limits.NoIntrospection})
	srv.AroundOperations(countResolved)
	srv.AroundOperations(requireViewer)
	srv.AroundFields(markResolverErrors)
	srv.AroundResponses(observe(opts.OnOperation))
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "panic", "request_id", requestid.FromContext(ctx), "panic", v, "stack", string(debug.Stack()))
		return errs.New(errs.Internal, "internal error; quote request ID %s", requestid.FromContext(ctx))
	})
	return srv
}

// requireViewer answers UNAUTHENTICATED to any operation without a viewer,
// except one that only introspects the schema.
func requireViewer(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if auth.FromContext(ctx) != nil || introspectionOnly(graphql.GetOperationContext(ctx)) {
		return next(ctx)
	}
	return func(ctx context.Context) *graphql.Response {
		return &graphql.Response{Errors: gqlerror.List{{
			Message:    "send an API key as `Authorization: Bearer <secretKey>`",
			Extensions: map[string]any{"code": errs.Unauthenticated},
		}}}
	}
}

// introspectionOnly reports whether the operation selects nothing but
// __schema, __type and __typename.
func introspectionOnly(oc *graphql.OperationContext) bool {
	if oc.Operation == nil {
		return false
	}
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
		switch f.Name {
		case "__schema", "__type", "__typename":
		default:
			return false
		}
	}
	return true
}
