package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

func TestRateLimits(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.RateLimits = &ratelimit.Config{
			ByPermission: map[auth.Permission]ratelimit.Rate{auth.ReadOnly: {PerSecond: 0.5, Burst: 3}},
			Anonymous:    ratelimit.Rate{PerSecond: 0.5, Burst: 2},
		}
	})
	reader := s.NewKey(t, "production", auth.ReadOnly)
	other := s.NewKey(t, "production", auth.ReadOnly)
	post := func(secret string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"{ viewer { permission } }"}`))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set("Authorization", "Bearer "+secret)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for i, want := range []string{"2", "1", "0"} {
		resp := post(reader.Secret)
		if resp.StatusCode != 200 || resp.Header.Get("RateLimit-Limit") != "3" || resp.Header.Get("RateLimit-Remaining") != want {
			t.Errorf("request %d: %d, limit %s, remaining %s (want %s)", i+1, resp.StatusCode, resp.Header.Get("RateLimit-Limit"), resp.Header.Get("RateLimit-Remaining"), want)
		}
	}
	resp := post(reader.Secret)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("over the rate: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if r := s.Do(t, other.Secret, `{ viewer { permission } }`, nil); !strings.Contains(r.Body, `"remainingRequests":2`) {
		t.Errorf("the cost extension does not tell the remaining budget: %s", r.Body)
	}
	r := s.Do(t, reader.Secret, `{ viewer { permission } }`, nil)
	if r.Code() != "RATE_LIMITED" {
		t.Errorf("over the rate: %s", r.Body)
	}
	// Another key has a bucket of its own.
	if resp := post(other.Secret); resp.StatusCode != 200 || resp.Header.Get("RateLimit-Remaining") != "1" {
		t.Errorf("another key: %d, remaining %s", resp.StatusCode, resp.Header.Get("RateLimit-Remaining"))
	}
	// A request without a key is refused at once, before its body is read.
	if resp := post(""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a request without a key: %d", resp.StatusCode)
	}
}
