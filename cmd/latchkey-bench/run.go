package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"slices"
	"time"
)

// result is what one system did in one scenario: medians over the runs.
type result struct {
	max    int           // the highest rate held
	at     figures       // latencies at the shared rate; errors summed
	cpu    time.Duration // the server's CPU per request at the shared rate
	counts []int         // the highest rate held in each run
}

// measure runs every scenario on every system c.runs times, reversing the
// order of the systems every other run, and returns the medians by system
// and scenario. In each scenario every system is first measured at the
// shared rate, one after the other; then their searches for the highest
// rate take turns (search.highestOf).
func measure(c config, scs []scenario, systems []system) map[string]map[string]*result {
	type samples struct {
		max            []int
		p50, p95, p99  []time.Duration
		cpu            []time.Duration
		errors, shared int
	}
	all := map[string]map[string]*samples{}
	sample := func(s system, sc scenario) *samples {
		if all[s.name] == nil {
			all[s.name] = map[string]*samples{}
		}
		x := all[s.name][sc.name]
		if x == nil {
			x = &samples{}
			all[s.name][sc.name] = x
		}
		return x
	}
	for run := range c.runs {
		order := slices.Clone(systems)
		if run%2 == 1 {
			slices.Reverse(order)
		}
		for _, sc := range scs {
			var measured []system
			var climbs []func(rate int) figures
			for _, s := range order {
				attack := s.attack(sc)
				if attack == nil {
					continue
				}
				at, cpu := sharedStep(c, s, sc, run)
				x := sample(s, sc)
				x.p50, x.p95, x.p99 = append(x.p50, at.p50), append(x.p95, at.p95), append(x.p99, at.p99)
				x.cpu = append(x.cpu, cpu)
				x.errors += at.errors
				x.shared += at.requests
				measured = append(measured, s)
				climbs = append(climbs, func(rate int) figures {
					f := attack(rate, c.ramp, c.step)
					logf("run %d %-12s %-12s %5d req/s: p99 %v, %d errors%s", run+1, sc.name, s.name, rate, f.p99.Round(10*time.Microsecond), f.errors, inParens(f.kindsString()))
					if s.server != nil {
						quiet(s.server.Pid(), 30*time.Second)
					}
					return f
				})
			}
			for i, max := range c.search.highestOf(climbs) {
				s := measured[i]
				x := sample(s, sc)
				x.max = append(x.max, max)
				if s.server != nil {
					logf("run %d %-12s %-12s held %d req/s; peak memory so far %.1f MiB", run+1, sc.name, s.name, max, proc.MiB(s.server.Pid(), "VmHWM"))
				} else {
					logf("run %d %-12s %-12s held %d req/s", run+1, sc.name, s.name, max)
				}
			}
		}
	}
	out := map[string]map[string]*result{}
	for name, bySc := range all {
		out[name] = map[string]*result{}
		for sc, x := range bySc {
			out[name][sc] = &result{
				max:    median(x.max),
				at:     figures{rate: c.shared, p50: median(x.p50), p95: median(x.p95), p99: median(x.p99), errors: x.errors, requests: x.shared},
				cpu:    median(x.cpu),
				counts: x.max,
			}
		}
	}
	return out
}

// sharedStep measures system s in scenario sc at the shared rate, before
// the search for its highest rate, so that no overload leaves work to the
// figures: it wakes the server with c.warmup at that rate (it may have
// been idle through the other systems' turns), waits for the database to
// settle, then measures one step. It returns the step's figures and the
// server's CPU per request over it (zero for a system without a server).
// In the first run it writes the CPU profile of list, when asked.
func sharedStep(c config, s system, sc scenario, run int) (figures, time.Duration) {
	attack := s.attack(sc)
	if s.server != nil {
		attack(c.shared, 0, c.warmup)
	}
	if c.search.settle != nil {
		c.search.settle()
	}
	var profiled chan error
	if c.cpuprofile != "" && run == 0 && sc.name == c.profiled && s.server != nil && s.server.pprof != "" {
		profiled = make(chan error, 1)
		go cpuProfile(s.server.pprof, c.cpuprofile, c.step, profiled)
	}
	var before time.Duration
	if s.server != nil {
		before = proc.CPU(s.server.Pid())
	}
	at := attack(c.shared, 0, c.step)
	var cpu time.Duration
	if s.server != nil && at.requests > 0 {
		cpu = (proc.CPU(s.server.Pid()) - before) / time.Duration(at.requests)
	}
	if profiled != nil {
		if err := <-profiled; err != nil {
			logf("the CPU profile of %s: %v", sc.name, err)
		} else {
			logf("wrote the CPU profile of %s at %d req/s to %s", sc.name, c.shared, c.cpuprofile)
		}
	}
	if c.search.settle != nil {
		c.search.settle()
	}
	logf("run %d %-12s %-12s at %d req/s: p99 %v, CPU %v per request%s", run+1, sc.name, s.name, c.shared, at.p99.Round(10*time.Microsecond), cpu.Round(time.Microsecond), inParens(at.kindsString()))
	return at, cpu
}

// quiet waits up to limit for the process pid to stop using the CPU (under
// a twentieth of a core over half a second), so that a server still
// working off a rate its clients gave up on takes no CPU from the system
// that comes next.
func quiet(pid int, limit time.Duration) {
	const span = 500 * time.Millisecond
	start := time.Now()
	for time.Since(start) < limit {
		before := proc.CPU(pid)
		time.Sleep(span)
		if proc.CPU(pid)-before < span/20 {
			break
		}
	}
	if waited := time.Since(start); waited > time.Second {
		logf("waited %v for a server to go quiet", waited.Round(100*time.Millisecond))
	}
}

// countAll counts the statements one request of each scenario runs on each
// system: each is started once more over a proxy that counts statements on
// the wire, warmed up, then sent c.calibrate requests one at a time.
func countAll(ctx context.Context, c config, dbURL string, scs []scenario, systems []system) (map[string]map[string]float64, error) {
	counter, proxied, err := countStatements(dbURL)
	if err != nil {
		return nil, err
	}
	defer counter.Close()
	out := map[string]map[string]float64{}
	for _, s := range systems {
		var do func(sc scenario) func() error
		var stop func()
		if s.start != nil {
			srv, err := s.start(proxied)
			if err != nil {
				return nil, err
			}
			stop = srv.Stop
			do = func(sc scenario) func() error {
				body := s.body(sc)
				if body == nil {
					return nil
				}
				return func() error { return post(ctx, srv.url, s.header, body(), &json.RawMessage{}) }
			}
		} else {
			db, err := sql.Open("postgres", proxied)
			if err != nil {
				return nil, err
			}
			stop = func() { db.Close() }
			do = func(sc scenario) func() error {
				if sc.floor == nil {
					return nil
				}
				return func() error { return sc.floor(ctx, db) }
			}
		}
		out[s.name] = map[string]float64{}
		for _, sc := range scs {
			call := do(sc)
			if call == nil {
				continue
			}
			for range 5 {
				if err := call(); err != nil {
					stop()
					return nil, fmt.Errorf("%s %s: %w", s.name, sc.name, err)
				}
			}
			before := counter.Count()
			for range c.calibrate {
				if err := call(); err != nil {
					stop()
					return nil, fmt.Errorf("%s %s: %w", s.name, sc.name, err)
				}
			}
			out[s.name][sc.name] = float64(counter.Count()-before) / float64(c.calibrate)
		}
		stop()
	}
	return out, nil
}

// inParens returns " (s)", or "" for an empty s.
func inParens(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

func median[T int | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
