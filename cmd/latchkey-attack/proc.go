package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// procCPU returns the CPU time (user and system) a process has used, or 0
// when it cannot be read.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command, which is in parentheses: state is the
	// first, utime and stime the 12th and 13th.
	fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.Atoi(fields[11])
	stime, _ := strconv.Atoi(fields[12])
	return time.Duration(utime+stime) * time.Second / 100
}

// procMiB returns a memory figure of a process's /proc/PID/status in MiB:
// "VmHWM" (peak resident memory) or "VmRSS" (resident memory now).
func procMiB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.Atoi(strings.Fields(rest)[0])
			return float64(kb) / 1024
		}
	}
	return 0
}

// logErrors returns the distinct errors a server logged (JSON lines of
// level ERROR) in its log file from byte offset on, with how often each
// came, request IDs left out: "3× internal error: <cause>".
func logErrors(path string, offset int64) []string {
	b, err := os.ReadFile(path)
	if err != nil || int64(len(b)) < offset {
		return nil
	}
	counts := map[string]int{}
	var order []string
	for _, line := range bytes.Split(b[offset:], []byte("\n")) {
		var entry map[string]any
		if json.Unmarshal(line, &entry) != nil || entry["level"] != "ERROR" {
			continue
		}
		what := fmt.Sprint(entry["msg"])
		for _, k := range []string{"error", "panic"} {
			if v, ok := entry[k]; ok {
				what += ": " + fmt.Sprint(v)
			}
		}
		what = requestIDs.ReplaceAllString(what, "req_…")
		if len(what) > 200 {
			what = what[:200] + "…"
		}
		if counts[what] == 0 {
			order = append(order, what)
		}
		counts[what]++
	}
	var out []string
	for _, what := range order {
		out = append(out, fmt.Sprintf("%d× %s", counts[what], what))
	}
	return out
}

// logSize returns the size of a file, 0 when it cannot be read.
func logSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
