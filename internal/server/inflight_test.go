package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestLimitInFlight holds one request inside a limit of one: a second
// request waits and gets 503 UNAVAILABLE when its deadline passes, a third
// waits and runs once the first ends, and a websocket upgrade passes by.
func TestLimitInFlight(t *testing.T) {
	entered, release := make(chan string, 3), make(chan struct{})
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- r.URL.Query().Get("n")
		if r.URL.Query().Get("n") == "1" {
			<-release
		}
		_, _ = w.Write([]byte(`{"data":{}}`))
	})
	srv := httptest.NewServer(limitInFlight(1, inner))
	defer srv.Close()
	get := func(ctx context.Context, n string, header http.Header) (*http.Response, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"?n="+n, nil)
		for k, v := range header {
			req.Header[k] = v
		}
		return http.DefaultClient.Do(req)
	}

	first := make(chan int)
	go func() {
		resp, err := get(context.Background(), "1", nil)
		if err != nil {
			first <- 0
			return
		}
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	if n := <-entered; n != "1" {
		t.Fatalf("request %s ran first", n)
	}

	// The same limiter behind a 100 ms deadline, as withTimeout sets one.
	busy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 100*time.Millisecond)
		defer cancel()
		srv.Config.Handler.ServeHTTP(w, r.WithContext(ctx))
	}))
	defer busy.Close()
	start := time.Now()
	resp, err := http.Get(busy.URL + "?n=2")
	if err != nil {
		t.Fatal(err)
	}
	var body struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "UNAVAILABLE" || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("a request past its deadline got %d %+v", resp.StatusCode, body)
	}
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Fatalf("the busy answer came after %v, before the deadline", took)
	}

	ws, err := get(context.Background(), "ws", http.Header{"Upgrade": {"websocket"}})
	if err != nil || ws.StatusCode != http.StatusOK {
		t.Fatalf("a websocket upgrade waited for a turn: %v", err)
	}
	ws.Body.Close()
	if n := <-entered; n != "ws" {
		t.Fatalf("request %s ran instead of the upgrade", n)
	}

	third := make(chan int)
	go func() {
		resp, err := get(context.Background(), "3", nil)
		if err != nil {
			third <- 0
			return
		}
		resp.Body.Close()
		third <- resp.StatusCode
	}()
	select {
	case n := <-entered:
		t.Fatalf("request %s ran while the first held the only turn", n)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if code := <-first; code != http.StatusOK {
		t.Fatalf("the first request got %d", code)
	}
	if n := <-entered; n != "3" {
		t.Fatalf("request %s ran instead of the waiting one", n)
	}
	if code := <-third; code != http.StatusOK {
		t.Fatalf("the waiting request got %d", code)
	}
}
