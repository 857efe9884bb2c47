package main

import (
	"context"
	"fmt"
	"testing"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// TestErrorsAreNamed: the bench says what its errors were, so that a
// refusal, a bug and a timeout are told apart in its log.
func TestErrorsAreNamed(t *testing.T) {
	for _, c := range []struct {
		res  vegeta.Result
		want string
	}{
		{vegeta.Result{Code: 200, Body: []byte(`{"data":{"accounts":{"edges":[]}}}`)}, ""},
		{vegeta.Result{Code: 503, Body: []byte(`{"errors":[{"message":"the server is busy; retry","extensions":{"code":"UNAVAILABLE"}}],"data":null}`)}, "503 UNAVAILABLE"},
		{vegeta.Result{Code: 200, Body: []byte(`{"errors":[{"message":"x","extensions":{"code":"INTERNAL","requestId":"r"}}],"data":null}`)}, "200 INTERNAL"},
		{vegeta.Result{Code: 502, Body: []byte(`bad gateway`)}, "502"},
		{vegeta.Result{Code: 0, Error: "Post \"http://x\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}, "no answer in time"},
		{vegeta.Result{Code: 0, Error: "connection refused"}, "no answer"},
	} {
		if got := errorKind(&c.res); got != c.want {
			t.Errorf("%d %s: named %q, want %q", c.res.Code, c.res.Body, got, c.want)
		}
	}
	f := figures{kinds: map[string]int{"no answer": 5, "503 UNAVAILABLE": 50, "200 INTERNAL": 5}}
	if got, want := f.kindsString(), "503 UNAVAILABLE x50, 200 INTERNAL x5, no answer x5"; got != want {
		t.Errorf("listed %q, want %q", got, want)
	}
	if got := callErrorKind(fmt.Errorf("query: %w", context.DeadlineExceeded)); got != "no answer in time" {
		t.Errorf("a floor's timeout named %q", got)
	}
}
