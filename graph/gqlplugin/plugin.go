// Package gqlplugin holds Latchkey's gqlgen plugin, which graph/gqlgen.go
// adds when go generate runs gqlgen.
package gqlplugin

import (
	"go/types"
	"maps"
	"path/filepath"

	"github.com/99designs/gqlgen/codegen"
	"github.com/vektah/gqlparser/v2/ast"
)

// InMemoryFields makes gqlgen marshal what is read from memory in the
// goroutine that marshals its parent, instead of one goroutine per field
// and one per list element:
//   - the fields of an object whose fields that would run concurrently are
//     all methods of the model (an ent edge or a computed value) rather
//     than resolvers of ours. Such methods read what field collection
//     loaded with the page's statement, so a goroutine per field only
//     costs its creation and stack.
//   - the elements of a list of enum values, or of objects read from memory
//     all the way down (see [InMemoryFields.Rewrite]).
//
// Root types keep their concurrency, as do objects with resolvers of their
// own (Viewer's fields read the database).
type InMemoryFields struct {
	// lists are the names of the generated functions that marshal a list
	// of objects whose fields are read from memory, set by GenerateCode.
	lists map[string]bool
	// objects are the names of the objects whose fields are resolved in
	// the goroutine that marshals them, set by GenerateCode.
	objects map[string]bool
	// plain are the names of the generated functions of fields read
	// straight from a model's struct field (see [plainField]), set by
	// GenerateCode.
	plain map[string]bool
	// loaded maps the names of the generated functions of object fields
	// whose value may already be in memory (see [loadedField]) to the
	// expression that reads it there, set by GenerateCode.
	loaded map[string]string
}

// Name names the plugin in gqlgen's errors.
func (*InMemoryFields) Name() string { return "inmemoryfields" }

// GenerateCode marks the objects before gqlgen writes its code, and notes
// the lists of them.
func (p *InMemoryFields) GenerateCode(data *codegen.Data) error {
	inMemory := map[string]bool{}
	for _, o := range data.Objects {
		if o.Root || hasResolvers(o) {
			continue
		}
		o.DisableConcurrency = true
		inMemory[o.Name] = true
	}
	p.objects = inMemory
	p.plain, p.loaded = map[string]bool{}, map[string]string{}
	file := declaredIn(data)
	for _, o := range data.Objects {
		for _, f := range o.Fields {
			if o.Root {
				continue
			}
			if plainField(o, f) {
				p.plain["_"+o.Name+"_"+f.Name] = true
			} else if read, ok := loadedField(o, f, file); ok {
				p.loaded["_"+o.Name+"_"+f.Name] = read
			}
		}
	}
	whole := wholeInMemory(data, inMemory)
	p.lists = map[string]bool{}
	for _, ref := range data.ReferencedTypes {
		def := ref.Definition
		if ref.IsSlice() && def != nil && def.Kind != ast.Scalar && reachesOnly(data, def, whole) {
			p.lists[ref.MarshalFunc()] = true
		}
	}
	return nil
}

// wholeInMemory returns the objects that are read from memory all the way
// down: their fields, and the fields of every object those reach, are
// methods of the model. Marshalling a list of them element after element
// then never waits on a resolver of ours, which may read the database and
// whose work would run one element at a time instead of side by side.
func wholeInMemory(data *codegen.Data, inMemory map[string]bool) map[string]bool {
	whole := maps.Clone(inMemory)
	for changed := true; changed; {
		changed = false
		for _, o := range data.Objects {
			if !whole[o.Name] {
				continue
			}
			for _, f := range o.Fields {
				if !reachesOnly(data, f.TypeReference.Definition, whole) {
					delete(whole, o.Name)
					changed = true
					break
				}
			}
		}
	}
	return whole
}

// reachesOnly reports whether a field's type is a scalar or an enum, or
// objects of the set.
func reachesOnly(data *codegen.Data, def *ast.Definition, set map[string]bool) bool {
	switch def.Kind {
	case ast.Object:
		return set[def.Name]
	case ast.Interface, ast.Union:
		for _, t := range data.Schema.GetPossibleTypes(def) {
			if !set[t.Name] {
				return false
			}
		}
		return true
	default:
		return true
	}
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

// neverNull are the built-in scalars whose marshallers never answer null
// for a value of their Go type (Float's may fail on NaN and infinities).
var neverNull = map[string]bool{"String": true, "ID": true, "Boolean": true, "Int": true}

// plainField reports whether a field is read straight from a struct field
// of its model (not one promoted through an embedded pointer, which could
// be nil), with no arguments, no directive and no resolver, into a
// non-null enum or a scalar of [neverNull] held by a value that cannot be
// nil, and marshalled by gqlgen's own functions or the type's MarshalGQL
// without a context: reading it can neither fail nor panic, nor be null,
// so gqlgen's machinery around it (a field context, a closure, the field
// middleware and a recover) has nothing to do but cost allocations.
func plainField(o *codegen.Object, f *codegen.Field) bool {
	ref := f.TypeReference
	if f.IsResolver || !f.IsVariable() || len(f.Args) > 0 || f.HasDirectives() || f.IsReserved() ||
		ref == nil || ref.Definition == nil || !ref.GQL.NonNull || ref.IsNilable() || ref.IsSlice() || ref.IsContext {
		return false
	}
	if !directField(o.Type, f.GoFieldName) {
		return false
	}
	switch ref.Definition.Kind {
	case ast.Enum:
		return ref.IsMarshaler || gqlgenMarshaler(ref.Marshaler)
	case ast.Scalar:
		return neverNull[ref.Definition.Name] && gqlgenMarshaler(ref.Marshaler)
	}
	return false
}

// loadedField returns the expression that reads a field's object where
// it may already be in memory, and whether there is one: a struct field of
// the model of its own (obj.Node), or the edge an ent model's method reads
// when it was loaded (obj.Edges.Source for obj.Source(ctx)). The field has
// no arguments, directives or resolver, and its Go type is a pointer to
// one object. When that pointer is not nil, it is the field's value
// (ent's edge method returns a loaded edge as it is), so the field's
// machinery has nothing to wait on, nor an error to report; only its
// field context is needed, for the paths of errors below it.
func loadedField(o *codegen.Object, f *codegen.Field, file func(types.Object) string) (string, bool) {
	ref := f.TypeReference
	if f.IsResolver || len(f.Args) > 0 || f.HasDirectives() || f.IsReserved() ||
		ref == nil || ref.Definition == nil || ref.Definition.Kind != ast.Object || !ref.IsPtr() || ref.IsSlice() {
		return "", false
	}
	switch {
	case f.IsVariable() && directField(o.Type, f.GoFieldName):
		return "obj." + f.GoFieldName, true
	case f.IsMethod() && f.MethodHasContext && entEdge(o.Type, f.GoFieldName, ref.GO, file):
		return "obj.Edges." + f.GoFieldName, true
	}
	return "", false
}

// entEdge reports whether model is an ent entity (a type of a package
// named ent) whose Edges hold a field name of type t, and whose method
// name is the one entgql generates for that edge (in gql_edge.go), which
// returns the edge as it is when it was loaded; a method of that name
// written by hand could do more.
func entEdge(model types.Type, name string, t types.Type, file func(types.Object) string) bool {
	if ptr, ok := model.(*types.Pointer); ok {
		model = ptr.Elem()
	}
	named, ok := model.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Name() != "ent" || !directField(model, "Edges") {
		return false
	}
	method, _, _ := types.LookupFieldOrMethod(types.NewPointer(model), true, nil, name)
	if _, ok := method.(*types.Func); !ok || file(method) != "gql_edge.go" {
		return false
	}
	edges, _, _ := types.LookupFieldOrMethod(model, true, nil, "Edges")
	obj, index, _ := types.LookupFieldOrMethod(edges.Type(), true, nil, name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && len(index) == 1 && types.Identical(v.Type(), t)
}

// declaredIn returns what tells the name of the file (without its folder)
// an object of the packages gqlgen loaded is declared in, or "" when it
// cannot be told.
func declaredIn(data *codegen.Data) func(types.Object) string {
	return func(obj types.Object) string {
		if obj.Pkg() == nil {
			return ""
		}
		pkg := data.Config.Packages.Load(obj.Pkg().Path())
		if pkg == nil || pkg.Fset == nil {
			return ""
		}
		return filepath.Base(pkg.Fset.Position(obj.Pos()).Filename)
	}
}

// directField reports whether model (a struct or a pointer to one) has a
// field of that name of its own, not promoted from an embedded struct.
func directField(model types.Type, name string) bool {
	obj, index, _ := types.LookupFieldOrMethod(model, true, nil, name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && len(index) == 1
}

// gqlgenMarshaler reports whether fn is one of gqlgen's own marshallers
// (graphql.MarshalString and its kin), which never answer null for the
// built-in scalars of [neverNull].
func gqlgenMarshaler(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "github.com/99designs/gqlgen/graphql"
}
