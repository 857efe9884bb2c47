package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// The memory attack: pages of accounts whose metadata is as large as a
// request body allows.
const (
	fatAccounts = 100
	fatMetadata = 950_000 // bytes of metadata per account
	fatReaders  = 12      // pages read at once
)

// memoryAttacks returns the attack on the server's memory.
func memoryAttacks() []attack {
	return []attack{{name: "memory", group: "memory", seed: seedFat, run: fatPages}}
}

// seedFat adds fatAccounts accounts with fatMetadata bytes of metadata
// each to the attacker's environment, one per request (a request body is at
// most 1 MiB). A server that bounds metadata refuses that much: the
// accounts then get the most it accepts (halving until one is accepted),
// which t.fatMetadata records.
func seedFat(ctx context.Context, t *target) error {
	size := fatMetadata
	for ; ; size /= 2 {
		in := newAccount("fat-probe")
		in["metadata"] = map[string]any{"notes": strings.Repeat("lorem ipsum ", size/12)}
		_, err := createAccounts(ctx, t, t.attackerAdmin.SecretKey, []map[string]any{in}, 1)
		if err == nil {
			break
		}
		if size < 1024 || !strings.Contains(err.Error(), "BAD_USER_INPUT") {
			return err
		}
	}
	t.fatMetadata = size
	blob := strings.Repeat("lorem ipsum ", size/12)
	var wg sync.WaitGroup
	errs := make(chan error, fatAccounts)
	next := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range next {
				in := newAccount(fmt.Sprintf("fat-%03d", i))
				in["metadata"] = map[string]any{"notes": blob}
				if _, err := createAccounts(ctx, t, t.attackerAdmin.SecretKey, []map[string]any{in}, 1); err != nil {
					errs <- err
				}
			}
		})
	}
	for i := range fatAccounts - 1 {
		next <- i
	}
	close(next)
	wg.Wait()
	close(errs)
	return <-errs
}

// fatPages reads fatReaders pages of 100 accounts' metadata at once with a
// READ_ONLY key of the attacker, and reports the answers' sizes and the
// server's peak memory.
func fatPages(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "reader")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	peak0 := proc.MiB(t.Pid(), "VmHWM")
	body := gqlBody(`{ accounts(first: 100) { edges { node { metadata } } } }`, nil)
	type answer struct {
		status string
		size   int64
		took   time.Duration
	}
	answers := make([]answer, fatReaders)
	var wg sync.WaitGroup
	for i := range fatReaders {
		wg.Go(func() {
			start := time.Now()
			status, size, err := streamPost(t, k.SecretKey, body)
			if err != nil {
				status = "no answer (" + lastPart(err.Error()) + ")"
			}
			answers[i] = answer{status, size, time.Since(start)}
		})
	}
	wg.Wait()
	peak1 := proc.MiB(t.Pid(), "VmHWM")
	statuses := map[string]int{}
	var sizes []int64
	var slowest time.Duration
	for _, a := range answers {
		statuses[a.status]++
		sizes = append(sizes, a.size)
		slowest = max(slowest, a.took)
	}
	slices.Sort(sizes)
	return outcome{
		summary: fmt.Sprintf("%d pages read at once: %s, %s MB each, the last after %s s; server peak memory %.0f → %.0f MiB",
			fatReaders, tally(statuses), megabytes(sizes[0], sizes[len(sizes)-1]), seconds(slowest), peak0, peak1),
		details: []string{fmt.Sprintf("%d accounts with %d bytes of metadata each in the attacker's environment (%d asked for)", fatAccounts, t.fatMetadata, fatMetadata)},
		figures: map[string]any{"answers": statuses, "largestBytes": sizes[len(sizes)-1], "peakBeforeMiB": peak0, "peakAfterMiB": peak1},
	}
}

// streamPost posts body with secret and reads the answer without keeping
// it, returning its status (saying whether the answer's start or end holds
// errors) and its size.
func streamPost(t *target, secret string, body []byte) (string, int64, error) {
	req, err := http.NewRequest(http.MethodPost, t.url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return "", 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := (&http.Client{Timeout: 2 * time.Minute}).Do(req)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	var ends edges
	size, err := io.Copy(&ends, resp.Body)
	status := fmt.Sprintf("HTTP %d", resp.StatusCode)
	if bytes.Contains(ends.head, []byte(`"errors"`)) || bytes.Contains(ends.tail, []byte(`"errors"`)) {
		status += " with errors"
	}
	return status, size, err
}

// edges keeps the first and the last 4 KiB written to it.
type edges struct{ head, tail []byte }

// Write keeps p's share of the first and last 4 KiB; it never fails.
func (e *edges) Write(p []byte) (int, error) {
	const keep = 4096
	if len(e.head) < keep {
		e.head = append(e.head, p[:min(len(p), keep-len(e.head))]...)
	}
	e.tail = append(e.tail, p...)
	if len(e.tail) > keep {
		e.tail = append(e.tail[:0], e.tail[len(e.tail)-keep:]...)
	}
	return len(p), nil
}

// megabytes writes a range of sizes in MB, one figure when both round
// alike.
func megabytes(a, b int64) string {
	x, y := fmt.Sprintf("%.1f", float64(a)/1e6), fmt.Sprintf("%.1f", float64(b)/1e6)
	if x == y {
		return x
	}
	return x + "–" + y
}
