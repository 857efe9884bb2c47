package graph_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// loadPrinted parses the printed schema, schema/latchkey.graphql, on its
// own: it must stand without gqlgen's directives.
func loadPrinted(t *testing.T) *ast.Schema {
	t.Helper()
	b, err := os.ReadFile("../schema/latchkey.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "@go") {
		t.Error("the printed schema carries gqlgen directives")
	}
	s, gerr := gqlparser.LoadSchema(&ast.Source{Name: "latchkey.graphql", Input: string(b)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	return s
}

// TestPrintedSchemaSuitsCodegen holds the schema to what typed clients
// need: connections whose edges and nodes are never null, one casing of
// "Id" in every name, and no input type that nothing takes.
func TestPrintedSchemaSuitsCodegen(t *testing.T) {
	s := loadPrinted(t)
	upperID := regexp.MustCompile(`[a-z]ID`)
	used := map[string]bool{}
	var markInput func(name string)
	markInput = func(name string) {
		def := s.Types[name]
		if def == nil || def.Kind != ast.InputObject || used[name] {
			return
		}
		used[name] = true
		for _, f := range def.Fields {
			markInput(f.Type.Name())
		}
	}
	connections := 0
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		for _, f := range def.Fields {
			if upperID.MatchString(f.Name) {
				t.Errorf("%s.%s: spell ID inside a name as Id", name, f.Name)
			}
			for _, a := range f.Arguments {
				markInput(a.Type.Name())
				if upperID.MatchString(a.Name) {
					t.Errorf("%s.%s(%s): spell ID inside a name as Id", name, f.Name, a.Name)
				}
			}
		}
		if def.Kind == ast.Object && strings.HasSuffix(name, "Connection") {
			connections++
			edges := def.Fields.ForName("edges")
			if edges == nil || edges.Type.String() != "["+strings.TrimSuffix(name, "Connection")+"Edge!]!" {
				t.Errorf("%s.edges is %v, want a non-null list of non-null edges", name, edges.Type)
			}
		}
		if def.Kind == ast.Object && strings.HasSuffix(name, "Edge") {
			if node := def.Fields.ForName("node"); node == nil || !node.Type.NonNull {
				t.Errorf("%s.node may be null", name)
			}
		}
	}
	if connections < 5 {
		t.Errorf("found %d connections, want at least 5", connections)
	}
	for name, def := range s.Types {
		if def.Kind == ast.InputObject && !def.BuiltIn && !used[name] {
			t.Errorf("the input type %s is taken by no field", name)
		}
	}
}
