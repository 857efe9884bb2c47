// Command latchkey-bench measures Latchkey on PostgreSQL: it seeds a
// database with accounts, starts a Latchkey server pinned to one core, and
// for each scenario (list, list-filter, deep, node, count, create) finds the
// highest constant request rate held with p99 within 50 ms and no errors,
// beside the same reads straight from PostgreSQL through database/sql (the
// floor). It prints one table; run it from the module root:
//
//	go run ./cmd/latchkey-bench --accounts 100000
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	_ "github.com/lib/pq"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/verify/fakesource"
)

func main() {
	admin := flag.String("database-url", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "PostgreSQL server where the benchmark may create its database")
	accounts := flag.Int("accounts", 100000, "accounts to seed")
	envs := flag.Int("environments", 10, "environments to spread them over")
	step := flag.Duration("step", 10*time.Second, "how long each rate runs")
	ratesFlag := flag.String("rates", "50,100,200,400,800,1600", "the rates to climb, per second")
	shared := flag.Int("shared-rate", 50, "the rate at which latencies are compared")
	runs := flag.Int("runs", 3, "runs, alternating Latchkey and floor; the table shows medians")
	flag.Parse()
	var rates []int
	for _, r := range strings.Split(*ratesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(r))
		if err != nil || n <= 0 {
			log.Fatalf("--rates: %q is not a rate", r)
		}
		rates = append(rates, n)
	}
	if err := bench(context.Background(), *admin, *accounts, *envs, *step, rates, *shared, *runs); err != nil {
		log.Fatal(err)
	}
}

func bench(ctx context.Context, admin string, n, envs int, step time.Duration, rates []int, shared, runs int) error {
	start := time.Now()
	dbURL, drop, err := createDatabase(ctx, admin)
	if err != nil {
		return err
	}
	defer drop()
	db, err := store.Open(ctx, store.Config{DatabaseURL: dbURL})
	if err != nil {
		return err
	}
	envIDs, apiCreators, secret, err := environments(ctx, db, envs)
	if err != nil {
		return err
	}
	ds, err := seed(ctx, dbURL, n, envs, envIDs, apiCreators)
	db.Close()
	if err != nil {
		return fmt.Errorf("seeding: %w", err)
	}
	fmt.Fprintf(os.Stderr, "seeded %d accounts over %d environments in %v\n", n, envs, time.Since(start).Round(time.Second))

	fake := fakesource.Start()
	fake.AcceptAny(true)
	defer fake.Close()
	srv, url, err := startLatchkey(ctx, dbURL, fake.URL)
	if err != nil {
		return err
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()

	pool, err := sql.Open("postgres", dbURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	pool.SetMaxOpenConns(32)
	deep, deepAt, deepID, err := deepCursor(ctx, url, secret, pool, ds.env)
	if err != nil {
		return err
	}
	table := []row{}
	for _, sc := range scenarios(pool, ds, deep, deepAt, deepID) {
		r := row{name: sc.name}
		var lk, fl []int
		for i := range runs {
			order := []bool{true, false}
			if i%2 == 1 {
				order = []bool{false, true}
			}
			for _, latchkey := range order {
				if latchkey {
					lk = append(lk, highest(func(rate int) figures { return attackHTTP(url, secret, sc.body, rate, step) }, rates, 50*time.Millisecond, 2*time.Second))
				} else if sc.floor != nil {
					fl = append(fl, highest(func(rate int) figures { return attackFunc(sc.floor, rate, step) }, rates, 50*time.Millisecond, 2*time.Second))
				}
			}
		}
		r.latchkeyMax, r.floorMax = median(lk), median(fl)
		cpu := procCPU(srv.Process.Pid)
		r.at = attackHTTP(url, secret, sc.body, shared, step)
		if r.at.requests > 0 {
			r.cpuPerRequest = (procCPU(srv.Process.Pid) - cpu) / time.Duration(r.at.requests)
		}
		if sc.floor != nil {
			r.floorAt = attackFunc(sc.floor, shared, step)
		}
		table = append(table, r)
		fmt.Fprintf(os.Stderr, "%s done\n", sc.name)
	}
	printTable(os.Stdout, table, n, shared, procPeakMiB(srv.Process.Pid))
	return nil
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

// startLatchkey builds Latchkey and serves the database with it, pinned to
// CPU 0 when taskset is there; it returns the process and the GraphQL URL.
func startLatchkey(ctx context.Context, dbURL, sourceURL string) (*exec.Cmd, string, error) {
	dir, err := os.MkdirTemp("", "latchkey-bench")
	if err != nil {
		return nil, "", err
	}
	bin := filepath.Join(dir, "latchkey")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/latchkey").CombinedOutput(); err != nil {
		return nil, "", fmt.Errorf("building latchkey: %v: %s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	args := []string{bin, "serve", "--addr", addr, "--data-dir", dir}
	if path, err := exec.LookPath("taskset"); err == nil {
		args = append([]string{path, "-c", "0"}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "LATCHKEY_DATABASE_URL="+dbURL, "LATCHKEY_REVERIFY_INTERVAL=0",
		"LATCHKEY_RATE_LIMIT_FULL_ACCESS=0", "LATCHKEY_SOURCE_STRIPE_URL="+sourceURL, "LATCHKEY_LOG_FORMAT=json")
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return cmd, "http://" + addr + "/graphql", nil
			}
		}
	}
	return nil, "", fmt.Errorf("latchkey did not get ready")
}

// deepCursor returns the cursor of the start of the last page of the list
// scenario, and the row it stands for.
func deepCursor(ctx context.Context, url, secret string, db *sql.DB, env string) (string, time.Time, string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(string(gqlBody(
		`{ accounts(last: 51, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) { edges { node { id createdTime } } pageInfo { startCursor } } }`, nil))))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", time.Time{}, "", err
	}
	defer resp.Body.Close()
	var out struct {
		Data struct {
			Accounts struct {
				Edges []struct {
					Node struct {
						ID          string
						CreatedTime time.Time
					}
				}
				PageInfo struct{ StartCursor string }
			}
		}
	}
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Data.Accounts.Edges) == 0 {
		return "", time.Time{}, "", fmt.Errorf("reading the deep cursor: %v: %.300s", err, raw)
	}
	first := out.Data.Accounts.Edges[0].Node
	return out.Data.Accounts.PageInfo.StartCursor, first.CreatedTime, first.ID, nil
}

func median(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
