package store

import (
	"container/list"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// MaxPrepared bounds the statements a PostgreSQL pool keeps prepared.
const MaxPrepared = 256

// prepared is PostgreSQL's ent driver with a bounded cache of prepared
// statements for the queries and writes made outside transactions, which
// are nearly all of a server's reads. lib/pq sends a statement with
// arguments in two round trips (parse and describe, then bind and
// execute); a prepared one takes one. database/sql prepares each cached
// statement once per connection it runs on. The least recently used
// statement is closed when a new one would exceed MaxPrepared. Statements
// in transactions, and those without arguments (one round trip already),
// go unprepared.
type prepared struct {
	*entsql.Driver
	db *sql.DB

	mu    sync.Mutex
	stmts map[string]*list.Element // query text → element of order
	order *list.List               // of *cached, most recently used first
}

// cached is one prepared statement and its text.
type cached struct {
	query string
	stmt  *sql.Stmt
}

// newPrepared returns drv with a cache of statements prepared on db.
func newPrepared(drv *entsql.Driver, db *sql.DB) *prepared {
	return &prepared{Driver: drv, db: db, stmts: map[string]*list.Element{}, order: list.New()}
}

var _ dialect.Driver = (*prepared)(nil)

// Query runs query as a prepared statement when it has arguments.
func (p *prepared) Query(ctx context.Context, query string, args, v any) error {
	vr, ok := v.(*entsql.Rows)
	argv, ok2 := args.([]any)
	if !ok || !ok2 || len(argv) == 0 {
		return p.Driver.Query(ctx, query, args, v)
	}
	stmt, err := p.stmt(ctx, query)
	if err != nil {
		return p.Driver.Query(ctx, query, args, v)
	}
	rows, err := stmt.QueryContext(ctx, argv...)
	if planChanged(err) {
		p.forget(query)
		return p.Driver.Query(ctx, query, args, v)
	}
	if err != nil {
		return err
	}
	*vr = entsql.Rows{ColumnScanner: rows}
	return nil
}

// Exec runs query as a prepared statement when it has arguments.
func (p *prepared) Exec(ctx context.Context, query string, args, v any) error {
	argv, ok := args.([]any)
	if !ok || len(argv) == 0 {
		return p.Driver.Exec(ctx, query, args, v)
	}
	switch v.(type) {
	case nil, *sql.Result:
	default:
		return p.Driver.Exec(ctx, query, args, v)
	}
	stmt, err := p.stmt(ctx, query)
	if err != nil {
		return p.Driver.Exec(ctx, query, args, v)
	}
	res, err := stmt.ExecContext(ctx, argv...)
	if planChanged(err) {
		p.forget(query)
		return p.Driver.Exec(ctx, query, args, v)
	}
	if err != nil {
		return err
	}
	if r, ok := v.(*sql.Result); ok {
		*r = res
	}
	return nil
}

// stmt returns the prepared statement of query, preparing it if needed.
func (p *prepared) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	p.mu.Lock()
	if e, ok := p.stmts[query]; ok {
		p.order.MoveToFront(e)
		stmt := e.Value.(*cached).stmt
		p.mu.Unlock()
		return stmt, nil
	}
	p.mu.Unlock()
	// Prepared outside the lock; of two that race, one is kept.
	stmt, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("store: preparing: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.stmts[query]; ok {
		go stmt.Close()
		p.order.MoveToFront(e)
		return e.Value.(*cached).stmt, nil
	}
	p.stmts[query] = p.order.PushFront(&cached{query: query, stmt: stmt})
	for p.order.Len() > MaxPrepared {
		oldest := p.order.Back()
		p.order.Remove(oldest)
		c := oldest.Value.(*cached)
		delete(p.stmts, c.query)
		// Close waits for the statement's running queries.
		go c.stmt.Close()
	}
	return stmt, nil
}

// forget drops query's statement, whose plan a schema change undid.
func (p *prepared) forget(query string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.stmts[query]; ok {
		p.order.Remove(e)
		delete(p.stmts, query)
		go e.Value.(*cached).stmt.Close()
	}
}

// Close closes the prepared statements and the pool.
func (p *prepared) Close() error {
	p.mu.Lock()
	for e := p.order.Front(); e != nil; e = e.Next() {
		_ = e.Value.(*cached).stmt.Close()
	}
	p.stmts, p.order = map[string]*list.Element{}, list.New()
	p.mu.Unlock()
	return p.Driver.Close()
}

// planChanged reports whether err is PostgreSQL refusing a prepared
// statement whose tables changed shape since it was prepared (a
// migration by a newer process).
func planChanged(err error) bool {
	var pg sqlState
	return errors.As(err, &pg) && pg.SQLState() == "0A000"
}
