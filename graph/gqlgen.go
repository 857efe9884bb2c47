//go:build ignore

// Gqlgen runs gqlgen with gqlgen.yml, as `gqlgen generate` does, with
// Latchkey's plugin added (graph/gqlplugin): fields and list elements read
// from memory are marshalled without a goroutine each. Run from the module root by go
// generate, after ent.
package main

import (
	"log"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen/config"

	"github.com/latchkey/latchkey/graph/gqlplugin"
)

func main() {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		log.Fatalf("gqlgen: loading gqlgen.yml: %v", err)
	}
	inMemory := &gqlplugin.InMemoryFields{}
	if err := api.Generate(cfg, api.AddPlugin(inMemory)); err != nil {
		log.Fatalf("gqlgen: %v", err)
	}
	if err := inMemory.Rewrite(cfg.Exec.Filename); err != nil {
		log.Fatalf("gqlgen: %v", err)
	}
}
