// Command latchkey-bench measures Latchkey on PostgreSQL beside PostGraphile
// and the bare database. It seeds a database with accounts, starts Latchkey
// and PostGraphile on CPU 0 (the database and the load generator get CPU 1),
// checks that both answer the same rows and walk every row once, counts the
// statements each request runs, and then, for each scenario (list,
// list-filter, deep, node, count, create), finds the highest constant
// request rate each holds with p99 within 50 ms and no errors, beside the
// same reads through database/sql (the floor), the systems taking turns at
// each rate. It prints one table of medians over alternating runs; run it
// from the module root:
//
//	go run ./cmd/latchkey-bench --accounts 100000
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"log"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	_ "github.com/lib/pq"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/store"
)

// config is what the command line sets.
type config struct {
	admin        string
	accounts     int
	environments int
	step         time.Duration
	search       search
	shared       int
	runs         int
	calibrate    int
	warmup       time.Duration
	ramp         time.Duration // how long each rate of the search runs before it is measured
	postgraphile string
	only         []string // the scenarios to run; all when empty
	shapes       []string // the extra list shapes to run (see shapeScenarios)
	cpuprofile   string   // where to write Latchkey's CPU profile of one scenario
	profiled     string   // the scenario whose CPU profile cpuprofile receives
}

func main() {
	pinSelf()
	var c config
	flag.StringVar(&c.admin, "database-url", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "PostgreSQL server where the benchmark may create its database")
	flag.IntVar(&c.accounts, "accounts", 100000, "accounts to seed")
	flag.IntVar(&c.environments, "environments", 10, "environments to spread them over")
	flag.DurationVar(&c.step, "step", 10*time.Second, "how long each rate runs")
	flag.IntVar(&c.search.start, "start-rate", 100, "the first rate tried, per second; rates double from it")
	flag.IntVar(&c.search.max, "max-rate", 3200, "the highest rate tried; a system holding it is shown as >=")
	flag.IntVar(&c.search.refine, "refine", 2, "halvings of the gap between the last rate held and the first missed")
	flag.IntVar(&c.shared, "shared-rate", 50, "the rate at which latencies and CPU are compared")
	flag.IntVar(&c.runs, "runs", 3, "runs, in alternating order; the table shows medians")
	flag.IntVar(&c.calibrate, "count-requests", 100, "requests over which statements per request are counted")
	flag.DurationVar(&c.warmup, "warmup", 5*time.Second, "how long each server runs each scenario at the shared rate before the runs, and again before each measured step at that rate")
	flag.DurationVar(&c.ramp, "ramp", time.Second, "how long each rate of the search runs before its step is measured: a system whose turn has come back after the others' starts from new connections")
	flag.StringVar(&c.postgraphile, "postgraphile", "cmd/latchkey-bench/postgraphile", "folder of the PostGraphile server (installed there with npm); empty to leave it out")
	only := flag.String("scenarios", "", "comma-separated scenarios to run (list, list-filter, deep, node, count, create, and the shapes of --shape); all when empty")
	shapes := flag.String("shape", "", "comma-separated list shapes to run beside the scenarios: wide (100 by identifier, the source nested), nested (20 with source, creator and platform app), or all")
	flag.StringVar(&c.cpuprofile, "cpuprofile", "", "write Latchkey's CPU profile of the scenario --profile-scenario names at the shared rate (first run) to this file")
	flag.StringVar(&c.profiled, "profile-scenario", "list", "the scenario whose CPU profile --cpuprofile writes")
	flag.Parse()
	if *only != "" {
		c.only = strings.Split(*only, ",")
		if c.cpuprofile != "" && !slices.Contains(c.only, c.profiled) {
			log.Fatalf("--profile-scenario: %q is not among --scenarios", c.profiled)
		}
	}
	switch *shapes {
	case "":
	case "all":
		c.shapes = []string{"wide", "nested"}
	default:
		c.shapes = strings.Split(*shapes, ",")
		for _, sh := range c.shapes {
			if sh != "wide" && sh != "nested" {
				log.Fatalf("--shape: %q is not a shape; use wide, nested or all", sh)
			}
		}
	}
	c.search.maxP99, c.search.pause = 50*time.Millisecond, 2*time.Second
	var undo cleanups
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-signals
		logf("interrupted: stopping the servers and dropping the database")
		undo.run()
		os.Exit(130)
	}()
	err := bench(context.Background(), c, &undo)
	undo.run()
	if err != nil {
		log.Fatal(err)
	}
}

// cleanups are what the benchmark must undo (servers to stop, the
// database's CPUs, the database itself), run in reverse order once: at the
// end, or when the benchmark is interrupted.
type cleanups struct {
	mu   sync.Mutex
	fns  []func()
	done bool
}

func (c *cleanups) add(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fns = append(c.fns, f)
}

func (c *cleanups) run() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		return
	}
	c.done = true
	for i := len(c.fns) - 1; i >= 0; i-- {
		c.fns[i]()
	}
}

// system is one of the three measured: a server, or the floor.
type system struct {
	name   string
	server *server
	header http.Header
	// body picks the system's request out of a scenario (servers only).
	body func(sc scenario) func() []byte
	// start starts one more of the server over dbURL (servers only).
	start func(dbURL string) (*server, error)
	// attack returns the attack of sc; nil when the system has no equivalent.
	attack func(sc scenario) attack
}

// serverSystem returns the system of a GraphQL server.
func serverSystem(name string, srv *server, header http.Header, body func(scenario) func() []byte, start func(string) (*server, error)) system {
	return system{name: name, server: srv, header: header, body: body, start: start, attack: httpAttack(srv.url, header, body)}
}

func bench(ctx context.Context, c config, undo *cleanups) error {
	start := time.Now()
	dbURL, drop, err := createDatabase(ctx, c.admin)
	if err != nil {
		return err
	}
	undo.add(drop)
	db, err := store.Open(ctx, store.Config{DatabaseURL: dbURL})
	if err != nil {
		return err
	}
	envIDs, apiCreators, secret, err := environments(ctx, db, c.environments)
	if err != nil {
		return err
	}
	ds, err := seed(ctx, dbURL, c.accounts, c.environments, envIDs, apiCreators)
	db.Close()
	if err != nil {
		return fmt.Errorf("seeding: %w", err)
	}
	logf("seeded %d accounts over %d environments in %v", c.accounts, c.environments, time.Since(start).Round(time.Second))

	pool, err := sql.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	undo.add(func() { pool.Close() })
	pool.SetMaxOpenConns(16)
	pool.SetMaxIdleConns(16)
	if restore, err := pinPostgres(ctx, pool); err != nil {
		logf("PostgreSQL stays on all CPUs: %v", err)
	} else {
		undo.add(restore)
	}

	fake := fakesource.Start()
	fake.AcceptAny(true)
	undo.add(fake.Close)
	bin, err := buildLatchkey(ctx)
	if err != nil {
		return err
	}
	lk, err := startLatchkey(bin, dbURL, fake.URL, c.cpuprofile != "")
	if err != nil {
		return err
	}
	undo.add(lk.Stop)
	lkHeader := http.Header{"Content-Type": {"application/json"}, "Authorization": {"Bearer " + secret}}
	pglHeader := http.Header{"Content-Type": {"application/json"}}
	clients := []client{latchkeyClient(lk.url, lkHeader)}
	var pgl *server
	if c.postgraphile != "" {
		if pgl, err = startPostGraphile(ctx, c.postgraphile, dbURL); err != nil {
			return err
		}
		undo.add(pgl.Stop)
		clients = append(clients, postgraphileClient(pgl.url, pglHeader, ds.env))
	}

	deep := deepPage{}
	cursors := map[string]string{}
	for _, cl := range clients {
		cursor, row, err := deepCursor(ctx, cl)
		if err != nil {
			return err
		}
		cursors[cl.name] = cursor
		deep.at, deep.id = row.CreatedTime, row.ID
	}
	deep.latchkey, deep.postgraphile = cursors["latchkey"], cursors["postgraphile"]
	checkStart := time.Now()
	if err := crossCheck(ctx, pool, ds.env, clients, cursors); err != nil {
		return fmt.Errorf("cross-check: %w", err)
	}
	logf("cross-checked pages and full cursor walks in %v", time.Since(checkStart).Round(time.Second))

	c.search.settle = func() { settle(pool, time.Minute) }
	scs := append(scenarios(ds, deep), shapeScenarios(ds, c.shapes)...)
	if len(c.only) > 0 {
		scs = slices.DeleteFunc(scs, func(sc scenario) bool { return !slices.Contains(c.only, sc.name) })
	}
	if c.cpuprofile != "" && !slices.ContainsFunc(scs, func(sc scenario) bool { return sc.name == c.profiled }) {
		return fmt.Errorf("--profile-scenario: %q is not among the scenarios run", c.profiled)
	}
	systems := []system{
		serverSystem("latchkey", lk, lkHeader, func(sc scenario) func() []byte { return sc.latchkey },
			func(dbURL string) (*server, error) { return startLatchkey(bin, dbURL, fake.URL, false) }),
		{name: "floor", attack: floorAttack(pool)},
	}
	if pgl != nil {
		systems = append(systems, serverSystem("postgraphile", pgl, pglHeader, func(sc scenario) func() []byte { return sc.postgraphile },
			func(dbURL string) (*server, error) { return startPostGraphile(ctx, c.postgraphile, dbURL) }))
	}
	stmts, err := countAll(ctx, c, dbURL, scs, systems)
	if err != nil {
		return err
	}
	for _, s := range systems {
		for _, sc := range scs {
			if attack := s.attack(sc); attack != nil && s.server != nil {
				attack(c.shared, 0, c.warmup)
			}
		}
	}
	logf("warmed up")
	results := measure(c, scs, systems)
	peak := map[string]float64{}
	for _, s := range systems {
		if s.server != nil {
			peak[s.name] = proc.MiB(s.server.Pid(), "VmHWM")
		}
	}
	printReport(os.Stdout, c, scs, systems, results, stmts, peak)
	return nil
}

// httpAttack returns the attack of a GraphQL server, sending the body body
// picks out of a scenario.
func httpAttack(url string, header http.Header, body func(scenario) func() []byte) func(scenario) attack {
	return func(sc scenario) attack {
		b := body(sc)
		if b == nil {
			return nil
		}
		return func(rate int, ramp, d time.Duration) figures { return attackHTTP(url, header, b, rate, ramp, d) }
	}
}

func floorAttack(db *sql.DB) func(scenario) attack {
	return func(sc scenario) attack {
		if sc.floor == nil {
			return nil
		}
		call := func(ctx context.Context) error { return sc.floor(ctx, db) }
		return func(rate int, ramp, d time.Duration) figures { return attackFunc(call, rate, ramp, d) }
	}
}

// environments makes the environments, each with a FULL_ACCESS key and an
// API creator naming it, and returns their IDs, the creators' IDs and the
// secret key of the first environment's key.
func environments(ctx context.Context, db *store.DB, n int) (envIDs, creators []string, secret string, err error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	for e := range n {
		key, s, err := keys.Bootstrap(ctx, db.Client, fmt.Sprintf("bench-%d", e), keys.CreateInput{Name: "bench", Permission: auth.FullAccess})
		if err != nil {
			return nil, nil, "", err
		}
		cr, err := db.Client.Creator.Create().SetEnvironmentID(key.EnvironmentID).SetKind("API").SetAuthAccessID(key.ID).Save(sys)
		if err != nil {
			return nil, nil, "", err
		}
		envIDs, creators = append(envIDs, key.EnvironmentID), append(creators, cr.ID)
		if e == 0 {
			secret = s
		}
	}
	return envIDs, creators, secret, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, time.Now().Format("15:04:05 ")+format+"\n", args...)
}
