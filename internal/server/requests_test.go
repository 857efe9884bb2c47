package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestMalformedRequests sends requests no client should send: each gets a
// 4xx (or a 200 with an error) carrying a clear error and a code, never a
// panic or a 500.
func TestMalformedRequests(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := []struct {
			name, method, contentType, body string
		}{
			{"bad JSON", "POST", "application/json", `{"query": `},
			{"JSON of the wrong shape", "POST", "application/json", `["query"]`},
			{"wrong content type", "POST", "text/plain", `{ viewer { permission } }`},
			{"syntax error", "POST", "application/json", `{"query": "{ viewer { "}`},
			{"unknown field", "POST", "application/json", `{"query": "{ nope }"}`},
			{"unknown operation name", "POST", "application/json", `{"query": "query A { viewer { permission } }", "operationName": "B"}`},
			{"invalid UTF-8", "POST", "application/json", "{\"query\": \"{ viewer { permission } }\xff\"}"},
			{"wrong variable type", "POST", "application/json", `{"query": "query($n: Int) { accounts(first: $n) { totalCount } }", "variables": {"n": "ten"}}`},
			{"unknown enum value", "POST", "application/json", `{"query": "mutation { createAuthAccess(input: {name: \"n\", permission: GOD_MODE}) { secretKey } }"}`},
			{"mutation over GET", "GET", "", `query=` + "mutation%20%7B%20disableAuthAccess(id%3A%20%22x%22)%20%7B%20authAccess%20%7B%20id%20%7D%20%7D%20%7D"},
			{"huge body", "POST", "application/json", `{"query": "{ viewer { permission } }", "variables": {"x": "` + strings.Repeat("a", 2<<20) + `"}}`},
			{"deep nesting", "POST", "application/json", `{"query": "{ viewer { authAccess { creator { authAccess { creator { authAccess { creator { authAccess { creator { authAccess { id } } } } } } } } } } }"}`},
		}
		for _, c := range cases {
			var req *http.Request
			var err error
			if c.method == "GET" {
				req, err = http.NewRequest("GET", s.URL+"/graphql?"+c.body, nil)
			} else {
				req, err = http.NewRequest(c.method, s.URL+"/graphql", strings.NewReader(c.body))
				req.Header.Set("Content-Type", c.contentType)
			}
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Authorization", "Bearer "+admin.Secret)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode >= 500 {
				t.Errorf("%s: status %d: %s\n%s", c.name, resp.StatusCode, body, s.Logs())
			}
			if c.name == "deep nesting" {
				continue // allowed today: depth limits are configured separately
			}
			if resp.StatusCode == 200 && !strings.Contains(string(body), `"code":"BAD_USER_INPUT"`) {
				t.Errorf("%s: status 200 without a BAD_USER_INPUT error: %.300s", c.name, body)
			}
			if resp.StatusCode != 200 && !strings.Contains(string(body), `"errors"`) && resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("%s: status %d without a GraphQL error: %.300s", c.name, resp.StatusCode, body)
			}
		}
	})
}

func TestCORS(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	for origin, allowed := range map[string]bool{"https://app.example": true, "https://evil.example": false} {
		req, _ := http.NewRequest(http.MethodOptions, s.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin") == origin; got != allowed {
			t.Errorf("preflight from %s: allowed = %v, want %v", origin, got, allowed)
		}
	}
}
