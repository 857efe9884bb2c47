package main

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

// row is one scenario's line of the table.
type row struct {
	name                  string
	latchkeyMax, floorMax int
	at, floorAt           figures
	cpuPerRequest         time.Duration
}

func printTable(w io.Writer, rows []row, accounts, shared int, peakMiB float64) {
	fmt.Fprintf(w, "Latchkey benchmark: %d accounts, %s, %d CPUs, %s\n", accounts, time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(w, "max rate = highest rate held with p99 <= 50 ms and no errors; latencies at %d req/s\n\n", shared)
	fmt.Fprintf(w, "%-12s %10s %10s %8s %28s %10s %7s %12s\n", "scenario", "max rps", "floor rps", "ratio", "p50 / p95 / p99", "floor p99", "errors", "cpu/req")
	for _, r := range rows {
		ratio := "-"
		if r.floorMax > 0 {
			ratio = fmt.Sprintf("%.2f", float64(r.latchkeyMax)/float64(r.floorMax))
		}
		floorMax, floorP99 := "-", "-"
		if r.floorAt.requests > 0 {
			floorMax, floorP99 = fmt.Sprint(r.floorMax), r.floorAt.p99.Round(10*time.Microsecond).String()
		}
		lat := fmt.Sprintf("%v / %v / %v", r.at.p50.Round(10*time.Microsecond), r.at.p95.Round(10*time.Microsecond), r.at.p99.Round(10*time.Microsecond))
		fmt.Fprintf(w, "%-12s %10d %10s %8s %28s %10s %7d %12v\n", r.name, r.latchkeyMax, floorMax, ratio, lat, floorP99, r.at.errors, r.cpuPerRequest.Round(time.Microsecond))
	}
	fmt.Fprintf(w, "\nserver peak memory: %.1f MiB\n", peakMiB)
}
