package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"entgo.io/contrib/entgql"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/filter"
	"github.com/latchkey/latchkey/internal/page"
)

// The list-language schemas of the connections, named so that resolvers,
// whose filter argument hides the package, can reach them.
var (
	accountListing         = filter.Accounts
	authAccessListing      = filter.AuthAccesses
	sourceListing          = filter.Sources
	eventListing           = filter.Events
	platformAppListing     = filter.PlatformApps
	webhookEndpointListing = filter.WebhookEndpoints
	webhookDeliveryListing = filter.WebhookDeliveries
)

// listArgs are the list-language arguments of a connection: filter, sortBy
// and limit, beside the generated where, orderBy and first.
type listArgs struct {
	filter, sortBy *string
	limit          *int
}

// apply folds the list-language arguments into the generated ones: the filter
// is compiled into a where-input and joined to where with AND; sortBy's
// terms follow orderBy's; limit is the page size when first and last are
// not given. W is a generated where-input, O a generated order.
func apply[W any, O any](ctx context.Context, schema filter.Schema, args listArgs, where *W, orderBy []O, first, last *int) (*W, []O, *int, error) {
	if args.filter != nil && *args.filter != "" {
		e, err := filter.Parse(*args.filter)
		if err != nil {
			return nil, nil, nil, invalid("filter", err)
		}
		compiled := new(W)
		env := ""
		if v := auth.FromContext(ctx); v != nil {
			env = v.EnvironmentID
		}
		if err := filter.Compile(e, schema, compiled, env, clock.Now()); err != nil {
			return nil, nil, nil, invalid("filter", err)
		}
		where = both(where, compiled)
	}
	if args.sortBy != nil && *args.sortBy != "" {
		terms, err := filter.ParseSort(*args.sortBy, schema)
		if err != nil {
			return nil, nil, nil, invalid("sortBy", err)
		}
		for _, t := range terms {
			o, err := orderOf[O](t)
			if err != nil {
				return nil, nil, nil, invalid("sortBy", err)
			}
			orderBy = append(orderBy, o)
		}
	}
	if args.limit != nil {
		if first != nil || last != nil {
			return nil, nil, nil, errs.Invalid("pass `limit` or `first`/`last`, not both", errs.FieldError{Field: "limit", Message: "conflicts with first or last"})
		}
		if n := *args.limit; n < 0 || n > page.MaxSize {
			return nil, nil, nil, errs.Invalid(fmt.Sprintf("`limit` must be between 0 and %d", page.MaxSize),
				errs.FieldError{Field: "limit", Message: fmt.Sprintf("must be between 0 and %d", page.MaxSize)})
		}
		first = args.limit
	}
	return where, orderBy, first, nil
}

// both returns a where-input that holds when a and b do.
func both[W any](a, b *W) *W {
	if a == nil {
		return b
	}
	out := new(W)
	and := reflect.ValueOf(out).Elem().FieldByName("And")
	and.Set(reflect.Append(and, reflect.ValueOf(a), reflect.ValueOf(b)))
	return out
}

// orderOf builds a generated order (such as *ent.AccountOrder) of a sortBy
// term.
func orderOf[O any](t filter.SortTerm) (O, error) {
	var zero O
	o := reflect.New(reflect.TypeOf(zero).Elem())
	dir := entgql.OrderDirectionAsc
	if t.Desc {
		dir = entgql.OrderDirectionDesc
	}
	o.Elem().FieldByName("Direction").Set(reflect.ValueOf(dir))
	field := o.Elem().FieldByName("Field")
	f := reflect.New(field.Type().Elem())
	if err := f.Interface().(interface{ UnmarshalGQL(any) error }).UnmarshalGQL(t.Field); err != nil {
		return zero, err
	}
	field.Set(f)
	return o.Interface().(O), nil
}

func invalid(arg string, err error) error {
	var fe *filter.Error
	if errors.As(err, &fe) {
		return errs.Invalid("invalid "+arg+": "+fe.Error(), errs.FieldError{Field: arg, Message: fe.Error()})
	}
	return errs.Invalid("invalid "+arg+": "+err.Error(), errs.FieldError{Field: arg, Message: err.Error()})
}
