package server_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribe opens a graphql-transport-ws subscription on s with secret and
// returns the stream of its events' data.
func subscribe(t *testing.T, s *testenv.Server, secret, query string) <-chan json.RawMessage {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dialing: %v", err)
	}
	t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	init, _ := json.Marshal(map[string]string{"Authorization": "Bearer " + secret})
	if err := wsjson.Write(ctx, conn, wsMessage{Type: "connection_init", Payload: init}); err != nil {
		t.Fatal(err)
	}
	var ack wsMessage
	if err := wsjson.Read(ctx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_init answered %+v, %v", ack, err)
	}
	payload, _ := json.Marshal(map[string]string{"query": query})
	if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	out := make(chan json.RawMessage, 16)
	go func() {
		defer close(out)
		for {
			var m wsMessage
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				return
			}
			switch m.Type {
			case "next", "error":
				out <- m.Payload
			case "ping":
				_ = wsjson.Write(ctx, conn, wsMessage{Type: "pong"})
			}
		}
	}()
	time.Sleep(300 * time.Millisecond) // let the server start the subscription
	return out
}

func next(t *testing.T, events <-chan json.RawMessage) string {
	select {
	case m, ok := <-events:
		if !ok {
			t.Fatal("the subscription ended")
		}
		return string(m)
	case <-time.After(8 * time.Second):
		t.Fatal("no event within 8s")
		return ""
	}
}

const eventsSubscription = `subscription { events(types: [ACCOUNT_ADDED, ACCOUNT_DISABLED]) { type subjectId data } }`

func TestEventSubscription(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		reader := s.NewKey(t, "production", auth.ReadOnly)
		admin := s.NewKey(t, "production", auth.FullAccess)
		stranger := s.NewKey(t, "staging", auth.FullAccess)
		events := subscribe(t, s, reader.Secret, eventsSubscription)

		// Another environment's event, then one of a type not asked for,
		// then the one awaited.
		s.Must(t, stranger.Secret, createAccount, map[string]any{"input": shopify("theirs")}, &struct{}{})
		s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "x", permission: READ_ONLY}) { secretKey } }`, nil, &struct{}{})
		var out struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("ours")}, &out)
		got := next(t, events)
		if !strings.Contains(got, `"type":"ACCOUNT_ADDED"`) || !strings.Contains(got, out.CreateAccount.Account.ID) {
			t.Errorf("first event = %s, want the ACCOUNT_ADDED of %s", got, out.CreateAccount.Account.ID)
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`, map[string]any{"id": out.CreateAccount.Account.ID}, &struct{}{})
		if got := next(t, events); !strings.Contains(got, `"type":"ACCOUNT_DISABLED"`) {
			t.Errorf("second event = %s, want ACCOUNT_DISABLED", got)
		}
		// A key that may not read cannot subscribe.
		widget := s.NewKey(t, "production", auth.CredentialsInOnly)
		if got := next(t, subscribe(t, s, widget.Secret, eventsSubscription)); !strings.Contains(got, "FORBIDDEN") {
			t.Errorf("a CREDENTIALS_IN_ONLY subscription: %s", got)
		}
	})
}

// TestEventsCrossProcesses subscribes on one server process and causes the
// event on another over the same PostgreSQL database.
func TestEventsCrossProcesses(t *testing.T) {
	for _, b := range testenv.Backends() {
		if b.Name != "postgres" {
			continue // one SQLite database is served by one process
		}
		t.Run(b.Name, func(t *testing.T) {
			a := testenv.Start(t, b)
			other := a.Twin(t)
			reader := a.NewKey(t, "production", auth.ReadOnly)
			admin := a.NewKey(t, "production", auth.FullAccess)
			events := subscribe(t, a, reader.Secret, eventsSubscription)
			start := time.Now()
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			other.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("elsewhere")}, &out)
			if got := next(t, events); !strings.Contains(got, out.CreateAccount.Account.ID) {
				t.Errorf("event = %s, want the account added on the other process", got)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("the event took %v to cross processes; NOTIFY should wake at once", d)
			}
			t.Logf("an event crossed processes in %v", time.Since(start))
		})
	}
}

// TestSubscriptionsShareOneRead opens twenty subscriptions in one
// environment: a committed event costs one read of the events table, not
// one per subscription (3,000 subscriptions on one socket pinned the CPU
// before, each reading the table at every commit), and each subscription
// still gets the events of its types.
func TestSubscriptionsShareOneRead(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var streams []<-chan testenv.Message
		for range 2 {
			so := s.Connect(t, admin.Secret)
			for range 10 {
				streams = append(streams, so.Subscribe(`subscription { events(types: [AUTH_ACCESS_CREATED]) { type } }`, nil))
			}
		}
		time.Sleep(300 * time.Millisecond)
		s.Statements.Reset()
		s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "watched", permission: READ_ONLY}) { secretKey } }`, nil, &map[string]any{})
		for i, events := range streams {
			select {
			case m := <-events:
				if !strings.Contains(string(m.Payload), "AUTH_ACCESS_CREATED") {
					t.Errorf("subscription %d got %s", i, m.Payload)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("subscription %d got nothing", i)
			}
		}
		_, queries := s.Statements.Count()
		reads := 0
		for _, q := range queries {
			if strings.Contains(q, "FROM `events`") || strings.Contains(q, `FROM "events"`) {
				reads++
			}
		}
		if reads > 2 {
			t.Errorf("one commit made %d reads of the events table for 20 subscriptions", reads)
		}
	})
}
