package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
)

// Kind is what a database error means for the request that met it.
type Kind int

// The kinds of database errors.
const (
	// Unknown is any other error: a bug, logged and answered INTERNAL.
	Unknown Kind = iota
	// Unavailable is a database that cannot be reached or asks to retry:
	// a lost connection, a shutdown, too many connections, a deadlock.
	Unavailable
	// Timeout is a statement cancelled because its request ran out of
	// time (or was abandoned).
	Timeout
	// Unstorable is a value the database refuses to store, such as text
	// with a NUL byte, or a statement too complex for it.
	Unstorable
)

// sqlState is PostgreSQL's error (lib/pq's *pq.Error), seen through the
// method that gives its SQLSTATE code.
type sqlState interface{ SQLState() string }

// sqliteCode is SQLite's error (modernc's *sqlite.Error), seen through the
// method that gives its result code.
type sqliteCode interface{ Code() int }

// Classify says what a database error means, by its type and its code:
// never by its text.
func Classify(err error) Kind {
	var pg sqlState
	var lite sqliteCode
	var netErr net.Error
	switch {
	case err == nil:
		return Unknown
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled),
		errors.Is(err, sql.ErrTxDone): // rolled back when its request ended
		return Timeout
	case errors.As(err, &pg):
		return pgKind(pg.SQLState())
	case errors.As(err, &lite):
		return sqliteKind(lite.Code())
	case errors.Is(err, driver.ErrBadConn), errors.As(err, &netErr), errors.Is(err, io.EOF),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, sql.ErrConnDone):
		return Unavailable
	}
	return Unknown
}

// pgKind maps a PostgreSQL SQLSTATE code.
func pgKind(code string) Kind {
	switch {
	case code == "57014": // query_canceled: statement_timeout, or cancelled by its request
		return Timeout
	case strings.HasPrefix(code, "08"), // connection exceptions
		strings.HasPrefix(code, "53"),                     // insufficient resources
		code == "57P01", code == "57P02", code == "57P03", // shutdown, crash, starting up
		code == "40001", code == "40P01": // serialization failure, deadlock
		return Unavailable
	case code == "22021", code == "22P05", // invalid byte sequence, NUL byte
		code == "54001": // statement too complex
		return Unstorable
	}
	return Unknown
}

// sqliteKind maps an SQLite result code (its primary code is the low byte).
func sqliteKind(code int) Kind {
	switch code & 0xff {
	case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
		return Unavailable
	case 9: // SQLITE_INTERRUPT
		return Timeout
	case 18: // SQLITE_TOOBIG
		return Unstorable
	}
	return Unknown
}
