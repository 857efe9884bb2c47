// Package migrations holds the versioned PostgreSQL migrations of
// Latchkey's schema, in Atlas's format, embedded in the program. diff.go
// writes a new one from the ent schemas.
package migrations

import "embed"

// FS holds the migration files and their atlas.sum.
//
//go:embed *.sql atlas.sum
var FS embed.FS
