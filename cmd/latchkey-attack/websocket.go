package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"os"
	"time"
)

// The websocket floods: what one socket may ask of the server once it is
// open.
const (
	floodQueries       = 300
	floodSubscriptions = 3000
)

// websocketAttacks returns the query flood, the subscription flood and a
// mutation over websocket.
func websocketAttacks() []attack {
	return []attack{
		{name: "ws-query-flood", run: wsQueryFlood},
		{name: "ws-subscription-flood", run: wsSubscriptionFlood},
		{name: "ws-mutation", run: wsMutation},
	}
}

// floodQuery is what a CREDENTIALS_IN_ONLY key may read: itself and the
// source catalog.
const floodQuery = `{ viewer { permission } sources(first: 10) { edges { node { key } } } }`

// wsQueryFlood sends floodQueries queries as fast as it can over one
// socket with a CREDENTIALS_IN_ONLY key (5 requests a second over HTTP),
// and, for comparison, as many over HTTP with another key of that level.
func wsQueryFlood(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	wsKey, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "CREDENTIALS_IN_ONLY", "flooder-ws")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	httpKey, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "CREDENTIALS_IN_ONLY", "flooder-http")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	ws, err := dialWS(t, wsKey.SecretKey)
	if err != nil {
		return failed("opening the websocket", err)
	}
	defer ws.Close()
	start := time.Now()
	var ops []*wsOp
	for range floodQueries {
		op, err := ws.send(floodQuery, nil)
		if err != nil {
			break
		}
		ops = append(ops, op)
	}
	counts := map[string]int{}
	var last time.Duration
	for _, op := range ops {
		ws.wait(op, time.Until(start.Add(30*time.Second)))
		counts[orUnanswered(ws.outcome(op))]++
		last = max(last, endedAfter(op, start))
	}
	httpStart := time.Now()
	httpCounts := map[string]int{}
	for range floodQueries {
		r, err := t.query(ctx, httpKey.SecretKey, floodQuery, nil)
		httpCounts[httpOutcome(r, err)]++
	}
	httpTook := time.Since(httpStart)
	return outcome{
		summary: fmt.Sprintf("over one socket %d of %d queries ran, the last answer %s s after the first was sent (%s); over HTTP the same level's key got %d of %d in %s s (%s)",
			counts["ok"], floodQueries, seconds(last), tally(counts), httpCounts["ok"], floodQueries, seconds(httpTook), tally(httpCounts)),
		figures: map[string]any{"websocket": counts, "websocketSeconds": last.Seconds(), "http": httpCounts, "httpSeconds": httpTook.Seconds()},
	}
}

// wsSubscriptionFlood opens floodSubscriptions event subscriptions on one
// socket with a READ_ONLY key, then makes one event and counts its
// deliveries.
func wsSubscriptionFlood(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	k, err := createKey(ctx, t, t.attackerAdmin.SecretKey, "READ_ONLY", "subscriber")
	if err != nil {
		return failed("creating the attacker's key", err)
	}
	ws, err := dialWS(t, k.SecretKey)
	if err != nil {
		return failed("opening the websocket", err)
	}
	defer ws.Close()
	rss0 := proc.MiB(t.Pid(), "VmRSS")
	var ops []*wsOp
	for range floodSubscriptions {
		op, err := ws.send(`subscription { events { type subjectId } }`, nil)
		if err != nil {
			break
		}
		ops = append(ops, op)
	}
	time.Sleep(3 * time.Second) // let the server start them
	refused := map[string]int{}
	for _, op := range ops {
		if o := ws.outcome(op); o != "" {
			refused[o]++
		}
	}
	live := len(ops) - sum(refused)
	rss1 := proc.MiB(t.Pid(), "VmRSS")
	made := time.Now()
	if _, err := createAccounts(ctx, t, t.attackerAdmin.SecretKey, []map[string]any{newAccount("wake-them-all")}, 1); err != nil {
		return failed("making an event", err)
	}
	delivered, all := 0, time.Duration(0)
	for deadline := made.Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		delivered = 0
		for _, op := range ops {
			if ws.deliveries(op) > 0 {
				delivered++
			}
		}
		if delivered >= live {
			all = time.Since(made)
			break
		}
	}
	when := "not all within 10 s"
	if all > 0 {
		when = fmt.Sprintf("all within %s s", seconds(all))
	}
	return outcome{
		summary: fmt.Sprintf("%d of %d subscriptions live on one socket (%s); one event delivered %d times, %s; server memory %.0f → %.0f MiB",
			live, len(ops), orNone(tally(refused)), delivered, when, rss0, rss1),
		figures: map[string]any{"sent": len(ops), "live": live, "refused": refused, "delivered": delivered, "rssBeforeMiB": rss0, "rssAfterMiB": rss1},
	}
}

// wsMutation sends two mutations over a socket with the attacker's
// FULL_ACCESS key, one that runs in the transport's transaction and one
// that runs outside it, and checks over HTTP whether each took effect.
func wsMutation(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window) // the requests finish after the window
	ws, err := dialWS(t, t.attackerAdmin.SecretKey)
	if err != nil {
		return failed("opening the websocket", err)
	}
	defer ws.Close()
	panics0 := countInLog(t, `"msg":"panic"`)
	update, err := ws.send(`mutation($id: ID!) { updateAuthAccess(id: $id, change: {description: "set over websocket"}) { authAccess { id description } } }`,
		map[string]any{"id": t.attackerAdmin.ID})
	if err != nil {
		return failed("sending updateAuthAccess", err)
	}
	ws.wait(update, 10*time.Second)
	create, err := ws.send(`mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`,
		map[string]any{"in": newAccount("made-over-websocket")})
	if err != nil {
		return failed("sending createAccount", err)
	}
	ws.wait(create, 10*time.Second)
	var key struct{ AuthAccess struct{ Description *string } }
	keyErr := t.must(ctx, t.attackerAdmin.SecretKey, `query($id: ID!) { authAccess(id: $id) { description } }`, map[string]any{"id": t.attackerAdmin.ID}, &key)
	var acc struct{ Account *struct{ ID string } }
	accErr := t.must(ctx, t.attackerAdmin.SecretKey, `{ account(source: "stripe", identifier: "made-over-websocket") { id } }`, nil, &acc)
	updated := keyErr == nil && key.AuthAccess.Description != nil && *key.AuthAccess.Description == "set over websocket"
	created := accErr == nil && acc.Account != nil
	panics := countInLog(t, `"msg":"panic"`) - panics0
	return outcome{
		summary: fmt.Sprintf("updateAuthAccess answered %s, change %s; createAccount answered %s, account %s; panics in the server's log: %d",
			orUnanswered(ws.outcome(update)), committed(updated), orUnanswered(ws.outcome(create)), committed(created), panics),
		figures: map[string]any{"updateAnswer": ws.outcome(update), "updateCommitted": updated, "createAnswer": ws.outcome(create),
			"createCommitted": created, "panics": panics},
	}
}

// countInLog returns how many lines of the running server's log hold s.
func countInLog(t *target, s string) int {
	b, _ := os.ReadFile(t.logs)
	return bytes.Count(b, []byte(s))
}
