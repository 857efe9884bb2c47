package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// The heavy reads: counts and filters whose cost grows with the accounts
// of the attacker's own environment, which it may fill at will.
const (
	countCopies  = 40               // counts sent at once
	countWait    = 90 * time.Second // how long the attacker waits for them
	whereORs     = 1000
	whereWorkers = 40
)

// countAttacks returns the heavy count over one websocket and over HTTP,
// and the huge where, on c.accounts accounts of the attacker's environment.
func countAttacks(c config) []attack {
	seed := func(ctx context.Context, t *target) error { return seedAttacker(ctx, t, c.accounts) }
	return []attack{
		{name: "heavy-count-ws", group: "count", seed: seed, run: heavyCountWS},
		{name: "heavy-count-http", group: "count", seed: seed, run: heavyCountHTTP},
		{name: "huge-where", group: "count", seed: seed, run: hugeWhere},
	}
}

// seedAttacker adds n accounts to the attacker's environment through the
// API, as the attacker itself could.
func seedAttacker(ctx context.Context, t *target, n int) error {
	inputs := make([]map[string]any, n)
	for i := range inputs {
		inputs[i] = newAccount(fmt.Sprintf("acct-%07d", i))
		inputs[i]["displayName"] = fmt.Sprintf("Account %d", i)
	}
	_, err := createAccounts(ctx, t, t.attackerAdmin.SecretKey, inputs, 4)
	return err
}

// bigFilter returns a filter of the list language just under its 4,096-byte
// bound: ORs of case-insensitive substring tests that match no account, so
// that every row is tested against every one.
func bigFilter() string {
	var parts []string
	for i, size := 0, 0; ; i++ {
		p := fmt.Sprintf("displayName containsIgnoreCase 'zq%04dx'", i)
		if size+len(p)+4 > 4000 {
			break
		}
		parts, size = append(parts, p), size+len(p)+4
	}
	return strings.Join(parts, " or ")
}

// countQuery is the heavy count: a page size of 100 asked, only the count
// read.
func countQuery() string {
	return fmt.Sprintf(`{ accounts(first: 100, filter: %q) { totalCount } }`, bigFilter())
}

// heavyCountWS sends countCopies counts over one websocket with a READ_ONLY
// key of the attacker.
func heavyCountWS(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "counter")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	ws, err := dialWS(t, k.SecretKey)
	if err != nil {
		return failed("opening the websocket", err)
	}
	defer ws.Close()
	q := countQuery()
	start := time.Now()
	var ops []*wsOp
	for range countCopies {
		op, err := ws.send(q, nil)
		if err != nil {
			break
		}
		ops = append(ops, op)
	}
	results := map[string][]time.Duration{}
	total := ""
	for _, op := range ops {
		ws.wait(op, time.Until(start.Add(countWait)))
		what := ws.outcome(op)
		if what == "" {
			what = fmt.Sprintf("unanswered after %v", countWait)
		}
		if what == "ok" && total == "" {
			var d struct{ Accounts struct{ TotalCount int } }
			_ = json.Unmarshal(ws.data(op), &d)
			total = fmt.Sprint(d.Accounts.TotalCount)
		}
		results[what] = append(results[what], endedAfter(op, start))
	}
	return countOutcome("over one websocket", len(q), countCopies, results, total)
}

// heavyCountHTTP sends countCopies counts over HTTP at once with a
// READ_ONLY key of the attacker.
func heavyCountHTTP(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "counter")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	q := countQuery()
	body := gqlBody(q, nil)
	client := &http.Client{Timeout: countWait}
	var (
		mu      sync.Mutex
		results = map[string][]time.Duration{}
		total   string
		wg      sync.WaitGroup
	)
	start := time.Now()
	for range countCopies {
		wg.Go(func() {
			r, err := t.do(context.Background(), client, k.SecretKey, body)
			what := httpOutcome(r, err)
			mu.Lock()
			defer mu.Unlock()
			if what == "ok" && total == "" {
				var d struct{ Accounts struct{ TotalCount int } }
				_ = json.Unmarshal(r.Data, &d)
				total = fmt.Sprint(d.Accounts.TotalCount)
			}
			results[what] = append(results[what], time.Since(start))
		})
	}
	wg.Wait()
	return countOutcome("over HTTP at once", len(q), countCopies, results, total)
}

// hugeWhere sends, from whereWorkers workers until the window ends, a
// page of accounts whose where holds whereORs ORs, with a READ_ONLY key of
// the attacker. A worker refused with 429 waits as Retry-After says: the
// attacker spends the key's whole budget on the where, not on refusals.
func hugeWhere(ctx context.Context, t *target) outcome {
	k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "wherer")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	var ors []string
	for i := range whereORs {
		ors = append(ors, fmt.Sprintf(`{identifierContainsFold: "zq%04dx"}`, i))
	}
	q := `{ accounts(first: 100, where: {or: [` + strings.Join(ors, ", ") + `]}) { totalCount edges { node { id } } } }`
	body := gqlBody(q, nil)
	client := &http.Client{Timeout: countWait}
	var (
		mu      sync.Mutex
		results = map[string][]time.Duration{}
		wg      sync.WaitGroup
	)
	start := time.Now()
	for range whereWorkers {
		wg.Go(func() {
			for ctx.Err() == nil {
				r, err := t.do(context.Background(), client, k.SecretKey, body)
				what := httpOutcome(r, err)
				mu.Lock()
				results[what] = append(results[what], time.Since(start))
				mu.Unlock()
				if err == nil && r.Status == http.StatusTooManyRequests {
					select {
					case <-ctx.Done():
					case <-time.After(r.retryAfter()):
					}
				}
			}
		})
	}
	wg.Wait()
	o := countOutcome(fmt.Sprintf("from %d workers until the window ended", whereWorkers), len(q), 0, results, "")
	o.details[0] = fmt.Sprintf("a %d-byte query whose where ORs %d case-insensitive substring tests; ", len(q), whereORs) + o.details[0]
	return o
}

// httpOutcome returns "ok", the error code (or HTTP status), or the
// client's error.
func httpOutcome(r response, err error) string {
	switch {
	case err != nil:
		return "no answer (" + strings.TrimSpace(lastPart(err.Error())) + ")"
	case r.Err() == nil:
		return "ok"
	case r.Code() != "":
		return fmt.Sprintf("%d %s", r.Status, r.Code())
	default:
		return fmt.Sprintf("HTTP %d", r.Status)
	}
}

// endedAfter returns how long after start op ended (or now, if it has
// not).
func endedAfter(op *wsOp, start time.Time) time.Duration {
	if op.Ended.IsZero() {
		return time.Since(start)
	}
	return op.Ended.Sub(start)
}

// countOutcome summarises heavy requests by outcome: how many ran and
// when the last of each kind ended.
func countOutcome(how string, size, sent int, results map[string][]time.Duration, total string) outcome {
	kinds := make([]string, 0, len(results))
	n := 0
	for k, v := range results {
		kinds = append(kinds, k)
		n += len(v)
	}
	sort.Strings(kinds)
	if sent == 0 {
		sent = n
	}
	figures := map[string]any{"sent": sent, "queryBytes": size}
	var parts []string
	for _, k := range kinds {
		label := "answered " + k
		if k == "ok" {
			label = "ran"
			if total != "" {
				label += " (totalCount " + total + ")"
			}
		}
		parts = append(parts, fmt.Sprintf("%d of %d %s, the last %s s after the first was sent", len(results[k]), sent, label, seconds(maxOf(results[k]))))
		figures[k] = len(results[k])
	}
	return outcome{summary: strings.Join(parts, "; "), details: []string{fmt.Sprintf("%d-byte requests sent %s", size, how)}, figures: figures}
}
