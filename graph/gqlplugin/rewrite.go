package gqlplugin

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"golang.org/x/tools/go/ast/astutil"
)

// inMemoryPackage is the package of the marshaller that replaces gqlgen's.
const inMemoryPackage = "github.com/latchkey/latchkey/graph/gqlplugin/inmemory"

// checkedGqlgen is the gqlgen whose runtime was read for what its
// ResolveField does around a plain field (a field context, the field
// middleware, a recover, null checks) before the rewrite skipped it; a
// newer gqlgen fails generation until it is read again.
const checkedGqlgen = "v0.17.98"

// resolvedPackage counts the fields the rewritten code resolves.
const resolvedPackage = "github.com/latchkey/latchkey/graph/resolved"

// Rewrite edits the file gqlgen generated (filename) where gqlgen has no
// option for what Latchkey needs, in the same generation (graph/gqlgen.go
// runs it after gqlgen); it fails when gqlgen's code no longer has the
// shape it rewrites:
//   - each list of objects read from memory is marshalled by
//     [inmemory.MarshalSlice], in the calling goroutine, instead of
//     gqlgen's MarshalSliceConcurrently, which starts a goroutine per
//     element;
//   - an object whose fields all run in the marshalling goroutine starts
//     with an empty group of deferred fields, instead of one that walks the
//     context for the object's path (NewDeferredGroup): only fields run
//     concurrently can be deferred, so its group stays empty. That walk
//     was a seventh of a nested page's CPU.
//   - a field read straight from a struct field into a value that cannot
//     be null (noted by GenerateCode, see plainField) is marshalled at
//     once, and counted in the operation's resolved fields (package
//     resolved) as the field middleware counts the others, instead of
//     going through graphql.ResolveField: its field context, closures,
//     middleware and recover were about six allocations per field, and a
//     page of 50 accounts has hundreds of such fields.
//
// [inmemory.MarshalSlice]: https://pkg.go.dev/github.com/latchkey/latchkey/graph/gqlplugin/inmemory#MarshalSlice
func (p *InMemoryFields) Rewrite(filename string) error {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, nil, parser.ParseComments)
	if err != nil {
		return err
	}
	if err := p.rewriteLists(filename, file); err != nil {
		return err
	}
	if err := p.rewriteDeferredGroups(filename, file); err != nil {
		return err
	}
	if err := p.rewritePlainFields(filename, file); err != nil {
		return err
	}
	astutil.AddImport(fset, file, inMemoryPackage)
	astutil.AddImport(fset, file, resolvedPackage)
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return err
	}
	return os.WriteFile(filename, out.Bytes(), 0o644)
}

// rewriteLists swaps MarshalSliceConcurrently for inmemory.MarshalSlice in
// the marshallers of the lists noted by GenerateCode.
func (p *InMemoryFields) rewriteLists(filename string, file *ast.File) error {
	total := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || !p.lists[fn.Name.Name] {
			continue
		}
		rewritten := 0
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !isCallOf(call, "graphql", "MarshalSliceConcurrently") || len(call.Args) != 5 {
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
	return nil
}

// rewriteDeferredGroups replaces `deferred := graphql.NewDeferredGroup(ctx)`
// with `var deferred graphql.DeferredGroup` in the marshallers of objects
// whose fields run in the marshalling goroutine (ec._Name for each object
// GenerateCode marked): with no field resolved concurrently, nothing takes
// the group's address to add a deferred field to it.
func (p *InMemoryFields) rewriteDeferredGroups(filename string, file *ast.File) error {
	rewritten := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || !p.objects[strings.TrimPrefix(fn.Name.Name, "_")] || !strings.HasPrefix(fn.Name.Name, "_") {
			continue
		}
		if takesAddressOf(fn.Body, "deferred") {
			return fmt.Errorf("%s: %s resolves a field concurrently: gqlgen's code changed shape", filename, fn.Name.Name)
		}
		for i, stmt := range fn.Body.List {
			assign, ok := stmt.(*ast.AssignStmt)
			if !ok || len(assign.Lhs) != 1 || len(assign.Rhs) != 1 || assign.Tok != token.DEFINE {
				continue
			}
			id, ok := assign.Lhs[0].(*ast.Ident)
			call, isCall := assign.Rhs[0].(*ast.CallExpr)
			if !ok || id.Name != "deferred" || !isCall || !isCallOf(call, "graphql", "NewDeferredGroup") {
				continue
			}
			fn.Body.List[i] = &ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{
				Names: []*ast.Ident{ast.NewIdent("deferred")},
				Type:  &ast.SelectorExpr{X: ast.NewIdent("graphql"), Sel: ast.NewIdent("DeferredGroup")},
			}}}}
			rewritten++
		}
	}
	if rewritten == 0 && len(p.objects) > 0 {
		return fmt.Errorf("%s: no deferred group found in the %d objects read from memory: gqlgen's code changed shape", filename, len(p.objects))
	}
	return nil
}

// rewritePlainFields replaces the body of each plain field's function,
//
//	return graphql.ResolveField(ctx, ec.OperationContext, field, …,
//		func(ctx context.Context) (any, error) { return obj.Name, nil },
//		nil, func(ctx context.Context, selections ast.SelectionSet, v T) graphql.Marshaler {
//			return ec.marshalNT(ctx, selections, v)
//		}, true, true)
//
// with
//
//	resolved.Count(ctx)
//	return ec.marshalNT(ctx, field.Selections, obj.Name)
func (p *InMemoryFields) rewritePlainFields(filename string, file *ast.File) error {
	if graphql.Version != checkedGqlgen {
		return fmt.Errorf("plain fields are rewritten for gqlgen %s, not %s: read what graphql.ResolveField does around a field in %s, then set checkedGqlgen", checkedGqlgen, graphql.Version, graphql.Version)
	}
	rewritten := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || fn.Recv == nil || !p.plain[fn.Name.Name] {
			continue
		}
		read, marshal, ok := plainShape(fn.Body)
		if !ok {
			return fmt.Errorf("%s: %s does not read a struct field through graphql.ResolveField as expected: gqlgen's code changed shape", filename, fn.Name.Name)
		}
		marshal.Args = []ast.Expr{ast.NewIdent("ctx"), &ast.SelectorExpr{X: ast.NewIdent("field"), Sel: ast.NewIdent("Selections")}, read}
		count := &ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.SelectorExpr{X: ast.NewIdent("resolved"), Sel: ast.NewIdent("Count")}, Args: []ast.Expr{ast.NewIdent("ctx")}}}
		fn.Body.List = []ast.Stmt{count, &ast.ReturnStmt{Results: []ast.Expr{marshal}}}
		rewritten++
	}
	if rewritten != len(p.plain) {
		return fmt.Errorf("%s: %d of the %d plain fields' functions found: gqlgen's code changed shape", filename, rewritten, len(p.plain))
	}
	return nil
}

// plainShape returns, from the body of a plain field's function as gqlgen
// writes it, the struct field read (obj.Name) and the marshaller's call,
// and false when the body has another shape.
func plainShape(body *ast.BlockStmt) (read ast.Expr, marshal *ast.CallExpr, ok bool) {
	call, ok := onlyReturn(body)
	if !ok || !isCallOf(call, "graphql", "ResolveField") || len(call.Args) != 9 ||
		!isIdent(call.Args[5], "nil") || !isIdent(call.Args[7], "true") || !isIdent(call.Args[8], "true") {
		return nil, nil, false
	}
	resolver, ok1 := call.Args[4].(*ast.FuncLit)
	marshaller, ok2 := call.Args[6].(*ast.FuncLit)
	if !ok1 || !ok2 || len(resolver.Body.List) != 1 || len(marshaller.Body.List) != 1 {
		return nil, nil, false
	}
	ret, ok := resolver.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 || !isIdent(ret.Results[1], "nil") {
		return nil, nil, false
	}
	sel, ok := ret.Results[0].(*ast.SelectorExpr)
	if !ok || !isIdent(sel.X, "obj") {
		return nil, nil, false
	}
	marshal, ok = onlyReturn(marshaller.Body)
	if !ok || len(marshal.Args) != 3 || !isIdent(marshal.Args[2], "v") {
		return nil, nil, false
	}
	return sel, marshal, true
}

// onlyReturn returns the call a body consists of returning, and false
// when it does anything else.
func onlyReturn(body *ast.BlockStmt) (*ast.CallExpr, bool) {
	if len(body.List) != 1 {
		return nil, false
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, false
	}
	call, ok := ret.Results[0].(*ast.CallExpr)
	return call, ok
}

// isIdent reports whether e is the identifier name.
func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// takesAddressOf reports whether body takes the address of the variable
// name.
func takesAddressOf(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := u.X.(*ast.Ident); ok && id.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// isCallOf reports whether call calls pkg.name.
func isCallOf(call *ast.CallExpr, pkg, name string) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == pkg
}
