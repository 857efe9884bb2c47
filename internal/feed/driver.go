package feed

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
)

// Wrap returns drv, waking this process's hub when a statement that writes
// an event is committed, as soon as the commit returns. On PostgreSQL, the
// other listening processes are woken by the NOTIFY that the events
// table's trigger sends (migration notify_events), which PostgreSQL
// delivers at commit; its payload says whether a key's event was among
// them (KeysPayload) or not (OthersPayload).
func (h *Hub) Wrap(drv dialect.Driver) dialect.Driver {
	return &driver{Driver: drv, hub: h}
}

type driver struct {
	dialect.Driver
	hub *Hub
}

func (d *driver) Exec(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Exec(ctx, query, args, v); err != nil {
		return err
	}
	d.wrote(query, args)
	return nil
}

func (d *driver) Query(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Query(ctx, query, args, v); err != nil {
		return err
	}
	d.wrote(query, args)
	return nil
}

// wrote follows a statement run outside a transaction, committed already:
// one that wrote events wakes the hub.
func (d *driver) wrote(query string, args any) {
	if events, keys := inserted(query, args); events {
		d.hub.Notify(keys)
	}
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
	d *driver
	// events and keys are whether the transaction wrote events, and a
	// key's among them.
	events, keys bool
}

func (t *tx_) Exec(ctx context.Context, query string, args, v any) error {
	if err := t.Tx.Exec(ctx, query, args, v); err != nil {
		return err
	}
	t.wrote(query, args)
	return nil
}

func (t *tx_) Query(ctx context.Context, query string, args, v any) error {
	if err := t.Tx.Query(ctx, query, args, v); err != nil {
		return err
	}
	t.wrote(query, args)
	return nil
}

// wrote follows a statement of the transaction.
func (t *tx_) wrote(query string, args any) {
	events, keys := inserted(query, args)
	t.events, t.keys = t.events || events, t.keys || keys
}

func (t *tx_) Commit() error {
	if err := t.Tx.Commit(); err != nil {
		return err
	}
	if t.events {
		t.d.hub.Notify(t.keys)
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
