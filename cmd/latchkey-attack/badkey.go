package main

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	"github.com/latchkey/latchkey/internal/auth"
)

// badKeyWorkers is how many requests with wrong keys are in flight at once.
const badKeyWorkers = 16

// badKeyAttacks returns the flood of well-formed wrong keys.
func badKeyAttacks() []attack {
	return []attack{{name: "bad-key", run: badKeys}}
}

// badKeys sends, from badKeyWorkers workers on one address until the
// window ends, requests each with a fresh well-formed secret key (right
// prefix, length and checksum) that no key has: one that passes every
// check made without the database.
func badKeys(ctx context.Context, t *target) outcome {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: badKeyWorkers}}
	var (
		mu       sync.Mutex
		answers  = map[string]int{}
		messages = map[string]int{}
		wg       sync.WaitGroup
	)
	body := gqlBody(`{ viewer { permission } }`, nil)
	for range badKeyWorkers {
		wg.Go(func() {
			for ctx.Err() == nil {
				secret, _ := auth.NewSecretKey(auth.NewToken())
				r, err := t.do(ctx, client, secret, body)
				if ctx.Err() != nil {
					return
				}
				mu.Lock()
				answers[httpOutcome(r, err)]++
				if len(r.Errors) > 0 {
					messages[r.Errors[0].Message]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	n := sum(answers)
	var details []string
	for m, k := range messages {
		details = append(details, fmt.Sprintf("%d answered %q", k, m))
	}
	return outcome{
		summary: fmt.Sprintf("%d requests with wrong keys in the window (%s)", n, tally(answers)),
		details: details,
		figures: map[string]any{"requests": n, "answers": answers},
	}
}
