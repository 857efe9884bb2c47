// Package latchkey is the root of Latchkey, a GraphQL backend that keeps end
// users' accounts in third-party services and the API keys that reach it.
// This file runs the code generators in order: ent (with entgql), the
// list-language descriptions of the schema files (graph/docgen.go), gqlgen
// with our plugin (graph/gqlgen.go), the printed schema for clients
// (graph/sdlgen.go), then the typed Go client generated from it
// (examples/go).
package latchkey

//go:generate go run ./ent/entc.go
//go:generate go run ./graph/docgen.go
//go:generate go run ./graph/gqlgen.go
//go:generate go run ./graph/sdlgen.go
//go:generate go run github.com/Khan/genqlient examples/go/genqlient.yaml
