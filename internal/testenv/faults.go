package testenv

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// Step is a moment of a write where Faults can fail it.
type Step int

// The steps of a write.
const (
	// BeforeStatement fails a statement before the database runs it.
	BeforeStatement Step = iota
	// BeforeCommit fails the commit of a transaction; nothing is written.
	BeforeCommit
	// AfterCommit commits, then fails as if the connection was lost before
	// the database's answer came back: the write is there, and the server
	// cannot know it.
	AfterCommit
)

// ErrInjected is the failure Faults injects: a connection reset, as a
// database that goes away gives.
var ErrInjected error = &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}

// Faults injects failures and delays into a test server's database driver,
// deterministically: each armed fault fires once, on the first statement
// (or transaction holding a statement) whose SQL contains its pattern.
// Patterns quote names as PostgreSQL does ("accounts"); SQLite's
// backquotes match them too.
type Faults struct {
	mu     sync.Mutex
	armed  []*fault
	delays []delay
}

type fault struct {
	step    Step
	pattern string
}

type delay struct {
	step    Step
	pattern string
	d       time.Duration
	// inDatabase makes the database itself wait (pg_sleep on
	// PostgreSQL), so that the wait is a query to cancel.
	inDatabase bool
}

// Fail arms one failure at step for the first statement containing pattern.
func (f *Faults) Fail(step Step, pattern string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed = append(f.armed, &fault{step: step, pattern: pattern})
}

// Delay makes the next statement containing pattern wait d at step:
// before it runs, or before its transaction commits (holding its locks).
func (f *Faults) Delay(step Step, pattern string, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.delays = append(f.delays, delay{step: step, pattern: pattern, d: d})
}

// Sleep makes the database run a query of d (pg_sleep; on SQLite the wait
// is in process) before the next statement containing pattern that runs
// outside a transaction: a slow query, to time out or to cancel.
func (f *Faults) Sleep(pattern string, d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.delays = append(f.delays, delay{step: BeforeStatement, pattern: pattern, d: d, inDatabase: true})
}

// Clear disarms every fault and delay.
func (f *Faults) Clear() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.delays = nil, nil
}

// take disarms and returns the first fault at step whose pattern query
// holds, or nil.
func (f *Faults) take(step Step, query string) *fault {
	query = strings.ReplaceAll(query, "`", `"`)
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, a := range f.armed {
		if a.step == step && strings.Contains(query, a.pattern) {
			f.armed = append(f.armed[:i], f.armed[i+1:]...)
			return a
		}
	}
	return nil
}

// before runs before a statement: it waits out a delay that applies (in
// the database, through sleep, when the delay asks so and sleep is not
// nil), then fails the statement if a fault is armed for it.
func (f *Faults) before(ctx context.Context, query string, sleep func(context.Context, time.Duration) error) error {
	if err := f.wait(ctx, BeforeStatement, query, sleep); err != nil {
		return err
	}
	if f.take(BeforeStatement, query) != nil {
		return ErrInjected
	}
	return nil
}

// wait waits out the first delay at step whose pattern query holds, and
// disarms it.
func (f *Faults) wait(ctx context.Context, step Step, query string, sleep func(context.Context, time.Duration) error) error {
	query = strings.ReplaceAll(query, "`", `"`)
	f.mu.Lock()
	var d time.Duration
	inDatabase := false
	for i, dl := range f.delays {
		if dl.step == step && strings.Contains(query, dl.pattern) && (!dl.inDatabase || sleep != nil) {
			d, inDatabase = dl.d, dl.inDatabase
			f.delays = append(f.delays[:i], f.delays[i+1:]...)
			break
		}
	}
	f.mu.Unlock()
	if d == 0 {
		return nil
	}
	if inDatabase {
		return sleep(ctx, d)
	}
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Wrap returns drv with the faults injected.
func (f *Faults) Wrap(drv dialect.Driver) dialect.Driver { return &faultDriver{Driver: drv, f: f} }

type faultDriver struct {
	dialect.Driver
	f *Faults
}

// sleep makes the database wait for dur: a query of its own on
// PostgreSQL, a wait in process elsewhere.
func (d *faultDriver) sleep(ctx context.Context, dur time.Duration) error {
	if d.Dialect() != dialect.Postgres {
		select {
		case <-time.After(dur):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	rows := &entsql.Rows{}
	if err := d.Driver.Query(ctx, "SELECT pg_sleep($1)", []any{dur.Seconds()}, rows); err != nil {
		return err
	}
	for rows.Next() {
	}
	return errors.Join(rows.Err(), rows.Close())
}

func (d *faultDriver) Exec(ctx context.Context, query string, args, v any) error {
	if err := d.f.before(ctx, query, d.sleep); err != nil {
		return err
	}
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *faultDriver) Query(ctx context.Context, query string, args, v any) error {
	if err := d.f.before(ctx, query, d.sleep); err != nil {
		return err
	}
	return d.Driver.Query(ctx, query, args, v)
}

func (d *faultDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &faultTx{Tx: tx, f: d.f}, nil
}

// BeginTx starts a transaction with options, when the driver can.
func (d *faultDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	b, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return nil, errors.New("testenv: the driver does not support BeginTx")
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &faultTx{Tx: tx, f: d.f}, nil
}

// ExecContext runs a raw statement.
func (d *faultDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := d.f.before(ctx, query, d.sleep); err != nil {
		return nil, err
	}
	return d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// QueryContext runs a raw query.
func (d *faultDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := d.f.before(ctx, query, d.sleep); err != nil {
		return nil, err
	}
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

// faultTx remembers its statements, to fail its commit when a fault is
// armed for one of them.
type faultTx struct {
	dialect.Tx
	f       *Faults
	queries []string
}

func (t *faultTx) Exec(ctx context.Context, query string, args, v any) error {
	if err := t.f.before(ctx, query, nil); err != nil {
		return err
	}
	t.queries = append(t.queries, query)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *faultTx) Query(ctx context.Context, query string, args, v any) error {
	if err := t.f.before(ctx, query, nil); err != nil {
		return err
	}
	t.queries = append(t.queries, query)
	return t.Tx.Query(ctx, query, args, v)
}

// ExecContext runs a raw statement in the transaction.
func (t *faultTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := t.f.before(ctx, query, nil); err != nil {
		return nil, err
	}
	t.queries = append(t.queries, query)
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// QueryContext runs a raw query in the transaction.
func (t *faultTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := t.f.before(ctx, query, nil); err != nil {
		return nil, err
	}
	t.queries = append(t.queries, query)
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (t *faultTx) Commit() error {
	for _, q := range t.queries {
		_ = t.f.wait(context.Background(), BeforeCommit, q, nil)
	}
	if t.armedFor(BeforeCommit) {
		_ = t.Tx.Rollback()
		return ErrInjected
	}
	if err := t.Tx.Commit(); err != nil {
		return err
	}
	if t.armedFor(AfterCommit) {
		return ErrInjected
	}
	return nil
}

func (t *faultTx) armedFor(step Step) bool {
	for _, q := range t.queries {
		if t.f.take(step, q) != nil {
			return true
		}
	}
	return false
}
