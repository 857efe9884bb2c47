package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
)

// WithTx runs fn in a new transaction of c and commits it; it rolls the
// transaction back when fn returns an error or panics. When c is already a
// transaction's client, fn runs in that transaction, which its owner
// commits. A failure to begin or commit is returned wrapped, for the caller
// to log, never to show.
func WithTx(ctx context.Context, c *ent.Client, fn func(tx *ent.Client) error) error {
	_, err := withTx(ctx, c, fn)
	return err
}

// InTx runs fn like WithTx and returns what it returns. An entity fn read
// in a transaction that InTx began is detached from it after the commit
// (Unwrap), so that its edges can still be loaded.
func InTx[T interface{ Unwrap() T }](ctx context.Context, c *ent.Client, fn func(tx *ent.Client) (T, error)) (T, error) {
	var v T
	began, err := withTx(ctx, c, func(tx *ent.Client) (err error) {
		v, err = fn(tx)
		return err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	if began {
		v = v.Unwrap()
	}
	return v, nil
}

// withTx is WithTx, and reports whether it began the transaction.
func withTx(ctx context.Context, c *ent.Client, fn func(tx *ent.Client) error) (began bool, err error) {
	tx, err := c.Tx(ctx)
	if errors.Is(err, ent.ErrTxStarted) {
		return false, fn(c)
	}
	if err != nil {
		return false, fmt.Errorf("store: beginning a transaction: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err := fn(tx.Client()); err != nil {
		_ = tx.Rollback()
		return true, err
	}
	if err := tx.Commit(); err != nil {
		return true, fmt.Errorf("store: committing: %w", err)
	}
	return true, nil
}
