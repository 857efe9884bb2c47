package graph

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/graph/resolved"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/requestid"
	"github.com/latchkey/latchkey/internal/store"
)

// presentError returns the error presenter: it decides what a client may see
// of an error. Known errors keep their code and public message; a
// resolver's database error that says the database is away or the request
// ran out of time is UNAVAILABLE; gqlgen's own (parse, validation) errors
// become BAD_USER_INPUT, and an argument that could not be read says so
// without the reader's words; anything else becomes INTERNAL with the
// request ID, and its cause is logged, never sent.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		pub := public(err)
		out := graphql.DefaultErrorPresenter(ctx, err)
		var fromResolver *resolverError
		var raised *gqlerror.Error
		switch {
		case pub != nil:
		case errors.As(err, &fromResolver):
			if pub = storeError(err); pub == nil {
				id := requestid.FromContext(ctx)
				log.ErrorContext(ctx, "internal error", "request_id", id, "error", err.Error())
				pub = errs.New(errs.Internal, "internal error; quote request ID %s", id)
			}
		case errors.As(err, &raised) && raised.Err != nil:
			// An argument that did not fit its type: the reader's error names
			// libraries and Go types, the argument's path is enough.
			pub = errs.New(errs.BadUserInput, "the value of `%s` is not valid", argumentOf(raised))
		default:
			// gqlgen's own errors: parse and validation.
			pub = &errs.Error{Code: errs.BadUserInput, Message: out.Message}
		}
		out.Message = withReasons(pub)
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

// withReasons returns an error's message followed by its fields' reasons,
// so that a client showing only messages shows them too:
// "the custom source is invalid: baseUrl must use https; name must not be empty".
func withReasons(e *errs.Error) string {
	var reasons []string
	for _, f := range e.Fields {
		if !strings.Contains(e.Message, f.Message) {
			reasons = append(reasons, f.Field+" "+f.Message)
		}
	}
	if len(reasons) == 0 {
		return e.Message
	}
	return e.Message + ": " + strings.Join(reasons, "; ")
}

// argumentOf names the argument of an error raised while reading it, by
// its path ("after", "input.metadata").
func argumentOf(e *gqlerror.Error) string {
	var parts []string
	for _, p := range e.Path {
		if name, ok := p.(ast.PathName); ok {
			parts = append(parts, string(name))
		}
	}
	if len(parts) == 0 {
		return "an argument"
	}
	return strings.Join(parts, ".")
}

// storeError returns the public form of a database error that is not a
// bug: the database is away, the request ran out of time, or a value
// cannot be stored; nil for any other.
func storeError(err error) *errs.Error {
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

// resolverError marks an error returned by a resolver, as opposed to one
// gqlgen raised while reading the request.
type resolverError struct{ err error }

func (e *resolverError) Error() string { return e.err.Error() }
func (e *resolverError) Unwrap() error { return e.err }

// markResolverErrors is a field middleware that marks resolvers' errors
// (and counts the fields resolved).
func markResolverErrors(ctx context.Context, next graphql.Resolver) (any, error) {
	resolved.Count(ctx)
	res, err := next(ctx)
	if err != nil {
		err = &resolverError{err}
	}
	return res, err
}

// Public returns the public form of a known error (one of ours, a denial
// of the data layer, a database error that is not a bug), or nil for an
// unknown one, which is a bug to log: for the doors that answer outside
// GraphQL.
func Public(err error) *errs.Error {
	if e := public(err); e != nil {
		return e
	}
	return storeError(err)
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
		name := apiName(validation.Name)
		return &errs.Error{Code: errs.BadUserInput, Message: "invalid " + name + ": " + validatorMessage(validation),
			Fields: []errs.FieldError{{Field: name, Message: validatorMessage(validation)}}}
	case ent.IsConstraintError(err):
		return errs.New(errs.Conflict, "the change conflicts with an existing object")
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

// apiName returns the API's name of a column: display_name is displayName.
func apiName(column string) string {
	parts := strings.Split(column, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "Id"
		} else if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// validatorMessage returns what ent's validator said, without the value.
func validatorMessage(e *ent.ValidationError) string {
	msg := e.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return "is invalid"
}
