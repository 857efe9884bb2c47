package server_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// wsClientDir holds the npm project with the graphql-ws client.
const wsClientDir = "../../examples/typescript"

// TestGraphQLWSClient drives the server, at its default rate limits, with
// the graphql-ws npm client (examples/typescript/check/graphql-ws.mjs). A
// wrong key and a missing one close with 4401 and a reason after one
// connection, without the reconnect storm graphql-ws makes of a normal
// close (before, both closed with 1000 "terminated"); then, from the same
// address, 20 clients of two valid keys all open and all receive an event
// (before, upgrades were charged to the address and 4 of 14 were refused),
// and so do 20 subscriptions over one client.
func TestGraphQLWSClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("Node.js is not installed: install it (apt-get install nodejs npm) to run this test")
	}
	if _, err := os.Stat(filepath.Join(wsClientDir, "node_modules", "graphql-ws")); err != nil {
		t.Skipf("the graphql-ws client is not installed: run `npm ci` in %s", filepath.Clean(wsClientDir))
	}
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.RateLimits = nil })
	a := s.NewKey(t, "production", auth.FullAccess)
	b := s.NewKey(t, "production", auth.ReadOnly)
	wrong, _ := auth.NewSecretKey(a.Token)
	cmd := exec.CommandContext(t.Context(), node, "check/graphql-ws.mjs", s.URL+"/graphql", a.Secret, b.Secret, wrong)
	cmd.Dir = wsClientDir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the graphql-ws client: %v", err)
	}
	type refusal struct {
		Connecting int
		Closed     *struct {
			Code   int
			Reason string
		}
		Error string
	}
	type subscribers struct {
		Opened, Received, Mutation int
		Errors                     []string
	}
	var got struct {
		WrongKey, NoKey                  refusal
		TwentySockets, TwentyOnOneSocket subscribers
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("the graphql-ws client printed %s: %v", out, err)
	}
	for name, r := range map[string]refusal{"a wrong key": got.WrongKey, "no key": got.NoKey} {
		if r.Connecting != 1 || r.Closed == nil || r.Closed.Code != 4401 || r.Closed.Reason == "" {
			t.Errorf("%s: connected %d times, closed %+v (error %q); want once, 4401 with a reason", name, r.Connecting, r.Closed, r.Error)
		}
	}
	for name, c := range map[string]struct {
		got           subscribers
		sockets, subs int
	}{
		"20 clients of two keys":         {got.TwentySockets, 20, 20},
		"20 subscriptions on one client": {got.TwentyOnOneSocket, 1, 20},
	} {
		if c.got.Opened != c.sockets || c.got.Received != c.subs || len(c.got.Errors) > 0 || c.got.Mutation != 200 {
			t.Errorf("%s: %d sockets opened, the event received %d times (want %d and %d); mutation status %d, errors %v",
				name, c.got.Opened, c.got.Received, c.sockets, c.subs, c.got.Mutation, c.got.Errors)
		}
	}
}
