//go:build ignore

// Command diff writes the migration that brings the PostgreSQL schema from
// the last migration to the ent schemas, replaying the migrations on a
// scratch database it creates (and drops) on the server of
// LATCHKEY_DEV_DATABASE_URL (default: the local server):
//
//	go run ./internal/store/migrations/diff.go add_something
//
// With -check it writes nothing and fails when a migration is missing. With
// -hash it only writes atlas.sum again, after a migration written by hand
// (what the ent schemas do not describe, a trigger for instance).
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"

	"github.com/latchkey/latchkey/ent/migrate"
)

func main() {
	check := flag.Bool("check", false, "fail when the ent schemas need a migration, writing nothing")
	hash := flag.Bool("hash", false, "write atlas.sum again after a migration written by hand, and nothing else")
	flag.Parse()
	path := filepath.Join("internal", "store", "migrations")
	if *hash {
		local, err := atlas.NewLocalDir(path)
		if err != nil {
			log.Fatal(err)
		}
		sum, err := local.Checksum()
		if err != nil {
			log.Fatal(err)
		}
		if err := atlas.WriteSumFile(local, sum); err != nil {
			log.Fatal(err)
		}
		return
	}
	name := flag.Arg(0)
	if name == "" && !*check {
		log.Fatal("usage: go run ./internal/store/migrations/diff.go [-check | -hash] <name>")
	}
	server := os.Getenv("LATCHKEY_DEV_DATABASE_URL")
	if server == "" {
		server = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	dev := fmt.Sprintf("latchkey_migrations_dev_%d", os.Getpid())
	admin, err := sql.Open("postgres", server)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := admin.Exec("CREATE DATABASE " + dev); err != nil {
		log.Fatal(err)
	}
	defer admin.Exec("DROP DATABASE IF EXISTS " + dev + " WITH (FORCE)")
	u, _ := url.Parse(server)
	u.Path = "/" + dev
	q := u.Query()
	q.Set("search_path", "public")
	u.RawQuery = q.Encode()

	var dir atlas.Dir
	local, err := atlas.NewLocalDir(path)
	if err != nil {
		log.Fatal(err)
	}
	dir = local
	if *check {
		mem := atlas.OpenMemDir("check")
		files, _ := local.Files()
		for _, f := range files {
			_ = mem.WriteFile(f.Name(), f.Bytes())
		}
		sum, _ := local.Checksum()
		_ = atlas.WriteSumFile(mem, sum)
		dir, name = mem, "check"
	}
	before, _ := dir.Files()
	err = migrate.NamedDiff(context.Background(), u.String(), name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres),
		schema.WithFormatter(atlas.DefaultFormatter),
	)
	if err != nil {
		admin.Exec("DROP DATABASE IF EXISTS " + dev + " WITH (FORCE)")
		log.Fatal(err)
	}
	after, _ := dir.Files()
	if *check && len(after) != len(before) {
		admin.Exec("DROP DATABASE IF EXISTS " + dev + " WITH (FORCE)")
		log.Fatal("the ent schemas changed without a migration: run go run ./internal/store/migrations/diff.go <name>")
	}
}
