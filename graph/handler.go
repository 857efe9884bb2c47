package graph

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"

	"entgo.io/contrib/entgql"
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

// NewHandler returns the GraphQL handler: POST and GET transports (GET
// carries queries only), websocket for subscriptions (wsInit authenticates
// the connection), cached parsed queries, introspection, mutations in
// a transaction, the error presenter, and a recovery that turns a panic into
// an INTERNAL error.
func NewHandler(r *Resolver, log *slog.Logger, wsInit transport.WebsocketInitFunc) *handler.Server {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.Websocket{
		InitFunc:              wsInit,
		KeepAlivePingInterval: 15 * time.Second,
	})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	// These mutations call sources: they hold no transaction open during the
	// call and commit their own steps (a failed verification is recorded).
	srv.Use(transactioner{entgql.Transactioner{
		TxOpener:   r.client,
		SkipTxFunc: entgql.SkipIfHasFields("createAccount", "verifyAccount", "enableAccount"),
	}})
	srv.AroundOperations(requireViewer)
	srv.AroundFields(markResolverErrors)
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
