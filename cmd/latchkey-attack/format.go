package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// committed says whether a change an attack tried was seen over HTTP.
func committed(ok bool) string {
	if ok {
		return "committed (seen over HTTP)"
	}
	return "not committed"
}

// orUnanswered returns an operation's outcome, "nothing" when it had no
// answer.
func orUnanswered(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}

// orNone returns a tally of refusals, "none refused" when it is empty.
func orNone(s string) string {
	if s == "" {
		return "none refused"
	}
	return s
}

// tally writes counts as "n kind, …", largest first.
func tally(counts map[string]int) string {
	type kv struct {
		k string
		n int
	}
	var kvs []kv
	for k, n := range counts {
		kvs = append(kvs, kv{k, n})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].n > kvs[j].n || kvs[i].n == kvs[j].n && kvs[i].k < kvs[j].k })
	var parts []string
	for _, e := range kvs {
		parts = append(parts, fmt.Sprintf("%d %s", e.n, e.k))
	}
	return strings.Join(parts, ", ")
}

// sum returns the total of counts.
func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// minOf returns the shortest of durations (there must be one).
func minOf(ds []time.Duration) time.Duration {
	m := ds[0]
	for _, d := range ds {
		m = min(m, d)
	}
	return m
}

// maxOf returns the longest of durations, 0 for none.
func maxOf(ds []time.Duration) time.Duration {
	var m time.Duration
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}

// lastPart returns what follows the last ": " of an error's text: its
// cause, without the URL and operation before it.
func lastPart(s string) string {
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

// orNothing returns the names of the fields seen, or says none were.
func orNothing(s string) string {
	if s == "" {
		return "fields of its own only"
	}
	return s
}

// span writes "a–b" in seconds, or "a" when both round alike.
func span(a, b time.Duration) string {
	if seconds(a) == seconds(b) {
		return seconds(a)
	}
	return seconds(a) + "–" + seconds(b)
}

// millis writes a latency in milliseconds: one decimal below 100 ms.
func millis(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	if ms >= 100 {
		return fmt.Sprintf("%.0f", ms)
	}
	return fmt.Sprintf("%.1f", ms)
}

// seconds writes a duration in seconds with two decimals.
func seconds(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()) }
