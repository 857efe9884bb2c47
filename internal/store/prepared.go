package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// MaxPrepared bounds the statements a PostgreSQL pool keeps prepared,
// unless Config.MaxPrepared says otherwise: the texts of a server's hot
// paths are far fewer.
const MaxPrepared = 256

// prepared is PostgreSQL's ent driver with a bounded set of prepared
// statements for the queries and writes made outside transactions, which
// are nearly all of a server's reads. lib/pq sends a statement with
// arguments in two round trips (parse and describe, then bind and
// execute); a prepared one takes one. database/sql prepares each kept
// statement once per connection it runs on. The first texts seen are
// kept, up to the bound; later ones go unprepared, so that statements are
// not closed and prepared again under a churn of texts (closing one takes
// a round trip per connection, under the pool's lock). A statement is
// dropped only when PostgreSQL refuses it: its tables changed shape (a
// newer process's migration), or a proxy lost it; the call then runs
// again, as do unprepared ones refused for the same reason. Statements in
// transactions, and those without arguments (one round trip already), go
// unprepared, and so do the session variables of entsql.WithVar, which
// nothing here uses. Plans stay custom (Open sets plan_cache_mode), so
// each statement is planned for its values as before.
type prepared struct {
	*entsql.Driver
	db  *sql.DB
	max int

	mu    sync.Mutex
	stmts map[string]*cached // by query text
}

// cached is one prepared statement, its text, and how many calls are
// about to use it: a dropped statement is closed once none is, since a
// closed one refuses calls that have not begun. (Rows already open keep
// what they need: database/sql closes a statement for good only after
// them.)
type cached struct {
	query   string
	stmt    *sql.Stmt
	users   int
	dropped bool
}

// newPrepared returns drv with a cache of up to max statements prepared
// on db.
func newPrepared(drv *entsql.Driver, db *sql.DB, max int) *prepared {
	return &prepared{Driver: drv, db: db, max: max, stmts: map[string]*cached{}}
}

var _ dialect.Driver = (*prepared)(nil)

// attempts bounds the runs of a call that PostgreSQL refused for a plan
// a schema change undid: a table can be altered again between two.
const attempts = 3

// Query runs query as a prepared statement when it has arguments.
func (p *prepared) Query(ctx context.Context, query string, args, v any) error {
	return again(func() error { return p.query(ctx, query, args, v) })
}

// Exec runs query as a prepared statement when it has arguments.
func (p *prepared) Exec(ctx context.Context, query string, args, v any) error {
	return again(func() error { return p.exec(ctx, query, args, v) })
}

// again runs call until PostgreSQL stops refusing its plan, at most
// attempts times. lib/pq's unprepared statements need it too: they are
// parsed in one round trip and run in a second, and a migration between
// the two undoes the plan just as it does a prepared one's.
func again(call func() error) error {
	for i := 1; ; i++ {
		err := call()
		if i == attempts || !planChanged(err) {
			return err
		}
	}
}

func (p *prepared) query(ctx context.Context, query string, args, v any) error {
	vr, ok := v.(*entsql.Rows)
	argv, ok2 := args.([]any)
	if !ok || !ok2 || len(argv) == 0 {
		return p.Driver.Query(ctx, query, args, v)
	}
	c, err := p.take(ctx, query)
	if err != nil {
		return p.Driver.Query(ctx, query, args, v)
	}
	rows, err := c.stmt.QueryContext(ctx, argv...)
	p.release(c)
	if err != nil {
		if planChanged(err) {
			p.forget(c)
		}
		return err
	}
	*vr = entsql.Rows{ColumnScanner: rows}
	return nil
}

func (p *prepared) exec(ctx context.Context, query string, args, v any) error {
	argv, ok := args.([]any)
	if !ok || len(argv) == 0 {
		return p.Driver.Exec(ctx, query, args, v)
	}
	switch v.(type) {
	case nil, *sql.Result:
	default:
		return p.Driver.Exec(ctx, query, args, v)
	}
	c, err := p.take(ctx, query)
	if err != nil {
		return p.Driver.Exec(ctx, query, args, v)
	}
	res, err := c.stmt.ExecContext(ctx, argv...)
	p.release(c)
	if err != nil {
		if planChanged(err) {
			p.forget(c)
		}
		return err
	}
	if r, ok := v.(*sql.Result); ok {
		*r = res
	}
	return nil
}

// take returns the prepared statement of query, preparing it if the set
// has room, counted as used until release; errNotKept when it has none.
func (p *prepared) take(ctx context.Context, query string) (*cached, error) {
	p.mu.Lock()
	if c, ok := p.stmts[query]; ok {
		c.users++
		p.mu.Unlock()
		return c, nil
	}
	full := len(p.stmts) >= p.max
	p.mu.Unlock()
	if full {
		return nil, errNotKept
	}
	// Prepared outside the lock; of two that race, one is kept.
	stmt, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("store: preparing: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.stmts[query]; ok {
		go stmt.Close()
		c.users++
		return c, nil
	}
	c := &cached{query: query, stmt: stmt, users: 1}
	p.stmts[query] = c
	return c, nil
}

// errNotKept says the set of prepared statements is full.
var errNotKept = errors.New("store: the prepared statements are at their bound")

// release ends a use of c that take began.
func (p *prepared) release(c *cached) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c.users--
	if c.dropped && c.users == 0 {
		go c.stmt.Close()
	}
}

// forget drops c, whose plan a schema change undid, unless a newer
// statement of its text took its place; it is closed once unused.
func (p *prepared) forget(c *cached) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stmts[c.query] != c {
		return
	}
	delete(p.stmts, c.query)
	c.dropped = true
	if c.users == 0 {
		go c.stmt.Close()
	}
}

// Close closes the prepared statements and the pool.
func (p *prepared) Close() error {
	p.mu.Lock()
	var stmts []*sql.Stmt
	for _, c := range p.stmts {
		stmts = append(stmts, c.stmt)
	}
	p.stmts = map[string]*cached{}
	p.mu.Unlock()
	for _, stmt := range stmts {
		_ = stmt.Close()
	}
	return p.Driver.Close()
}

// planChanged reports whether err is PostgreSQL refusing a prepared
// statement: its tables changed shape since it was prepared (a migration
// by a newer process; 0A000), or it is gone (26000: a proxy in
// transaction mode, a DISCARD). Nothing ran, so it may run again.
func planChanged(err error) bool {
	var pg sqlState
	return errors.As(err, &pg) && (pg.SQLState() == "0A000" || pg.SQLState() == "26000")
}
