//go:build ignore

// Docgen writes the descriptions of the list-language arguments of every
// connection into the schema files, from the tables the list language's
// parser reads (internal/filter), so that they name exactly the fields and
// sort keys each connection accepts. A description it owns follows a line
// `# listing: <Schema> filter` or `# listing: <Schema> sortBy`, where
// Schema is a table of internal/filter (Accounts, AuthAccesses, Events,
// PlatformApps, Sources). Run from the module root by go generate.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/latchkey/latchkey/internal/filter"
)

var schemas = map[string]filter.Schema{
	"Accounts":          filter.Accounts,
	"AuthAccesses":      filter.AuthAccesses,
	"Events":            filter.Events,
	"PlatformApps":      filter.PlatformApps,
	"Sources":           filter.Sources,
	"WebhookDeliveries": filter.WebhookDeliveries,
	"WebhookEndpoints":  filter.WebhookEndpoints,
}

var marker = regexp.MustCompile(`^(\s*)# listing: (\w+) (filter|sortBy)$`)

func main() {
	files, err := filepath.Glob("graph/*.graphql")
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range files {
		if err := rewrite(f); err != nil {
			log.Fatal(err)
		}
	}
}

// rewrite replaces the description after each marker of the file.
func rewrite(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines)-1; i++ {
		m := marker.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		s, ok := schemas[m[2]]
		if !ok {
			return fmt.Errorf("%s:%d: no list-language table %q", path, i+1, m[2])
		}
		lines[i+1] = m[1] + strconv.Quote(describe(s, m[3]))
	}
	out := strings.Join(lines, "\n")
	if out == string(b) {
		return nil
	}
	return os.WriteFile(path, []byte(out), 0o644)
}

// describe returns the description of a connection's filter or sortBy.
func describe(s filter.Schema, arg string) string {
	if arg == "sortBy" {
		keys := s.SortKeys()
		example := "createdTime:DESC"
		for _, k := range keys {
			if k != "createdTime" && k != "id" {
				example = k + ":DESC,createdTime:ASC"
				break
			}
		}
		return fmt.Sprintf("Sort keys, comma-separated, each with :ASC (the default) or :DESC, such as %q; one of: %s.",
			example, strings.Join(keys, ", "))
	}
	return fmt.Sprintf("A condition in the list language (docs/filter.md), such as %q, over: %s.",
		"createdTime isBefore Yesterday and id startsWith 'a'", strings.Join(s.Fields(), ", "))
}
