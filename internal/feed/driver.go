package feed

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
)

// Wrap returns drv, waking the hub when a statement that writes an event is
// committed: this process's hub as soon as the commit returns, and on
// PostgreSQL every other listening process's too, by a NOTIFY sent in the
// same transaction, which PostgreSQL delivers at commit.
func (h *Hub) Wrap(drv dialect.Driver) dialect.Driver {
	return &driver{Driver: drv, hub: h}
}

type driver struct {
	dialect.Driver
	hub *Hub
}

// signal follows a statement that wrote an event, run by exec outside a
// transaction.
func (d *driver) signal(ctx context.Context, exec dialect.ExecQuerier) error {
	defer d.hub.Notify()
	if d.Dialect() == dialect.Postgres {
		return exec.Exec(ctx, "SELECT pg_notify($1, '')", []any{Channel}, nil)
	}
	return nil
}

func (d *driver) Exec(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Exec(ctx, query, args, v); err != nil || !insertsEvent(query) {
		return err
	}
	return d.signal(ctx, d.Driver)
}

func (d *driver) Query(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Query(ctx, query, args, v); err != nil || !insertsEvent(query) {
		return err
	}
	return d.signal(ctx, d.Driver)
}

func (d *driver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &tx_{Tx: tx, d: d}, nil
}

// BeginTx starts a transaction with options, when the driver can.
func (d *driver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	b, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return nil, fmt.Errorf("feed: the driver does not support BeginTx")
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tx_{Tx: tx, d: d}, nil
}

// ExecContext runs a raw statement, as ent's ExecContext does.
func (d *driver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, d.Driver, query, args...)
}

// QueryContext runs a raw query, as ent's QueryContext does.
func (d *driver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, d.Driver, query, args...)
}

// tx_ is a transaction whose event writes wake the hub at commit.
type tx_ struct {
	dialect.Tx
	d     *driver
	wrote bool
}

func (t *tx_) Exec(ctx context.Context, query string, args, v any) error {
	if err := t.Tx.Exec(ctx, query, args, v); err != nil || !insertsEvent(query) {
		return err
	}
	return t.wroteEvent(ctx)
}

func (t *tx_) Query(ctx context.Context, query string, args, v any) error {
	if err := t.Tx.Query(ctx, query, args, v); err != nil || !insertsEvent(query) {
		return err
	}
	return t.wroteEvent(ctx)
}

func (t *tx_) wroteEvent(ctx context.Context) error {
	t.wrote = true
	if t.d.Dialect() == dialect.Postgres {
		return t.Tx.Exec(ctx, "SELECT pg_notify($1, '')", []any{Channel}, nil)
	}
	return nil
}

func (t *tx_) Commit() error {
	if err := t.Tx.Commit(); err != nil {
		return err
	}
	if t.wrote {
		t.d.hub.Notify()
	}
	return nil
}

// ExecContext runs a raw statement in the transaction.
func (t *tx_) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, t.Tx, query, args...)
}

// QueryContext runs a raw query in the transaction.
func (t *tx_) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return queryContext(ctx, t.Tx, query, args...)
}

func execContext(ctx context.Context, x any, query string, args ...any) (sql.Result, error) {
	e, ok := x.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok {
		return nil, fmt.Errorf("feed: ExecContext is not supported")
	}
	return e.ExecContext(ctx, query, args...)
}

func queryContext(ctx context.Context, x any, query string, args ...any) (*sql.Rows, error) {
	q, ok := x.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	})
	if !ok {
		return nil, fmt.Errorf("feed: QueryContext is not supported")
	}
	return q.QueryContext(ctx, query, args...)
}
