package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"
)

// The slow bodies: POSTs to /graphql whose valid body arrives one byte
// every few seconds, each holding whatever the server gives a request
// while it reads its body.
const (
	slowConns = 100
	slowEvery = 3 * time.Second
	slowBody  = `{"query":"{ __typename }"}`
)

// slowBodyAttacks returns the slow bodies without a key from one address,
// without a key from 100 addresses (the anonymous limit is per address),
// and with a CREDENTIALS_IN_ONLY key of the attacker.
func slowBodyAttacks() []attack {
	return []attack{
		{name: "slow-bodies", run: func(ctx context.Context, t *target) outcome { return slowBodies(ctx, t, "", false) }},
		{name: "slow-bodies-addrs", run: func(ctx context.Context, t *target) outcome { return slowBodies(ctx, t, "", true) }},
		{name: "slow-bodies-key", run: func(ctx context.Context, t *target) outcome {
			k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "CREDENTIALS_IN_ONLY", "trickler")
			if err != nil {
				return failed("creating the attacker's key", err)
			}
			return slowBodies(ctx, t, k.SecretKey, false)
		}},
	}
}

// slowTally counts what happened to the slow requests.
type slowTally struct {
	mu       sync.Mutex
	opened   int
	answers  map[string][]time.Duration // by status: how long after the request began
	cut      []time.Duration            // closed by the server without an answer
	heldOpen int                        // still waiting for an answer when the window ended
}

// slowBodies keeps slowConns slow requests going until ctx ends, each on a
// connection of its own (from its own loopback address when spread), with
// secret as the key (none when empty). A request the server answers or
// cuts is replaced a second later.
func slowBodies(ctx context.Context, t *target, secret string, spread bool) outcome {
	tally := &slowTally{answers: map[string][]time.Duration{}}
	var wg sync.WaitGroup
	for i := range slowConns {
		wg.Go(func() {
			for ctx.Err() == nil {
				slowRequest(ctx, t, secret, spread, i, tally)
				select {
				case <-ctx.Done():
				case <-time.After(time.Second):
				}
			}
		})
	}
	wg.Wait()
	var parts []string
	figures := map[string]any{"opened": tally.opened, "heldOpenAtEnd": tally.heldOpen, "cutByServer": len(tally.cut)}
	parts = append(parts, fmt.Sprintf("%d of %d requests still unanswered at the window's end", tally.heldOpen, tally.opened))
	statuses := make([]string, 0, len(tally.answers))
	for s := range tally.answers {
		statuses = append(statuses, s)
	}
	sort.Strings(statuses)
	for _, s := range statuses {
		took := tally.answers[s]
		parts = append(parts, fmt.Sprintf("%d answered %s (after %s s at most)", len(took), s, seconds(maxOf(took))))
		figures["answered "+s] = len(took)
	}
	if len(tally.cut) > 0 {
		parts = append(parts, fmt.Sprintf("%d cut by the server without an answer (after %s s at most)", len(tally.cut), seconds(maxOf(tally.cut))))
	}
	from := "one address"
	if spread {
		from = fmt.Sprintf("%d loopback addresses", slowConns)
	}
	details := []string{fmt.Sprintf("%d connections from %s, each sending a %d-byte body one byte every %v; a request answered or cut is replaced after 1 s",
		slowConns, from, len(slowBody), slowEvery)}
	return outcome{summary: strings.Join(parts, "; "), details: details, figures: figures}
}

// slowRequest sends one slow request and records its fate.
func slowRequest(ctx context.Context, t *target, secret string, spread bool, n int, tally *slowTally) {
	d := net.Dialer{Timeout: 5 * time.Second}
	if spread {
		d.LocalAddr = &net.TCPAddr{IP: loopback(n)}
	}
	host := strings.TrimPrefix(t.url, "http://")
	conn, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return
	}
	defer conn.Close()
	head := fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n", host, len(slowBody))
	if secret != "" {
		head += "Authorization: Bearer " + secret + "\r\n"
	}
	start := time.Now()
	if _, err := conn.Write([]byte(head + "\r\n")); err != nil {
		return
	}
	tally.mu.Lock()
	tally.opened++
	tally.mu.Unlock()
	answered := make(chan string, 1)
	go func() {
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			answered <- ""
			return
		}
		resp.Body.Close()
		answered <- resp.Status
	}()
	tick := time.NewTicker(slowEvery)
	defer tick.Stop()
	sent := 0
	for {
		if sent < len(slowBody) {
			if _, err := conn.Write([]byte{slowBody[sent]}); err == nil {
				sent++
			}
		}
		select {
		case status := <-answered:
			tally.mu.Lock()
			if status == "" {
				tally.cut = append(tally.cut, time.Since(start))
			} else {
				tally.answers[status] = append(tally.answers[status], time.Since(start))
			}
			tally.mu.Unlock()
			return
		case <-ctx.Done():
			tally.mu.Lock()
			tally.heldOpen++
			tally.mu.Unlock()
			return
		case <-tick.C:
		}
	}
}

func maxOf(ds []time.Duration) time.Duration {
	var m time.Duration
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}
