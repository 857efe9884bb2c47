package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// victimQuery is the victim tenant's everyday request: its key's level and
// a first page of its accounts.
const victimQuery = `{ viewer { permission } accounts(first: 5) { edges { node { id identifier } } } }`

// victimTimeout is how long the victim waits for an answer before it
// counts the request as failed.
const victimTimeout = 10 * time.Second

// victimFigures are the victim's latencies and failures over one window.
type victimFigures struct {
	P50      time.Duration
	P99      time.Duration
	Requests int
	Failures int
	Kinds    map[string]int // failures by HTTP status, error code or "timeout"
}

// victimLoad sends the victim's query with its READ_ONLY key at rate per
// second for d, and returns when every request has been answered or timed
// out. A request fails when it is not answered 200, carries GraphQL errors
// or does not list the victim's accounts.
func victimLoad(t *target, rate int, d time.Duration) victimFigures {
	body := gqlBody(victimQuery, nil)
	header := http.Header{"Content-Type": {"application/json"}, "Authorization": {"Bearer " + t.victimReader.SecretKey}}
	targeter := func(tg *vegeta.Target) error {
		tg.Method, tg.URL, tg.Header, tg.Body = http.MethodPost, t.url+"/graphql", header, body
		return nil
	}
	attacker := vegeta.NewAttacker(vegeta.Timeout(victimTimeout), vegeta.KeepAlive(true), vegeta.MaxWorkers(512))
	var m vegeta.Metrics
	f := victimFigures{Kinds: map[string]int{}}
	for res := range attacker.Attack(targeter, vegeta.Rate{Freq: rate, Per: time.Second}, d, "victim") {
		m.Add(res)
		if kind := victimFailure(t, res); kind != "" {
			f.Failures++
			f.Kinds[kind]++
		}
	}
	m.Close()
	f.P50, f.P99, f.Requests = m.Latencies.P50, m.Latencies.P99, int(m.Requests)
	return f
}

// victimFailure returns why a victim request failed, or "" when it did
// not.
func victimFailure(t *target, res *vegeta.Result) string {
	switch {
	case res.Code == 0 && res.Latency >= victimTimeout-100*time.Millisecond:
		return "timeout"
	case res.Code == 0:
		return "no answer"
	case res.Code != http.StatusOK:
		return "HTTP " + strconv.Itoa(int(res.Code))
	}
	var r struct {
		Errors []gqlError
	}
	if err := json.Unmarshal(res.Body, &r); err != nil {
		return "unreadable"
	}
	if len(r.Errors) > 0 {
		return r.Errors[0].Extensions.Code
	}
	for _, id := range t.victimAccounts {
		if !bytes.Contains(res.Body, []byte(id)) {
			return "accounts missing"
		}
	}
	return ""
}
