//go:build tools

package latchkey

// The generators, pinned by go.mod through these imports.
import (
	_ "entgo.io/contrib/entgql"
	_ "entgo.io/ent/cmd/ent"
	_ "github.com/99designs/gqlgen"
	_ "github.com/Khan/genqlient"
)
