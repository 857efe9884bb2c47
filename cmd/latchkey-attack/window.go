package main

import (
	"context"
	"time"
)

// window is what one window measured: the victim's figures, and the CPU
// the server (and on PostgreSQL its database) used.
type window struct {
	Victim victimFigures
	// CPU is the server's CPU time over the window; DBCPU the database
	// backends' (PostgreSQL only).
	CPU   time.Duration
	DBCPU time.Duration
	// After is the CPU time the server used after the window, until the
	// attack had ended and the server was quiet; DBAfter the database's.
	After   time.Duration
	DBAfter time.Duration
	// QuietAfter is how long after the window the server went quiet;
	// StillBusy says it had not when the wait (--settle) ran out.
	QuietAfter time.Duration
	StillBusy  bool
}

// measureWindow runs the victim's load for c.duration and, when attack is
// not nil, the attack beside it, with a context that ends with the window.
// It measures the server's CPU over the window, then waits (up to
// c.settle) for the attack to return and the server to go quiet, and
// measures the CPU used meanwhile.
func measureWindow(ctx context.Context, c config, t *target, attack func(context.Context) outcome) (window, outcome) {
	var w window
	var out outcome
	done := make(chan struct{})
	cpu0, db0 := t.CPU(), t.db.CPU()
	actx, cancel := context.WithTimeout(ctx, c.duration)
	defer cancel()
	if attack != nil {
		go func() {
			defer close(done)
			out = attack(actx)
		}()
	} else {
		close(done)
	}
	victim := make(chan victimFigures, 1)
	go func() { victim <- victimLoad(t, c.victimRate, c.duration) }()
	<-actx.Done()
	cpu1, db1 := t.CPU(), t.db.CPU()
	end := time.Now()
	w.CPU, w.DBCPU = cpu1-cpu0, db1-db0
	w.Victim = <-victim
	deadline := end.Add(c.settle)
	select {
	case <-done:
	case <-time.After(time.Until(deadline)):
		out.summary += " (the attack had not returned when the wait ran out)"
	}
	w.StillBusy = !waitQuiet(t, deadline)
	w.After, w.DBAfter, w.QuietAfter = t.CPU()-cpu1, t.db.CPU()-db1, time.Since(end)
	return w, out
}

// waitQuiet waits until a whole second passes in which the server, and
// its database, use less than 5 % of a CPU, or until deadline. It reports
// whether the server went quiet.
func waitQuiet(t *target, deadline time.Time) bool {
	for time.Now().Before(deadline) {
		cpu, db := t.CPU(), t.db.CPU()
		time.Sleep(time.Second)
		if t.CPU()-cpu < 50*time.Millisecond && t.db.CPU()-db < 50*time.Millisecond {
			return true
		}
	}
	return false
}
