// Package latchkey is the root of Latchkey, a GraphQL backend that keeps end
// users' accounts in third-party services and the API keys that reach it.
// This file runs the code generators in order: ent (with entgql), then gqlgen.
package latchkey

//go:generate go run ./ent/entc.go
//go:generate go run github.com/99designs/gqlgen generate --config gqlgen.yml
