// Package requestid gives every request an ID that its response, its log
// lines and its INTERNAL errors share.
package requestid

import (
	"context"

	"github.com/latchkey/latchkey/internal/ids"
)

type key struct{}

// New returns a fresh request ID.
func New() string { return ids.New("req") }

// NewContext returns a copy of ctx carrying id.
func NewContext(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, key{}, id)
}

// FromContext returns the request ID in ctx, or "".
func FromContext(ctx context.Context) string {
	id, _ := ctx.Value(key{}).(string)
	return id
}
