package main

import (
	"encoding/json"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"io"
	"runtime"
	"strings"
	"time"
)

// printTable prints the rows as a Markdown table, then each attack's
// details.
func printTable(w io.Writer, c config, rows []row) {
	fmt.Fprintln(w, header(c))
	fmt.Fprintln(w)
	pg := c.databaseURL != ""
	cols := []string{"attack", "victim without: p50 / p99, failed", "victim with: p50 / p99, failed",
		"server CPU s: without / with / after", "attack cost, CPU s"}
	if pg {
		cols = append(cols, "database CPU s: without / with / after", "database cost, CPU s")
	}
	cols = append(cols, "outcome")
	fmt.Fprintf(w, "| %s |\n", strings.Join(cols, " | "))
	fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(cols)))
	for _, r := range rows {
		after := seconds(r.With.After)
		if r.With.QuietAfter > 2*time.Second {
			after += fmt.Sprintf(" (quiet after %v)", r.With.QuietAfter.Round(time.Second))
		}
		if r.With.StillBusy {
			after += ", still busy"
		}
		cells := []string{r.Attack, victimCell(r.Without.Victim), victimCell(r.With.Victim),
			fmt.Sprintf("%s / %s / %s", seconds(r.Without.CPU), seconds(r.With.CPU), after), seconds(r.Cost)}
		if pg {
			cells = append(cells, fmt.Sprintf("%s / %s / %s", seconds(r.Without.DBCPU), seconds(r.With.DBCPU), seconds(r.With.DBAfter)), seconds(r.DBCost))
		}
		cells = append(cells, strings.ReplaceAll(r.Outcome, "|", `\|`))
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintln(w)
	for _, r := range rows {
		for _, d := range r.Details {
			fmt.Fprintf(w, "- %s: %s\n", r.Attack, d)
		}
		if kinds := failureKinds(r.With.Victim); kinds != "" {
			fmt.Fprintf(w, "- %s: the victim's failures with the attack: %s\n", r.Attack, kinds)
		}
	}
}

// header says what was measured, where and how.
func header(c config) string {
	db := "SQLite (a fresh data folder per attack group)"
	if c.databaseURL != "" {
		db = "PostgreSQL (a fresh database per attack group; database CPU sampled from its backends every 100 ms)"
	}
	pin := "server and tool on any CPU"
	if c.pin && proc.MachineCPUs() > 1 {
		pin = "server on CPU 0, victim and attacker on CPU 1"
	}
	return fmt.Sprintf("Latchkey attack figures, %s UTC: binary %s on %s; %d CPUs (%s), %s; %s.\n"+
		"Each attack: a fresh server process; the victim's READ_ONLY query at %d req/s for %v without the attack, then %v with it "+
		"(a victim request fails when not answered 200 with its accounts within %v). \"after\" is the server's CPU after the window "+
		"until the attack ended and the server was quiet (waited up to %v); attack cost = with + after - without.",
		time.Now().UTC().Format("2006-01-02 15:04"), binaryName(c), db, proc.MachineCPUs(), proc.CPUModel(), runtime.Version(), pin,
		c.victimRate, c.duration, c.duration, victimTimeout, c.settle)
}

// binaryName says which server binary was attacked.
func binaryName(c config) string {
	if c.binary == "" {
		return "./cmd/latchkey (built now)"
	}
	return c.binary
}

// victimCell writes a window's victim figures for the table.
func victimCell(v victimFigures) string {
	return fmt.Sprintf("%s / %s ms, %d of %d", millis(v.P50), millis(v.P99), v.Failures, v.Requests)
}

// failureKinds writes a window's victim failures by kind.
func failureKinds(v victimFigures) string {
	var parts []string
	for k, n := range v.Kinds {
		parts = append(parts, fmt.Sprintf("%d %s", n, k))
	}
	return strings.Join(parts, ", ")
}

// printJSON prints the rows as one JSON object; times are in seconds.
func printJSON(w io.Writer, c config, rows []row) error {
	out := []map[string]any{}
	for _, r := range rows {
		o := map[string]any{
			"attack": r.Attack, "without": windowJSON(r.Without), "with": windowJSON(r.With),
			"costSeconds": r.Cost.Seconds(), "outcome": r.Outcome, "details": r.Details, "figures": r.Figures,
		}
		if c.databaseURL != "" {
			o["databaseCostSeconds"] = r.DBCost.Seconds()
		}
		out = append(out, o)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"header": header(c), "rows": out})
}

// windowJSON returns a window's figures for --json, times in seconds.
func windowJSON(w window) map[string]any {
	v := w.Victim
	return map[string]any{
		"victim": map[string]any{"p50Seconds": v.P50.Seconds(), "p99Seconds": v.P99.Seconds(), "requests": v.Requests,
			"failures": v.Failures, "failureKinds": v.Kinds},
		"cpuSeconds": w.CPU.Seconds(), "afterSeconds": w.After.Seconds(), "quietAfterSeconds": w.QuietAfter.Seconds(),
		"stillBusy": w.StillBusy, "databaseCpuSeconds": w.DBCPU.Seconds(), "databaseAfterSeconds": w.DBAfter.Seconds(),
	}
}
