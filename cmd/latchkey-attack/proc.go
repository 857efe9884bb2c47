package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

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
