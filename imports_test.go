package latchkey

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// importRules says which packages may import what. Each rule names an import
// path prefix and the only directories whose non-generated Go files may
// import it.
var importRules = []struct {
	imported string
	allowed  []string
}{
	// Database drivers are chosen by the program and the tests, never by a
	// library; the feed uses lib/pq's listener for LISTEN/NOTIFY.
	{"github.com/lib/pq", []string{"cmd", "internal/testenv", "internal/feed"}},
	{"modernc.org/sqlite", []string{"cmd", "internal/testenv"}},
	// Flags and the environment are read only in cmd/.
	{"flag", []string{"cmd"}},
	// Only the server, its connection bound, the command line, the sources' calls, the outbound
	// guard, the metrics handler, the embedded browser faces (which set
	// their own security headers) and the example clients speak HTTP
	// themselves.
	{"net/http", []string{"cmd", "internal/server", "internal/conns", "internal/testenv", "internal/catalog", "internal/outbound", "internal/webhooks", "internal/metrics", "web", "examples"}},
	// The address checks live in the outbound guard, used by all.
	{"code.dny.dev/ssrf", []string{"internal/outbound"}},
}

// pureDirs hold the rules and types that the data layer itself depends on:
// they must not import the generated ent code.
var pureDirs = []string{"internal/auth", "internal/catalog", "internal/vault", "internal/errs", "internal/clock", "internal/ids"}

func TestImportBoundaries(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "node_modules" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		if isProgram(f) {
			return nil // a //go:build ignore program run by hand or by go generate
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, r := range importRules {
				if (p == r.imported || strings.HasPrefix(p, r.imported+"/")) && !inAny(dir, r.allowed) {
					t.Errorf("%s imports %s; only %v may", path, p, r.allowed)
				}
			}
			if inAny(dir, pureDirs) && strings.HasPrefix(p, "github.com/latchkey/latchkey/ent") {
				t.Errorf("%s imports the data layer (%s); it must stay independent of it", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func inAny(dir string, dirs []string) bool {
	for _, d := range dirs {
		if dir == d || strings.HasPrefix(dir, d+"/") {
			return true
		}
	}
	return false
}

// isProgram reports whether f is excluded from builds with
// //go:build ignore: a development program, such as a code generator.
func isProgram(f *ast.File) bool {
	for _, g := range f.Comments {
		for _, c := range g.List {
			if strings.TrimSpace(c.Text) == "//go:build ignore" {
				return true
			}
		}
	}
	return false
}
