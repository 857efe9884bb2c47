package gqlplugin

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"golang.org/x/tools/go/ast/astutil"
)

// inMemoryPackage is the package of the marshaller that replaces gqlgen's.
const inMemoryPackage = "github.com/latchkey/latchkey/graph/gqlplugin/inmemory"

// checkedGqlgen is the gqlgen whose runtime was read for what its
// ResolveField does around a field (a field context, the field middleware,
// a recover, null checks) before the rewrites of plain and loaded fields
// skipped it; another gqlgen fails generation until it is read again.
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
//   - such an object's fields are held and written out by an
//     [inmemory.Object] instead of gqlgen's FieldSet, whose marshalling
//     allocates a map and a copy of each field per object, and waits on
//     concurrent fields the object does not have;
//   - a field read straight from a struct field into a value that cannot
//     be null (noted by GenerateCode, see plainField) is marshalled at
//     once, and counted in the operation's resolved fields (package
//     resolved) as the field middleware counts the others, instead of
//     going through graphql.ResolveField: its field context, closures,
//     middleware and recover were about six allocations per field, and a
//     page of 50 accounts has hundreds of such fields.
//   - a field whose object is already in memory (noted by GenerateCode,
//     see loadedField) is marshalled at once when it is there, with its
//     field context, its recover and its count, but without ResolveField's
//     closures and middleware, and goes through ResolveField otherwise.
//
// [inmemory.MarshalSlice]: https://pkg.go.dev/github.com/latchkey/latchkey/graph/gqlplugin/inmemory#MarshalSlice
func (p *InMemoryFields) Rewrite(filename string) error {
	if graphql.Version != checkedGqlgen {
		return fmt.Errorf("plain and loaded fields are rewritten for gqlgen %s, not %s: read what graphql.ResolveField does around a field in %s, then set checkedGqlgen", checkedGqlgen, graphql.Version, graphql.Version)
	}
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
	if err := p.rewriteObjects(filename, file); err != nil {
		return err
	}
	if err := p.rewritePlainFields(filename, file); err != nil {
		return err
	}
	if err := p.rewriteLoadedFields(filename, file); err != nil {
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

// objectMarshallers returns the marshallers (ec._Name) of the objects
// GenerateCode marked as resolved in the marshalling goroutine.
func (p *InMemoryFields) objectMarshallers(file *ast.File) []*ast.FuncDecl {
	var fns []*ast.FuncDecl
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if ok && fn.Body != nil && strings.HasPrefix(fn.Name.Name, "_") && p.objects[strings.TrimPrefix(fn.Name.Name, "_")] {
			fns = append(fns, fn)
		}
	}
	return fns
}

// rewriteDeferredGroups replaces `deferred := graphql.NewDeferredGroup(ctx)`
// with `var deferred graphql.DeferredGroup` in the marshallers of objects
// whose fields run in the marshalling goroutine (ec._Name for each object
// GenerateCode marked): with no field resolved concurrently, nothing takes
// the group's address to add a deferred field to it.
func (p *InMemoryFields) rewriteDeferredGroups(filename string, file *ast.File) error {
	rewritten := 0
	for _, fn := range p.objectMarshallers(file) {
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

// rewriteObjects replaces `out := graphql.NewFieldSet(fields)` with
// `out := inmemory.NewObject(fields)` in the marshallers of the objects
// whose fields run in the marshalling goroutine, after checking that each
// uses out only as an inmemory.Object can be used: its Values, its
// Invalids, its Dispatch, and returning it.
func (p *InMemoryFields) rewriteObjects(filename string, file *ast.File) error {
	rewritten := 0
	for _, fn := range p.objectMarshallers(file) {
		var made *ast.CallExpr
		for _, stmt := range fn.Body.List {
			assign, ok := stmt.(*ast.AssignStmt)
			if !ok || len(assign.Lhs) != 1 || len(assign.Rhs) != 1 || assign.Tok != token.DEFINE || !isIdent(assign.Lhs[0], "out") {
				continue
			}
			if call, ok := assign.Rhs[0].(*ast.CallExpr); ok && isCallOf(call, "graphql", "NewFieldSet") && len(call.Args) == 1 {
				made = call
			}
		}
		if made == nil {
			continue
		}
		if use := otherUseOfOut(fn.Body, made); use != "" {
			return fmt.Errorf("%s: %s uses its field set as %s: gqlgen's code changed shape", filename, fn.Name.Name, use)
		}
		made.Fun = &ast.SelectorExpr{X: ast.NewIdent("inmemory"), Sel: ast.NewIdent("NewObject")}
		rewritten++
	}
	if rewritten == 0 && len(p.objects) > 0 {
		return fmt.Errorf("%s: no field set found in the %d objects read from memory: gqlgen's code changed shape", filename, len(p.objects))
	}
	return nil
}

// otherUseOfOut returns how body uses the variable out other than as
// inmemory.Object allows (out.Values, out.Invalids, out.Dispatch, return
// out, and the assignment made), or "" when it does not.
func otherUseOfOut(body *ast.BlockStmt, made *ast.CallExpr) string {
	allowed := map[ast.Node]bool{}
	use := ""
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if isIdent(n.X, "out") {
				switch n.Sel.Name {
				case "Values", "Invalids", "Dispatch":
					allowed[n.X] = true
				default:
					use = "out." + n.Sel.Name
				}
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if isIdent(r, "out") {
					allowed[r] = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && n.Rhs[0] == made {
				allowed[n.Lhs[0]] = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isIdent(n.X, "out") {
				use = "&out"
			}
		case *ast.Ident:
			if n.Name == "out" && !allowed[n] && use == "" {
				use = "a value"
			}
		}
		return use == ""
	})
	return use
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

// loadedTemplate is what rewriteLoadedFields puts before a loaded field's
// call of graphql.ResolveField: the value's read, the field context's
// call, and the marshaller fill it in.
const loadedTemplate = `package p
func f() {
	if v := %s; v != nil {
		fc, err := %s(ctx, field)
		if err != nil {
			return graphql.Null
		}
		ctx = graphql.WithFieldContext(ctx, fc)
		defer func() {
			if r := recover(); r != nil {
				ec.Error(ctx, ec.Recover(ctx, r))
				ret = graphql.Null
			}
		}()
		resolved.Count(ctx)
		fc.Result = v
		return %s(ctx, field.Selections, v)
	}
}`

// rewriteLoadedFields puts, before the call of graphql.ResolveField in the
// function of each field noted as loaded, the marshalling of its object
// when it is in memory (loadedTemplate): the field context it would get,
// with the same recover and the same count, and none of the closures and
// middleware around a resolver that has nothing to wait on.
func (p *InMemoryFields) rewriteLoadedFields(filename string, file *ast.File) error {
	rewritten := 0
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil || fn.Recv == nil {
			continue
		}
		read, ok := p.loaded[fn.Name.Name]
		if !ok {
			continue
		}
		fieldContext, marshaller, ok := loadedShape(fn)
		if !ok {
			return fmt.Errorf("%s: %s does not resolve its field through graphql.ResolveField as expected: gqlgen's code changed shape", filename, fn.Name.Name)
		}
		src := fmt.Sprintf(loadedTemplate, read, exprString(fieldContext), exprString(marshaller))
		parsed, err := parser.ParseFile(token.NewFileSet(), "", src, 0)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", filename, fn.Name.Name, err)
		}
		fast := parsed.Decls[0].(*ast.FuncDecl).Body.List
		for _, stmt := range fast {
			clearPositions(reflect.ValueOf(stmt))
		}
		fn.Body.List = append(fast, fn.Body.List...)
		rewritten++
	}
	if rewritten != len(p.loaded) {
		return fmt.Errorf("%s: %d of the %d loaded fields' functions found: gqlgen's code changed shape", filename, rewritten, len(p.loaded))
	}
	return nil
}

// loadedShape returns, from the function of a field as gqlgen writes it,
// the function its field context comes from and its marshaller, and false
// when the function has another shape: a result named ret, and a body
// returning graphql.ResolveField with the field context's call, no
// middleware, a marshaller's call and a recover.
func loadedShape(fn *ast.FuncDecl) (fieldContext, marshaller ast.Expr, ok bool) {
	results := fn.Type.Results
	if results == nil || len(results.List) != 1 || len(results.List[0].Names) != 1 || results.List[0].Names[0].Name != "ret" {
		return nil, nil, false
	}
	call, marshal, ok := resolveFieldCall(fn.Body)
	if !ok {
		return nil, nil, false
	}
	initFC, ok := call.Args[3].(*ast.FuncLit)
	if !ok {
		return nil, nil, false
	}
	fcCall, ok := onlyReturn(initFC.Body)
	if !ok || len(fcCall.Args) != 2 {
		return nil, nil, false
	}
	return fcCall.Fun, marshal.Fun, true
}

// clearPositions sets every position in the syntax tree v to none, so that
// statements parsed apart print as if written in the file they join, laid
// out by the printer alone.
func clearPositions(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			clearPositions(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			clearPositions(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Field(i)
			switch {
			case f.Type() == reflect.TypeFor[token.Pos]():
				f.SetInt(int64(token.NoPos))
			case f.Type() == reflect.TypeFor[*ast.Object](), f.Type() == reflect.TypeFor[*ast.Scope]():
				// Identifier resolution, not syntax: it points back into
				// the tree.
			default:
				clearPositions(f)
			}
		}
	}
}

// exprString prints an expression as Go source.
func exprString(e ast.Expr) string {
	var b bytes.Buffer
	_ = format.Node(&b, token.NewFileSet(), e)
	return b.String()
}

// plainShape returns, from the body of a plain field's function as gqlgen
// writes it, the struct field read (obj.Name) and the marshaller's call,
// and false when the body has another shape.
func plainShape(body *ast.BlockStmt) (read ast.Expr, marshal *ast.CallExpr, ok bool) {
	call, marshal, ok := resolveFieldCall(body)
	if !ok || !isIdent(call.Args[8], "true") {
		return nil, nil, false
	}
	resolver, ok := call.Args[4].(*ast.FuncLit)
	if !ok || len(resolver.Body.List) != 1 {
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
	return sel, marshal, true
}

// resolveFieldCall returns, from the body of a field's function as gqlgen
// writes it, the call of graphql.ResolveField it consists of returning,
// with no middleware and a recover, and the call its marshaller consists
// of returning, of (ctx, selections, v); false when the body has another
// shape.
func resolveFieldCall(body *ast.BlockStmt) (call, marshal *ast.CallExpr, ok bool) {
	call, ok = onlyReturn(body)
	if !ok || !isCallOf(call, "graphql", "ResolveField") || len(call.Args) != 9 ||
		!isIdent(call.Args[5], "nil") || !isIdent(call.Args[7], "true") {
		return nil, nil, false
	}
	marshaller, ok := call.Args[6].(*ast.FuncLit)
	if !ok {
		return nil, nil, false
	}
	marshal, ok = onlyReturn(marshaller.Body)
	if !ok || len(marshal.Args) != 3 || !isIdent(marshal.Args[2], "v") {
		return nil, nil, false
	}
	return call, marshal, true
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
