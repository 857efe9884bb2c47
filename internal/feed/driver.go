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
// same transaction, which PostgreSQL delivers at commit. The NOTIFY's
// payload says whether a key's event was among them (keysPayload) or not
// (othersPayload).
func (h *Hub) Wrap(drv dialect.Driver) dialect.Driver {
	return &driver{Driver: drv, hub: h}
}

type driver struct {
	dialect.Driver
	hub *Hub
}

// notify sends the NOTIFY of events written by exec, keys telling whether
// a key's event was among them; nothing on SQLite, whose processes share no
// feed.
func (d *driver) notify(ctx context.Context, exec dialect.ExecQuerier, keys bool) error {
	if d.Dialect() != dialect.Postgres {
		return nil
	}
	payload := othersPayload
	if keys {
		payload = keysPayload
	}
	return exec.Exec(ctx, "SELECT pg_notify($1, $2)", []any{Channel, payload}, nil)
}

func (d *driver) Exec(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Exec(ctx, query, args, v); err != nil {
		return err
	}
	return d.wrote(ctx, query, args)
}

func (d *driver) Query(ctx context.Context, query string, args, v any) error {
	if err := d.Driver.Query(ctx, query, args, v); err != nil {
		return err
	}
	return d.wrote(ctx, query, args)
}

// wrote follows a statement run outside a transaction: one that wrote
// events, committed already, is notified.
func (d *driver) wrote(ctx context.Context, query string, args any) error {
	events, keys := inserted(query, args)
	if !events {
		return nil
	}
	defer d.hub.Notify(keys)
	return d.notify(ctx, d.Driver, keys)
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
	return t.wrote(ctx, query, args)
}

func (t *tx_) Query(ctx context.Context, query string, args, v any) error {
	if err := t.Tx.Query(ctx, query, args, v); err != nil {
		return err
	}
	return t.wrote(ctx, query, args)
}

// wrote follows a statement of the transaction: one that wrote events is
// notified (PostgreSQL delivers the NOTIFY at commit, once however many
// times it was sent).
func (t *tx_) wrote(ctx context.Context, query string, args any) error {
	events, keys := inserted(query, args)
	if !events || t.events && (t.keys || !keys) {
		return nil
	}
	t.events, t.keys = true, t.keys || keys
	return t.d.notify(ctx, t.Tx, keys)
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
