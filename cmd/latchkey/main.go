// Command latchkey runs the Latchkey server and its operator tasks:
//
//	latchkey serve                 serve the GraphQL API
//	latchkey migrate               apply PostgreSQL migrations
//	latchkey keys create ...       create an API key (and its environment)
//	latchkey master-key            print a new master key for LATCHKEY_MASTER_KEY
//	latchkey rewrap                seal every stored secret again with the first master key
//
// Configuration comes from flags and LATCHKEY_* environment variables; see
// the README.
package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	_ "github.com/lib/pq"  // PostgreSQL driver
	_ "modernc.org/sqlite" // embedded SQLite driver

	"github.com/latchkey/latchkey/internal/vault"
)

const usage = `usage: latchkey <command> [flags]

commands:
  serve          serve the GraphQL API (flags: --addr, --data-dir)
  migrate        apply the pending migrations to the PostgreSQL database (LATCHKEY_DATABASE_URL)
  keys create    create an API key: --environment <slug> --permission <LEVEL> --name <name> [--json]
  master-key     print a new master key, for LATCHKEY_MASTER_KEY (put it first, before the keys in use, to rotate)
  rewrap         seal every stored secret again with the first master key, while servers serve (flags: --batch, --data-dir)

Run "latchkey <command> -h" for a command's flags.
`

func main() { os.Exit(runMain(os.Args[1:])) }

// runMain runs a command until it ends or SIGINT or SIGTERM asks it to
// stop, and returns the exit code.
func runMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, args, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "latchkey:", err)
		return 1
	}
	return 0
}

// run runs the command in args, writing results to stdout and messages to
// stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("no command")
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stderr)
	case "migrate":
		return migrate(ctx, args[1:], stdout, stderr)
	case "keys":
		if len(args) < 2 || args[1] != "create" {
			fmt.Fprint(stderr, usage)
			return fmt.Errorf("keys: the only subcommand is create")
		}
		return createKey(ctx, args[2:], stdout, stderr)
	case "master-key":
		if len(args) > 1 {
			return fmt.Errorf("master-key takes no arguments")
		}
		_, err := fmt.Fprintln(stdout, base64.StdEncoding.EncodeToString(vault.NewKey()))
		return err
	case "rewrap":
		return rewrapValues(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
}
