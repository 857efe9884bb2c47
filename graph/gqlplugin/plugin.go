// Package gqlplugin holds Latchkey's gqlgen plugin, which graph/gqlgen.go
// adds when go generate runs gqlgen.
package gqlplugin

import (
	"github.com/99designs/gqlgen/codegen"
)

// InMemoryFields makes gqlgen resolve the fields of an object in the
// goroutine that marshals it, instead of one goroutine per field, when
// every field that would run concurrently is a method of the model (an ent
// edge or a computed value) rather than a resolver of ours. Such methods
// read what field collection loaded with the page's statement, so a
// goroutine per field only costs its creation and stack. Root types keep
// their concurrency, as do objects with resolvers of their own (Viewer's
// fields read the database).
type InMemoryFields struct{}

// Name names the plugin in gqlgen's errors.
func (InMemoryFields) Name() string { return "inmemoryfields" }

// GenerateCode marks the objects before gqlgen writes its code.
func (InMemoryFields) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		if o.Root || hasResolvers(o) {
			continue
		}
		o.DisableConcurrency = true
	}
	return nil
}

// hasResolvers reports whether an object has a field resolved by a
// resolver of ours.
func hasResolvers(o *codegen.Object) bool {
	for _, f := range o.Fields {
		if f.IsResolver {
			return true
		}
	}
	return false
}
