package main

import (
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"io"
	"runtime"
	"strings"
	"time"
)

// printReport prints the table: the highest rates held and their ratios,
// latencies at the shared rate, statements and server CPU per request, the
// deep/first latency ratio and the servers' peak memory.
func printReport(w io.Writer, c config, scs []scenario, systems []system, res map[string]map[string]*result, stmts map[string]map[string]float64, peak map[string]float64) {
	get := func(sys, sc string) *result { return res[sys][sc] }
	// A rate at the top of the climb was held, and maybe a higher one too.
	atTop := func(r *result) string {
		if r.max >= c.search.max {
			return ">="
		}
		return ""
	}
	ratio := func(a, b *result) string {
		if a == nil || b == nil || b.max == 0 {
			return "-"
		}
		bound := ""
		switch {
		case atTop(a) != "" && atTop(b) == "":
			bound = ">="
		case atTop(b) != "" && atTop(a) == "":
			bound = "<="
		}
		return fmt.Sprintf("%s%.2f", bound, float64(a.max)/float64(b.max)) + perRun(a.counts, b.counts)
	}
	maxOf := func(r *result) string {
		if r == nil {
			return "-"
		}
		return fmt.Sprintf("%s%d %v", atTop(r), r.max, r.counts)
	}
	fmt.Fprintf(w, "Latchkey benchmark, %s: %d accounts over %d environments; %d CPUs (%s), %s\n",
		time.Now().UTC().Format("2006-01-02"), c.accounts, c.environments, proc.MachineCPUs(), proc.CPUModel(), runtime.Version())
	fmt.Fprintf(w, "servers on CPU 0; PostgreSQL, load generator and floor on CPU 1. %d runs in alternating order, medians.\n", c.runs)
	fmt.Fprintf(w, "max = highest constant rate (req/s) held for %v with p99 <= %v and no errors; [per run]\n", c.step, c.search.maxP99)

	fmt.Fprintf(w, "ratios: of the medians; [of each run's rates, measured in the same minutes]\n\n")
	fmt.Fprintf(w, "%-12s %-22s %-22s %-22s %-24s %-24s\n", "scenario", "latchkey max", "postgraphile max", "floor max", "LK/PGL", "LK/floor")
	for _, sc := range scs {
		lk, pgl, fl := get("latchkey", sc.name), get("postgraphile", sc.name), get("floor", sc.name)
		fmt.Fprintf(w, "%-12s %-22s %-22s %-22s %-24s %-24s\n", sc.name, maxOf(lk), maxOf(pgl), maxOf(fl), ratio(lk, pgl), ratio(lk, fl))
	}

	fmt.Fprintf(w, "\nat %d req/s: p50 / p95 / p99, errors\n", c.shared)
	fmt.Fprintf(w, "%-12s %-34s %-34s %-34s\n", "scenario", "latchkey", "postgraphile", "floor")
	for _, sc := range scs {
		cells := []string{}
		for _, sys := range []string{"latchkey", "postgraphile", "floor"} {
			r := get(sys, sc.name)
			if r == nil {
				cells = append(cells, "-")
				continue
			}
			cells = append(cells, fmt.Sprintf("%v / %v / %v, %d", round(r.at.p50), round(r.at.p95), round(r.at.p99), r.at.errors))
		}
		fmt.Fprintf(w, "%-12s %-34s %-34s %-34s\n", sc.name, cells[0], cells[1], cells[2])
	}

	fmt.Fprintf(w, "\nper request: database statements (counted on the wire, over %d requests) and server CPU (at %d req/s)\n", c.calibrate, c.shared)
	fmt.Fprintf(w, "%-12s %10s %10s %10s %10s %10s\n", "scenario", "LK stmts", "PGL stmts", "floor", "LK cpu", "PGL cpu")
	for _, sc := range scs {
		cell := func(sys string) string {
			if n, ok := stmts[sys][sc.name]; ok {
				return fmt.Sprintf("%.2f", n)
			}
			return "-"
		}
		cpu := func(sys string) string {
			if r := get(sys, sc.name); r != nil {
				return r.cpu.Round(time.Microsecond).String()
			}
			return "-"
		}
		fmt.Fprintf(w, "%-12s %10s %10s %10s %10s %10s\n", sc.name, cell("latchkey"), cell("postgraphile"), cell("floor"), cpu("latchkey"), cpu("postgraphile"))
	}

	fmt.Fprintf(w, "\ndeep/first p50 at %d req/s:", c.shared)
	for _, s := range systems {
		first, deep := get(s.name, "list"), get(s.name, "deep")
		if first != nil && deep != nil && first.at.p50 > 0 {
			fmt.Fprintf(w, " %s %.2f", s.name, float64(deep.at.p50)/float64(first.at.p50))
		}
	}
	fmt.Fprintf(w, "\nserver peak memory (VmHWM):")
	for _, s := range systems {
		if m, ok := peak[s.name]; ok {
			fmt.Fprintf(w, " %s %.1f MiB", s.name, m)
		}
	}
	fmt.Fprintln(w)
}

// perRun returns the ratios of a's rates to b's run by run, " [2.00
// 1.50 4.00]", or "" when a run lacks either.
func perRun(a, b []int) string {
	if len(a) != len(b) || len(a) == 0 {
		return ""
	}
	parts := make([]string, len(a))
	for i := range a {
		if b[i] == 0 {
			return ""
		}
		parts[i] = fmt.Sprintf("%.2f", float64(a[i])/float64(b[i]))
	}
	return " [" + strings.Join(parts, " ") + "]"
}

func round(d time.Duration) time.Duration {
	if d >= 10*time.Millisecond {
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(10 * time.Microsecond)
}
