package main

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// figures are the outcome of one constant-rate run.
type figures struct {
	rate          int
	p50, p95, p99 time.Duration
	requests      int
	errors        int
	// kinds counts the errors by what they were (see errorKind).
	kinds map[string]int
}

// kindsString lists the kinds of errors, the most frequent first:
// "503 UNAVAILABLE x50, no answer x5".
func (f figures) kindsString() string {
	names := slices.Collect(maps.Keys(f.kinds))
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(f.kinds[b]-f.kinds[a], strings.Compare(a, b)) })
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s x%d", n, f.kinds[n])
	}
	return strings.Join(parts, ", ")
}

// graphqlCode finds the first error code of a GraphQL answer.
var graphqlCode = regexp.MustCompile(`"code":"([A-Z_]+)"`)

// errorKind names what went wrong with one answer, or "" when nothing
// did: its status and its first GraphQL error code ("503 UNAVAILABLE",
// "200 INTERNAL"), or why no answer came.
func errorKind(res *vegeta.Result) string {
	if res.Code == 0 {
		if strings.Contains(res.Error, "timeout") || strings.Contains(res.Error, "deadline") {
			return "no answer in time"
		}
		return "no answer"
	}
	hasErrors := bytes.Contains(res.Body, []byte(`"errors"`))
	if res.Code == http.StatusOK && !hasErrors {
		return ""
	}
	kind := strconv.Itoa(int(res.Code))
	if m := graphqlCode.FindSubmatch(res.Body); m != nil {
		kind += " " + string(m[1])
	}
	return kind
}

func (f figures) ok(maxP99 time.Duration) bool {
	return f.errors == 0 && f.p99 <= maxP99 && f.requests > 0
}

// attack runs a scenario on a system at rate per second for ramp and then
// d, and returns the figures of the requests sent in d.
type attack func(rate int, ramp, d time.Duration) figures

// attackHTTP sends GraphQL requests made by body to url, with header, at
// rate per second for ramp and then d, and measures those sent in d. A
// response that is not 200, or that carries
// GraphQL errors, is an error. The connections it opened are closed when
// it ends, as a client's pool closes those it no longer needs: vegeta's
// own transport keeps them open for good, so that each rate left up to 512
// behind, and a few overload steps took a server with a connection bound
// to it, where it closes connections to make room.
func attackHTTP(url string, header http.Header, body func() []byte, rate int, ramp, d time.Duration) figures {
	targeter := func(t *vegeta.Target) error {
		t.Method, t.URL, t.Header, t.Body = http.MethodPost, url, header, body()
		return nil
	}
	transport := &http.Transport{
		DialContext:         (&net.Dialer{KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConnsPerHost: vegeta.DefaultConnections,
		MaxConnsPerHost:     vegeta.DefaultMaxConnections,
	}
	defer transport.CloseIdleConnections()
	attacker := vegeta.NewAttacker(vegeta.Client(&http.Client{Transport: transport}), vegeta.Timeout(5*time.Second), vegeta.KeepAlive(true), vegeta.MaxWorkers(512))
	var m vegeta.Metrics
	errs, kinds := 0, map[string]int{}
	measured := time.Now().Add(ramp)
	for res := range attacker.Attack(targeter, vegeta.Rate{Freq: rate, Per: time.Second}, ramp+d, "bench") {
		if res.Timestamp.Before(measured) {
			continue
		}
		if kind := errorKind(res); kind != "" {
			errs++
			kinds[kind]++
		}
		m.Add(res)
	}
	m.Close()
	return figures{rate: rate, p50: m.Latencies.P50, p95: m.Latencies.P95, p99: m.Latencies.P99, requests: int(m.Requests), errors: errs, kinds: kinds}
}

// attackFunc runs call at rate per second for ramp and then d, each call in
// its own goroutine as a load generator's worker would, and measures those
// made in d the same way.
func attackFunc(call func(context.Context) error, rate int, ramp, d time.Duration) figures {
	var (
		mu    sync.Mutex
		m     vegeta.Metrics
		errs  int
		kinds = map[string]int{}
		wg    sync.WaitGroup
	)
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	measured := time.Now().Add(ramp)
	end := measured.Add(d)
	for now := range tick.C {
		if now.After(end) {
			break
		}
		wg.Go(func() {
			start := time.Now()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			err := call(ctx)
			cancel()
			if start.Before(measured) {
				return
			}
			res := &vegeta.Result{Timestamp: start, Latency: time.Since(start), Code: 200}
			mu.Lock()
			if err != nil {
				errs++
				kinds[callErrorKind(err)]++
				res.Code = 500
			}
			m.Add(res)
			mu.Unlock()
		})
	}
	wg.Wait()
	m.Close()
	return figures{rate: rate, p50: m.Latencies.P50, p95: m.Latencies.P95, p99: m.Latencies.P99, requests: int(m.Requests), errors: errs, kinds: kinds}
}

// callErrorKind names what went wrong with a call of the floor: a timeout,
// or the error's first words.
func callErrorKind(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "no answer in time"
	}
	msg := err.Error()
	if len(msg) > 60 {
		msg = msg[:60] + "..."
	}
	return msg
}

// search is how the highest rate held is looked for.
type search struct {
	start, max int           // the rates climbed, doubling from start
	refine     int           // halvings of the gap between held and failed
	maxP99     time.Duration // the latency a rate must hold
	pause      time.Duration // the rest between two rates
	// settle, when set, waits after each rate until the database has
	// finished the work the rate left behind.
	settle func()
}

// highestOf finds the highest rate each of runs holds. Each search climbs
// rates doubling from s.start until one is not held (p99 over s.maxP99 or
// any error, twice in a row: a rate is tried again once, so that one
// passing hiccup of the shared machine does not end the climb), then
// halves the gap between the last held rate and the first failed one
// s.refine times. When the first rate is missed it halves the rate until
// one is held, down to 1 req/s. Each search returns the highest rate held:
// 0 when none is, s.max or more when all are.
//
// The searches take turns: each round tries the next rate of every search
// not yet ended, one after the other. Systems compared this way are
// measured within the same minutes, so that a shared machine whose speed
// moves from one minute to the next moves them alike.
func (s search) highestOf(runs []func(rate int) figures) []int {
	climbs := make([]*climb, len(runs))
	for i := range climbs {
		climbs[i] = &climb{search: s, rate: s.start, done: s.start > s.max || s.start < 1}
	}
	for busy := true; busy; {
		busy = false
		for i, c := range climbs {
			if !c.done {
				busy = true
				c.record(s.holds(runs[i], c.rate))
			}
		}
	}
	held := make([]int, len(climbs))
	for i, c := range climbs {
		held[i] = c.held
	}
	return held
}

// holds tells whether run holds rate, trying it a second time when it
// does not, and lets the database settle and the machine rest after each.
func (s search) holds(run func(rate int) figures, rate int) bool {
	for range 2 {
		ok := run(rate).ok(s.maxP99)
		if s.settle != nil {
			s.settle()
		}
		time.Sleep(s.pause)
		if ok {
			return true
		}
	}
	return false
}

// climb is one system's search for its highest rate, one rate at a time:
// rate is the next to try, until done.
type climb struct {
	search
	rate, held, failed int
	refined            int  // halvings of the gap made so far
	descending         bool // the first rate was missed: halving down
	done               bool
}

// record notes whether c.rate was held and picks the next rate to try, or
// ends the search.
func (c *climb) record(ok bool) {
	switch {
	case c.descending:
		if ok {
			c.held, c.descending = c.rate, false
			c.narrow()
			return
		}
		c.failed, c.rate = c.rate, c.rate/2
		c.done = c.rate < 1
	case c.failed == 0: // climbing
		if ok {
			c.held = c.rate
			c.rate *= 2
			c.done = c.rate > c.max
			return
		}
		c.failed = c.rate
		if c.held == 0 {
			c.descending, c.rate = true, c.rate/2
			c.done = c.rate < 1
			return
		}
		c.narrow()
	default: // halving the gap
		if ok {
			c.held = c.rate
		} else {
			c.failed = c.rate
		}
		c.refined++
		c.narrow()
	}
}

// narrow picks the middle of the gap between the rate held and the one
// failed, or ends the search when the gap is closed or halved enough.
func (c *climb) narrow() {
	mid := (c.held + c.failed) / 2
	c.rate = mid
	c.done = c.refined >= c.refine || mid <= c.held
}

// settle waits up to limit for the statements still running on db's
// database from other connections (work a server kept doing for requests
// its client gave up on) to end, then cancels those left, so that every
// rate starts from a quiet database.
func settle(db *sql.DB, limit time.Duration) {
	const running = `FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var n int
		if err := db.QueryRow(`SELECT count(*) ` + running).Scan(&n); err != nil || n == 0 {
			return
		}
	}
	_, _ = db.Exec(`SELECT pg_cancel_backend(pid) ` + running)
}
