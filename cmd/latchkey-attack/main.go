// Command latchkey-attack measures what known attacks (hostile documents,
// slow bodies, heavy counts, websocket floods, revoked keys, internal
// addresses, huge answers, label floods, wrong keys, account takeovers) do
// to a Latchkey server: for each attack it starts the server on fresh data,
// runs a victim tenant's small query at a constant rate for one window
// without the attack and one with it, and prints a row with the victim's
// latencies and failures, the server's CPU seconds in each window (and
// after, until it went quiet) and what the attack achieved. It talks to the
// server only through its public API, `latchkey keys create --json`,
// `latchkey migrate` and documented environment variables, so it measures
// any two builds alike. Run it from the module root:
//
//	go run ./cmd/latchkey-attack --binary /path/to/latchkey --attacks fragment-bomb,bad-key
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"
)

// config is what the command line sets.
type config struct {
	binary      string
	databaseURL string // the PostgreSQL server to create databases on; empty for SQLite
	attacks     []string
	duration    time.Duration
	victimRate  int
	settle      time.Duration
	accounts    int
	asJSON      bool
	pin         bool
}

func main() {
	var c config
	flag.StringVar(&c.binary, "binary", "", "the latchkey binary to attack; empty builds ./cmd/latchkey into a temporary folder")
	flag.StringVar(&c.databaseURL, "database-url", "", "a PostgreSQL server URL where the tool may create and drop databases (postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable); empty for SQLite")
	only := flag.String("attacks", "", "comma-separated attacks to run; all when empty ("+strings.Join(names(), ", ")+")")
	flag.DurationVar(&c.duration, "duration", 10*time.Second, "how long each window (without, then with the attack) lasts")
	flag.IntVar(&c.victimRate, "victim-rate", 20, "the victim's requests per second")
	flag.DurationVar(&c.settle, "settle", 120*time.Second, "the longest wait, after a window with an attack, for the server to go quiet")
	flag.IntVar(&c.accounts, "accounts", 20000, "accounts seeded in the attacker's environment for the count attacks")
	flag.BoolVar(&c.asJSON, "json", false, "print the rows as JSON instead of a table")
	flag.BoolVar(&c.pin, "pin", true, "run the server on CPU 0 and this tool (victim and attacker) on CPU 1, with taskset")
	flag.Parse()
	if c.pin {
		pinSelf()
	}
	if *only != "" {
		c.attacks = strings.Split(*only, ",")
		for _, name := range c.attacks {
			if !slices.Contains(names(), name) {
				log.Fatalf("unknown attack %q; the attacks are %s", name, strings.Join(names(), ", "))
			}
		}
	}
	var undo cleanups
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-signals
		logf("interrupted: stopping the server and removing its data")
		undo.run()
		os.Exit(130)
	}()
	rows, err := run(context.Background(), c, &undo)
	undo.run()
	if len(rows) > 0 {
		if c.asJSON {
			err = errors.Join(err, printJSON(os.Stdout, c, rows))
		} else {
			printTable(os.Stdout, c, rows)
		}
	}
	if err != nil {
		log.Fatal(err)
	}
}

// run runs the chosen attacks in the order of the list, each group of
// attacks on its own fresh data, and returns their rows.
func run(ctx context.Context, c config, undo *cleanups) ([]row, error) {
	bin := c.binary
	if bin == "" {
		var err error
		if bin, err = buildLatchkey(ctx, undo); err != nil {
			return nil, err
		}
	}
	var rows []row
	var t *target
	group := ""
	for _, a := range attacks(c) {
		if len(c.attacks) > 0 && !slices.Contains(c.attacks, a.name) {
			continue
		}
		// Attacks of one group share their data (seeded once); every other
		// attack gets fresh data. Each gets a freshly started process.
		if t == nil || a.group == "" || a.group != group {
			if t != nil {
				t.Close()
			}
			var err error
			if t, err = newTarget(ctx, c, bin, undo); err != nil {
				return rows, err
			}
			group = a.group
			if a.seed != nil {
				start := time.Now()
				if err := a.seed(ctx, t); err != nil {
					return rows, fmt.Errorf("%s: seeding: %w", a.name, err)
				}
				logf("%s: seeded in %v", a.name, time.Since(start).Round(time.Second))
			}
		}
		r, err := measureAttack(ctx, c, t, a)
		if err != nil {
			return rows, fmt.Errorf("%s: %w", a.name, err)
		}
		rows = append(rows, r)
		logf("%s: %s", a.name, r.Outcome)
	}
	if t != nil {
		t.Close()
	}
	return rows, nil
}

// logf writes a time-stamped progress line to standard error.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", args...)
}
