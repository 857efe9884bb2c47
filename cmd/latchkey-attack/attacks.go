package main

import (
	"context"
	"fmt"
	"time"
)

// attack is one measured attack.
type attack struct {
	name string
	// group names the attacks that share seeded data; empty for an attack
	// that gets fresh data of its own.
	group string
	// env holds the server settings the attack needs, beyond the defaults.
	env []string
	// seed, when set, prepares the group's data once, before the first of
	// its attacks, on a server started with the defaults.
	seed func(ctx context.Context, t *target) error
	// run attacks the server during the window with the attack, until ctx
	// ends or sooner; waits of its own (a client timeout, say) may outlive
	// ctx. It returns what the attack achieved, as measured.
	run func(ctx context.Context, t *target) outcome
}

// outcome is what an attack achieved.
type outcome struct {
	summary string         // the table's outcome column
	details []string       // lines printed under the table
	figures map[string]any // the measured figures, for --json
}

// row is one attack's line of the report.
type row struct {
	Attack  string
	Without window
	With    window
	// Cost is the CPU time the attack cost the server: the window with it,
	// and after, less the window without; DBCost the same for the
	// database (PostgreSQL only).
	Cost    time.Duration
	DBCost  time.Duration
	Outcome string
	Details []string
	Figures map[string]any
}

// attacks returns every attack, in the order they run.
func attacks(c config) []attack {
	var all []attack
	for _, family := range [][]attack{
		bombAttacks(), slowBodyAttacks(), countAttacks(c), websocketAttacks(), revocationAttacks(),
		ssrfAttacks(), memoryAttacks(), metricsAttacks(), badKeyAttacks(), takeoverAttacks(),
	} {
		all = append(all, family...)
	}
	return all
}

// names returns the attacks' names.
func names() []string {
	var out []string
	for _, a := range attacks(config{}) {
		out = append(out, a.name)
	}
	return out
}

// measureAttack restarts the server with the attack's settings, measures
// one window without the attack and one with it, and returns the row.
func measureAttack(ctx context.Context, c config, t *target, a attack) (row, error) {
	if err := t.restart(a.env); err != nil {
		return row{}, err
	}
	logf("%s: window without the attack", a.name)
	without, _ := measureWindow(ctx, c, t, nil)
	logf("%s: window with the attack", a.name)
	logStart := logSize(t.logs)
	with, out := measureWindow(ctx, c, t, func(ctx context.Context) outcome { return a.run(ctx, t) })
	r := row{
		Attack: a.name, Without: without, With: with,
		Cost:    with.CPU + with.After - without.CPU,
		Outcome: out.summary, Details: out.details, Figures: out.figures,
	}
	if t.db != nil {
		r.DBCost = with.DBCPU + with.DBAfter - without.DBCPU
	}
	for _, e := range logErrors(t.logs, logStart) {
		r.Details = append(r.Details, "the server logged "+e)
	}
	if with.StillBusy {
		r.Details = append(r.Details, fmt.Sprintf("the server was still busy %v after the window (the wait, --settle, ran out)", c.settle))
	}
	return r, nil
}

// failed returns an outcome saying that the attack could not be carried
// out, and why: a finding too, never a success.
func failed(step string, err error) outcome {
	return outcome{summary: fmt.Sprintf("could not run: %s: %v", step, err)}
}
