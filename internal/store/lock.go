package store

import (
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
)

// Row locks, as query predicates: Where(store.ForShare) locks the rows a
// query reads until its transaction ends. Only the query's own table is
// locked, not the tables its joined to-one edges come from (PostgreSQL
// refuses to lock the nullable side of an outer join). Only PostgreSQL
// locks rows; SQLite runs one writer at a time and takes none of these
// clauses, so on SQLite they do nothing.

// ForShare locks the rows read FOR SHARE: others may read them, and a
// change or delete of them waits.
func ForShare(s *sql.Selector) { lock(s, sql.LockShare) }

// ForUpdate locks the rows read FOR UPDATE: another ForUpdate of them
// waits.
func ForUpdate(s *sql.Selector) { lock(s, sql.LockUpdate) }

// ForUpdateSkipLocked locks the rows read FOR UPDATE and leaves out those
// another transaction holds: workers that claim rows this way each get
// their own.
func ForUpdateSkipLocked(s *sql.Selector) {
	lock(s, sql.LockUpdate, sql.WithLockAction(sql.SkipLocked))
}

// lock adds the locking clause of strength to s on PostgreSQL.
func lock(s *sql.Selector, strength sql.LockStrength, opts ...sql.LockOption) {
	if s.Dialect() == dialect.Postgres {
		s.For(strength, append(opts, sql.WithLockTables(s.TableName()))...)
	}
}
