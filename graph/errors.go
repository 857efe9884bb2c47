package graph

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/requestid"
	"github.com/latchkey/latchkey/internal/store"
)

// presentError returns the error presenter: it decides what a client may see
// of an error. Known errors keep their code and public message; gqlgen's own
// (parse, validation, argument) errors become BAD_USER_INPUT; anything else
// becomes INTERNAL with the request ID, and its cause is logged, never sent.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		pub := public(err)
		out := graphql.DefaultErrorPresenter(ctx, err)
		var fromResolver *resolverError
		switch {
		case pub != nil:
		case errors.As(err, &fromResolver):
			id := requestid.FromContext(ctx)
			log.ErrorContext(ctx, "internal error", "request_id", id, "error", err.Error())
			pub = errs.New(errs.Internal, "internal error; quote request ID %s", id)
		default:
			// gqlgen's own errors: parse, validation and argument coercion.
			pub = &errs.Error{Code: errs.BadUserInput, Message: out.Message}
		}
		out.Message = pub.Message
		out.Err = nil
		out.Extensions = map[string]any{"code": pub.Code}
		if len(pub.Fields) > 0 {
			out.Extensions["fields"] = pub.Fields
		}
		if pub.Code == errs.Internal {
			out.Extensions["requestId"] = requestid.FromContext(ctx)
		}
		return out
	}
}

// resolverError marks an error returned by a resolver, as opposed to one
// gqlgen raised while reading the request.
type resolverError struct{ err error }

func (e *resolverError) Error() string { return e.err.Error() }
func (e *resolverError) Unwrap() error { return e.err }

// markResolverErrors is a field middleware that marks resolvers' errors
// (and counts the fields resolved).
func markResolverErrors(ctx context.Context, next graphql.Resolver) (any, error) {
	countField(ctx)
	res, err := next(ctx)
	if err != nil {
		err = &resolverError{err}
	}
	return res, err
}

// public returns the public form of a known error, or nil for an unknown one.
func public(err error) *errs.Error {
	if e := errs.As(err); e != nil {
		return e
	}
	var notFound *ent.NotFoundError
	var validation *ent.ValidationError
	switch {
	case errors.Is(err, privacy.Deny):
		return errs.New(errs.Forbidden, "permission denied: %s", denyReason(err))
	case errors.As(err, &notFound):
		return errs.New(errs.NotFound, "%s", strings.TrimPrefix(notFound.Error(), "ent: "))
	case errors.As(err, &validation):
		return &errs.Error{Code: errs.BadUserInput, Message: "invalid " + validation.Name,
			Fields: []errs.FieldError{{Field: validation.Name, Message: validatorMessage(validation)}}}
	case ent.IsConstraintError(err):
		return errs.New(errs.Conflict, "the change conflicts with an existing object")
	}
	switch store.Classify(err) {
	case store.Timeout:
		return errs.New(errs.Unavailable, "the request ran out of time; retry")
	case store.Unavailable:
		return errs.New(errs.Unavailable, "the database is unavailable; retry")
	case store.Unstorable:
		return errs.New(errs.BadUserInput, "the input holds a value that cannot be stored")
	}
	return nil
}

// denyReason returns the reason a privacy rule gave, without the wrapping.
func denyReason(err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if errors.Unwrap(e) == privacy.Deny {
			return strings.TrimSuffix(e.Error(), ": "+privacy.Deny.Error())
		}
	}
	return "not allowed"
}

// validatorMessage returns what ent's validator said, without the value.
func validatorMessage(e *ent.ValidationError) string {
	msg := e.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return "is invalid"
}
