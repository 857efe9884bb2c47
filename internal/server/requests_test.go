package server_test

import (
	"encoding/json"
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
// TestMalformedRequests sends requests that are wrong at every level, from
// the transport to the document: each is answered with its own status, a
// GraphQL error with extensions.code and plain words, never a 5xx and never
// a word of the libraries underneath (before: "transport not supported"
// with no code, 406 with no code, "cannot unmarshal array into Go value of
// type graphql.RawParams").
func TestMalformedRequests(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := []struct {
			name, method, contentType, body string
			status                          int
			says                            string
		}{
			{"bad JSON", "POST", "application/json", `{"query": `, 400, "not valid JSON"},
			{"a batch", "POST", "application/json", `[{"query": "{ viewer { permission } }"}]`, 400, "batches are not accepted"},
			{"JSON of the wrong shape", "POST", "application/json", `"query"`, 400, "one JSON object"},
			{"no content type", "POST", "", `{"query": "{ viewer { permission } }"}`, 415, "Content-Type: application/json"},
			{"wrong content type", "POST", "text/plain", `{ viewer { permission } }`, 415, "Content-Type: application/json"},
			{"syntax error", "POST", "application/json", `{"query": "{ viewer { "}`, 200, "Expected Name"},
			{"unknown field", "POST", "application/json", `{"query": "{ nope }"}`, 200, "Cannot query field"},
			{"unknown operation name", "POST", "application/json", `{"query": "query A { viewer { permission } }", "operationName": "B"}`, 200, "operation B"},
			{"invalid UTF-8", "POST", "application/json", "{\"query\": \"{ viewer { permission } }\xff\"}", 400, "UTF-8"},
			{"wrong variable type", "POST", "application/json", `{"query": "query($n: Int) { accounts(first: $n) { totalCount } }", "variables": {"n": "ten"}}`, 200, "Int"},
			{"unknown enum value", "POST", "application/json", `{"query": "mutation { createAuthAccess(input: {name: \"n\", permission: GOD_MODE}) { secretKey } }"}`, 200, "GOD_MODE"},
			{"mutation over GET", "GET", "", `query=` + "mutation%20%7B%20disableAuthAccess(id%3A%20%22x%22)%20%7B%20authAccess%20%7B%20id%20%7D%20%7D%20%7D", 405, "send a mutation with POST"},
			{"PUT", "PUT", "application/json", `{"query": "{ viewer { permission } }"}`, 405, "POST"},
			{"huge body", "POST", "application/json", `{"query": "{ viewer { permission } }", "variables": {"x": "` + strings.Repeat("a", 2<<20) + `"}}`, 413, "larger than"},
		}
		internals := []string{"Go value", "graphql.", "msgpack", "json:", "unmarshal", "gqlgen", "ent:", "sql:", "Creator"}
		for _, c := range cases {
			var req *http.Request
			var err error
			if c.method == "GET" {
				req, err = http.NewRequest("GET", s.URL+"/graphql?"+c.body, nil)
			} else {
				req, err = http.NewRequest(c.method, s.URL+"/graphql", strings.NewReader(c.body))
				if c.contentType != "" {
					req.Header.Set("Content-Type", c.contentType)
				}
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
			if resp.StatusCode == http.StatusOK {
				if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.ContentLength != int64(len(body)) {
					t.Errorf("%s: an answer with X-Content-Type-Options %q and Content-Length %d for %d bytes",
						c.name, resp.Header.Get("X-Content-Type-Options"), resp.ContentLength, len(body))
				}
			}
			var got struct {
				Errors []struct {
					Message    string
					Extensions struct{ Code string }
				}
			}
			if err := json.Unmarshal(body, &got); err != nil || len(got.Errors) == 0 {
				t.Errorf("%s: status %d without a GraphQL error: %.300s", c.name, resp.StatusCode, body)
				continue
			}
			e := got.Errors[0]
			if resp.StatusCode != c.status || e.Extensions.Code != "BAD_USER_INPUT" || !strings.Contains(e.Message, c.says) {
				t.Errorf("%s: %d %s %q; want %d BAD_USER_INPUT saying %q", c.name, resp.StatusCode, e.Extensions.Code, e.Message, c.status, c.says)
			}
			for _, word := range internals {
				if strings.Contains(e.Message, word) {
					t.Errorf("%s: the message names %q: %s", c.name, word, e.Message)
				}
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

// TestErrorMessagesArePlain pins the messages of refusals a new user meets
// first: each names the argument or the thing the caller tried, once, in
// plain words (before: "`first` cannot be above 100" for a limit, "cannot
// decode cursor: msgpack: …", "may not create Creator").
func TestErrorMessagesArePlain(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	admin := s.NewKey(t, "production", auth.FullAccess)
	reader := s.NewKey(t, "production", auth.ReadOnly)
	for _, c := range []struct {
		secret, query, code, message string
	}{
		{admin.Secret, `{ accounts(limit: 1000) { totalCount } }`, "BAD_USER_INPUT", "`limit` must be between 0 and 100"},
		{admin.Secret, `{ accounts(first: -1) { totalCount } }`, "BAD_USER_INPUT", "`first` must be between 0 and 100"},
		{admin.Secret, `{ accounts(after: "abc") { totalCount } }`, "BAD_USER_INPUT", "the value of `accounts.after` is not valid"},
		{admin.Secret, `{ accounts(sortBy: "foreignId:DESC") { totalCount } }`, "BAD_USER_INPUT",
			`invalid sortBy: at 1: found the field "foreignId", expected a field to sort by: createdTime, displayName, id, identifier, isEnabled, updatedTime`},
		{reader.Secret, `mutation { createAuthAccess(input: {name: "x", permission: READ_ONLY}) { secretKey } }`, "FORBIDDEN",
			"permission denied: permission READ_ONLY may not create API keys"},
	} {
		r := s.Do(t, c.secret, c.query, nil)
		if r.Code() != c.code || len(r.Errors) == 0 || r.Errors[0].Message != c.message {
			t.Errorf("%s:\n got %s\nwant %s %q", c.query, r.Body, c.code, c.message)
		}
	}
}
