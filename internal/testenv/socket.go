package testenv

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// Message is one graphql-transport-ws message.
type Message struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// Socket is a graphql-transport-ws connection to a test server, as a
// browser or a graphql-ws client opens it.
type Socket struct {
	t      testing.TB
	conn   *websocket.Conn
	ctx    context.Context
	cancel context.CancelFunc

	mu      sync.Mutex
	nextID  int
	streams map[string]chan Message
	ended   bool
	control chan Message
	done    chan struct{}
	status  websocket.StatusCode
	reason  string
}

// DialOptions change how Dial opens a socket.
type DialOptions struct {
	// Header is sent with the upgrade request (Origin, Authorization).
	Header http.Header
}

// Dial opens a websocket to /graphql with the graphql-transport-ws
// subprotocol. It returns the upgrade's HTTP response when the server
// refuses it.
func (s *Server) Dial(t testing.TB, opts DialOptions) (*Socket, *http.Response, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: opts.Header,
	})
	if err != nil {
		cancel()
		return nil, resp, err
	}
	conn.SetReadLimit(64 << 20)
	so := &Socket{t: t, conn: conn, ctx: ctx, cancel: cancel, streams: map[string]chan Message{},
		control: make(chan Message, 16), done: make(chan struct{})}
	t.Cleanup(func() {
		_ = conn.Close(websocket.StatusNormalClosure, "")
		cancel()
	})
	go so.read()
	return so, resp, nil
}

// Connect dials a socket and authenticates it with secret in the
// connection_init payload, failing the test unless the server acknowledges.
func (s *Server) Connect(t testing.TB, secret string) *Socket {
	t.Helper()
	so, _, err := s.Dial(t, DialOptions{})
	if err != nil {
		t.Fatalf("dialing: %v", err)
	}
	if err := so.Init(map[string]any{"Authorization": "Bearer " + secret}); err != nil {
		t.Fatalf("connection_init: %v", err)
	}
	return so
}

// read dispatches the server's messages until the connection ends, and
// answers pings.
func (so *Socket) read() {
	defer func() {
		so.mu.Lock()
		for _, ch := range so.streams {
			close(ch)
		}
		so.streams = map[string]chan Message{}
		so.ended = true
		so.mu.Unlock()
		close(so.done)
	}()
	for {
		var m Message
		if err := wsjson.Read(so.ctx, so.conn, &m); err != nil {
			so.mu.Lock()
			so.status, so.reason = closeOf(err)
			so.mu.Unlock()
			return
		}
		switch m.Type {
		case "ping":
			_ = wsjson.Write(so.ctx, so.conn, Message{Type: "pong"})
		case "next", "error", "complete":
			so.mu.Lock()
			ch := so.streams[m.ID]
			if m.Type != "next" {
				delete(so.streams, m.ID)
			}
			so.mu.Unlock()
			if ch == nil {
				continue
			}
			if m.Type == "complete" {
				close(ch)
				continue
			}
			select {
			case ch <- m:
			case <-so.ctx.Done():
				return
			}
			if m.Type == "error" {
				close(ch)
			}
		default:
			select {
			case so.control <- m:
			default:
			}
		}
	}
}

func closeOf(err error) (websocket.StatusCode, string) {
	var ce websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code, ce.Reason
	}
	return websocket.StatusAbnormalClosure, err.Error()
}

// Init sends connection_init with payload and waits for connection_ack. It
// returns an error naming the close code and reason when the server closes
// the connection instead.
func (so *Socket) Init(payload map[string]any) error {
	raw, _ := json.Marshal(payload)
	if err := so.Send(Message{Type: "connection_init", Payload: raw}); err != nil {
		return err
	}
	select {
	case m := <-so.control:
		if m.Type != "connection_ack" {
			return fmt.Errorf("answered %s %s", m.Type, m.Payload)
		}
		return nil
	case <-so.done:
		code, reason := so.Closed()
		return fmt.Errorf("closed with %d %q", code, reason)
	case <-time.After(10 * time.Second):
		return errors.New("no connection_ack within 10s")
	}
}

// Send writes one message.
func (so *Socket) Send(m Message) error {
	return wsjson.Write(so.ctx, so.conn, m)
}

// Subscribe starts an operation and returns the stream of its next and
// error messages, closed when the operation or the connection ends.
func (so *Socket) Subscribe(query string, vars map[string]any) <-chan Message {
	so.mu.Lock()
	so.nextID++
	id := strconv.Itoa(so.nextID)
	ch := make(chan Message, 64)
	if so.ended {
		so.mu.Unlock()
		close(ch)
		return ch
	}
	so.streams[id] = ch
	so.mu.Unlock()
	payload, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err := so.Send(Message{ID: id, Type: "subscribe", Payload: payload}); err != nil {
		so.mu.Lock()
		if _, ok := so.streams[id]; ok { // not closed by the reader already
			delete(so.streams, id)
			close(ch)
		}
		so.mu.Unlock()
	}
	return ch
}

// Do runs a query or mutation over the socket and returns its result: the
// payload of its next message, or of its error message as errors. A result
// whose connection closed first has the status 0 and no data.
func (so *Socket) Do(query string, vars map[string]any) *Result {
	so.t.Helper()
	select {
	case m, ok := <-so.Subscribe(query, vars):
		if !ok {
			return &Result{Body: "the connection closed"}
		}
		r := &Result{Status: http.StatusOK, Body: string(m.Payload)}
		if m.Type == "error" {
			r.Body = `{"errors":` + string(m.Payload) + `}`
		}
		if err := json.Unmarshal([]byte(r.Body), r); err != nil {
			so.t.Fatalf("the %s message is not JSON: %s", m.Type, m.Payload)
		}
		return r
	case <-time.After(30 * time.Second):
		so.t.Fatalf("no answer over the socket within 30s to %s", query)
		return nil
	}
}

// Close closes the connection normally, and waits for it to end.
func (so *Socket) Close() {
	_ = so.conn.Close(websocket.StatusNormalClosure, "")
	<-so.done
}

// Done is closed when the connection has ended.
func (so *Socket) Done() <-chan struct{} { return so.done }

// Closed returns the close code and reason the server sent; both are zero
// while the connection is open.
func (so *Socket) Closed() (websocket.StatusCode, string) {
	so.mu.Lock()
	defer so.mu.Unlock()
	return so.status, so.reason
}

// WaitClosed waits up to d for the connection to end and returns its close
// code and reason, and whether it ended.
func (so *Socket) WaitClosed(d time.Duration) (websocket.StatusCode, string, bool) {
	select {
	case <-so.done:
		code, reason := so.Closed()
		return code, reason, true
	case <-time.After(d):
		return 0, "", false
	}
}
