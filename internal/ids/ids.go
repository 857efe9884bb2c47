// Package ids makes the opaque identifiers of Latchkey's objects: a short
// type prefix and a ULID, such as "acc_01JD3M5Q8X2Y7Z9ABCDEFGHJKM". IDs sort
// by creation time, and the prefix tells which table holds the object, so a
// global ID resolves with one query.
package ids

import (
	"strings"

	"github.com/oklog/ulid/v2"
)

// New returns a fresh ID with the given type prefix. IDs made by one process
// are strictly increasing.
func New(prefix string) string {
	return prefix + "_" + ulid.Make().String()
}

// Prefix returns the type prefix of id, or "" when id has none.
func Prefix(id string) string {
	p, _, ok := strings.Cut(id, "_")
	if !ok {
		return ""
	}
	return p
}
