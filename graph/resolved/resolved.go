// Package resolved counts the fields an operation resolves: its actual
// cost, reported beside the cost requested (which assumes full pages). The
// generated code counts the fields it reads straight from the model
// (graph/gqlplugin), the field middleware all others.
package resolved

import (
	"context"
	"sync/atomic"
)

type counterKey struct{}

// With returns ctx carrying a fresh count.
func With(ctx context.Context) context.Context {
	return context.WithValue(ctx, counterKey{}, new(atomic.Int64))
}

// Count adds one field to the count of ctx, if it has one.
func Count(ctx context.Context) {
	if n, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
}

// Of returns the fields counted in ctx, and false when it has no count.
func Of(ctx context.Context) (int, bool) {
	n, ok := ctx.Value(counterKey{}).(*atomic.Int64)
	if !ok {
		return 0, false
	}
	return int(n.Load()), true
}
