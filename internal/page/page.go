// Package page implements exact keyset pagination for the generated
// connections: page-size limits, cursors bound to the order and filter they
// were made with, and the predicates that continue a listing after or before
// a cursor, NULLs and ties included. The generated Paginate methods (see
// ent/template/pagination.tmpl) call it.
package page

import (
	"fmt"
	"github.com/latchkey/latchkey/internal/errs"
)

const (
	// DefaultSize is the page size when neither first nor last is given.
	DefaultSize = 20
	// MaxSize is the largest first, last or nodes(ids:) length accepted.
	MaxSize = 100
)

// Limits checks first and last and applies the default page size: when
// neither is given, first becomes DefaultSize. It returns BAD_USER_INPUT for
// a negative size or one above MaxSize.
func Limits(first, last *int) (*int, *int, error) {
	for _, arg := range []struct {
		name string
		v    *int
	}{{"first", first}, {"last", last}} {
		if arg.v != nil && (*arg.v < 0 || *arg.v > MaxSize) {
			reason := fmt.Sprintf("must be between 0 and %d", MaxSize)
			return nil, nil, errs.Invalid("`"+arg.name+"` "+reason, errs.FieldError{Field: arg.name, Message: reason})
		}
	}
	if first != nil && last != nil {
		return nil, nil, errs.Invalid("pass either `first` or `last`, not both")
	}
	if first == nil && last == nil {
		n := DefaultSize
		first = &n
	}
	return first, last, nil
}

// CheckIDs returns BAD_USER_INPUT when more than MaxSize IDs are asked for
// at once.
func CheckIDs(n int) error {
	if n > MaxSize {
		return errs.Invalid("`ids` cannot hold more than 100 IDs", errs.FieldError{Field: "ids", Message: "at most 100 IDs"})
	}
	return nil
}

// InvalidOrder returns the BAD_USER_INPUT error for an orderBy that the
// generated pager refused.
func InvalidOrder(err error) error {
	return errs.Invalid("invalid orderBy: "+err.Error(), errs.FieldError{Field: "orderBy", Message: err.Error()})
}
