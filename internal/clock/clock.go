// Package clock gives the one notion of "now" that Latchkey stores: UTC,
// truncated to the microsecond that PostgreSQL keeps, so that what a mutation
// returns equals what a later read of the same row returns.
package clock

import "time"

// Now returns the current time in UTC, truncated to the microsecond.
func Now() time.Time { return Normalize(time.Now()) }

// Normalize returns t in UTC, truncated to the microsecond.
func Normalize(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }
