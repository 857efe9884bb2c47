package gqlplugin

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"

	"golang.org/x/tools/go/ast/astutil"
)

// inMemoryPackage is the package of the marshaller that replaces gqlgen's.
const inMemoryPackage = "github.com/latchkey/latchkey/graph/gqlplugin/inmemory"

// RewriteLists edits the file gqlgen generated (filename) so that each list
// of objects read from memory is marshalled by [inmemory.MarshalSlice], in
// the calling goroutine, instead of gqlgen's MarshalSliceConcurrently,
// which starts a goroutine per element and has no option to not. Run it
// after gqlgen, in the same generation, as graph/gqlgen.go does; it fails
// when gqlgen's code no longer has the shape it rewrites.
//
// [inmemory.MarshalSlice]: https://pkg.go.dev/github.com/latchkey/latchkey/graph/gqlplugin/inmemory#MarshalSlice
func (p *InMemoryFields) RewriteLists(filename string) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, nil, parser.ParseComments)
	if err != nil {
		return err
	}
	total := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || !p.lists[fn.Name.Name] {
			continue
		}
		rewritten := 0
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !isCall(call, "graphql", "MarshalSliceConcurrently") || len(call.Args) != 5 {
				return true
			}
			// (ctx, length, workerLimit, omitPanicHandler, marshalElement)
			call.Fun = &ast.SelectorExpr{X: ast.NewIdent("inmemory"), Sel: ast.NewIdent("MarshalSlice")}
			call.Args = append(call.Args[:2:2], call.Args[3:]...)
			rewritten++
			return false
		})
		if rewritten != 1 {
			return fmt.Errorf("%s: %s calls MarshalSliceConcurrently %d times, not once: gqlgen's code changed shape", filename, fn.Name.Name, rewritten)
		}
		total++
	}
	if total == 0 && len(p.lists) > 0 {
		return fmt.Errorf("%s: none of the %d list marshallers found: gqlgen's code changed shape", filename, len(p.lists))
	}
	astutil.AddImport(fset, file, inMemoryPackage)
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return err
	}
	return os.WriteFile(filename, out.Bytes(), 0o644)
}

// isCall reports whether call calls pkg.name.
func isCall(call *ast.CallExpr, pkg, name string) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg
}
