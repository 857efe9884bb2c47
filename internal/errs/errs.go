// Package errs defines the errors Latchkey shows to its callers: each carries
// one code from a small closed set, a message that is safe to show, optional
// per-field details, and, apart from them, a cause that is only logged.
package errs

import (
	"errors"
	"fmt"
)

// Code is the machine-readable kind of an error, sent as extensions.code.
type Code string

// The closed set of error codes.
const (
	Unauthenticated    Code = "UNAUTHENTICATED"
	Forbidden          Code = "FORBIDDEN"
	BadUserInput       Code = "BAD_USER_INPUT"
	NotFound           Code = "NOT_FOUND"
	Conflict           Code = "CONFLICT"
	VerificationFailed Code = "VERIFICATION_FAILED"
	RateLimited        Code = "RATE_LIMITED"
	Unavailable        Code = "UNAVAILABLE"
	Internal           Code = "INTERNAL"
)

// FieldError is what is wrong with one input field.
type FieldError struct {
	// Field is the input path, such as "credentials.accessToken".
	Field string `json:"field"`
	// Message says what is wrong. It never repeats the field's value.
	Message string `json:"message"`
}

// Error is an error that is safe to show to a caller.
type Error struct {
	// Code is the error's kind.
	Code Code
	// Message is shown to the caller.
	Message string
	// Fields holds per-field details, for BAD_USER_INPUT.
	Fields []FieldError
	// Cause is logged, never shown.
	Cause error
}

// Error returns the public message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Cause }

// New returns an error with code and a formatted public message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a BAD_USER_INPUT error with per-field details.
func Invalid(message string, fields ...FieldError) *Error {
	return &Error{Code: BadUserInput, Message: message, Fields: fields}
}

// As returns the *Error in err's chain, or nil.
func As(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}

// CodeOf returns the code of the *Error in err's chain, or "" when none.
func CodeOf(err error) Code {
	if e := As(err); e != nil {
		return e.Code
	}
	return ""
}
