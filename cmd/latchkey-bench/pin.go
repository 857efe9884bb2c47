package main

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// pinnedEnv marks a benchmark process already moved to CPU 1.
const pinnedEnv = "LATCHKEY_BENCH_PINNED"

// pinSelf runs the benchmark again on CPU 1, where the load generator, the
// floor and PostgreSQL run while the servers have CPU 0. It returns only
// when that cannot be done.
func pinSelf() { proc.PinSelf(pinnedEnv, "1") }

// pinPostgres moves the PostgreSQL server of db (its postmaster, whose new
// backends inherit the setting, and the processes running now) to CPU 1. It
// returns a function that gives them back their CPUs. It needs taskset and
// the right to change the server's processes; without them it changes
// nothing and says why.
func pinPostgres(ctx context.Context, db *sql.DB) (restore func(), err error) {
	restore = func() {}
	if proc.MachineCPUs() < 2 {
		return restore, fmt.Errorf("one CPU only")
	}
	var dir string
	if err := db.QueryRowContext(ctx, `SHOW data_directory`).Scan(&dir); err != nil {
		return restore, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	if err != nil {
		return restore, err
	}
	postmaster, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		return restore, fmt.Errorf("reading postmaster.pid: %w", err)
	}
	out, err := exec.CommandContext(ctx, "taskset", "-p", strconv.Itoa(postmaster)).Output()
	if err != nil {
		return restore, err
	}
	fields := strings.Fields(string(out))
	mask := fields[len(fields)-1]
	taskset := func(pid int, args ...string) error {
		out, err := exec.Command("taskset", append(append([]string{"-a", "-p"}, args...), strconv.Itoa(pid))...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("taskset: %v: %s", err, out)
		}
		return nil
	}
	set := func(args ...string) error {
		if err := taskset(postmaster, args...); err != nil {
			return err
		}
		// A backend may end meanwhile; the postmaster's setting is what
		// the next ones inherit.
		for _, pid := range children(postmaster) {
			_ = taskset(pid, args...)
		}
		return nil
	}
	if err := set("-c", "1"); err != nil {
		_ = set(mask)
		return restore, err
	}
	return func() { _ = set(mask) }, nil
}

// children returns the IDs of the processes whose parent is pid.
func children(pid int) []int {
	var out []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		child, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// The fields after the command, which is in parentheses: state, ppid.
		rest := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		if len(rest) > 1 && rest[1] == strconv.Itoa(pid) {
			out = append(out, child)
		}
	}
	return out
}
