package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMessage is a graphql-transport-ws message.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsConn is one graphql-transport-ws connection to /graphql, authenticated
// in its connection_init payload. A reader records every operation's
// answers and when and how the server closed the socket.
type wsConn struct {
	conn   *websocket.Conn
	ctx    context.Context
	cancel context.CancelFunc

	mu     sync.Mutex
	ops    map[string]*wsOp
	seq    int
	closed chan struct{}
	// Set when the socket closed: when, and the close code and reason the
	// server sent (code -1 when it sent none).
	closedAt    time.Time
	closeCode   websocket.StatusCode
	closeReason string
}

// wsOp is one operation sent over a wsConn.
type wsOp struct {
	ID    string
	Sent  time.Time
	Nexts []json.RawMessage // the payloads of its next messages
	Error json.RawMessage   // the payload of its error message, if any
	// Ended is when it completed or failed; zero while it runs.
	Ended time.Time

	done  chan struct{}
	first chan struct{} // closed at the first next
}

// dialWS opens a connection to t with secret in the connection_init
// payload and waits (up to 10 s) for connection_ack. The connection lasts
// until Close, whatever window it was opened in.
func dialWS(t *target, secret string) (*wsConn, error) {
	ctx, cancel := context.WithCancel(context.Background())
	dialCtx, dialCancel := context.WithTimeout(ctx, 10*time.Second)
	defer dialCancel()
	conn, _, err := websocket.Dial(dialCtx, "ws"+strings.TrimPrefix(t.url, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		cancel()
		return nil, err
	}
	conn.SetReadLimit(1 << 30)
	init, _ := json.Marshal(map[string]string{"Authorization": "Bearer " + secret})
	if err := wsjson.Write(dialCtx, conn, wsMessage{Type: "connection_init", Payload: init}); err != nil {
		cancel()
		return nil, err
	}
	var ack wsMessage
	if err := wsjson.Read(dialCtx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		cancel()
		conn.CloseNow()
		return nil, fmt.Errorf("connection_init answered %s %s, %v", ack.Type, ack.Payload, err)
	}
	w := &wsConn{conn: conn, ctx: ctx, cancel: cancel, ops: map[string]*wsOp{}, closed: make(chan struct{})}
	go w.read()
	return w, nil
}

// read dispatches the server's messages to their operations until the
// socket closes.
func (w *wsConn) read() {
	for {
		var m wsMessage
		if err := wsjson.Read(w.ctx, w.conn, &m); err != nil {
			w.mu.Lock()
			w.closedAt, w.closeCode = time.Now(), websocket.CloseStatus(err)
			var ce websocket.CloseError
			if errors.As(err, &ce) {
				w.closeReason = ce.Reason
			}
			w.mu.Unlock()
			close(w.closed)
			return
		}
		if m.Type == "ping" {
			_ = wsjson.Write(w.ctx, w.conn, wsMessage{Type: "pong"})
			continue
		}
		w.mu.Lock()
		op := w.ops[m.ID]
		if op != nil && op.Ended.IsZero() {
			switch m.Type {
			case "next":
				op.Nexts = append(op.Nexts, m.Payload)
				if len(op.Nexts) == 1 {
					close(op.first)
				}
			case "error":
				op.Error = m.Payload
				op.Ended = time.Now()
				close(op.done)
			case "complete":
				op.Ended = time.Now()
				close(op.done)
			}
		}
		w.mu.Unlock()
	}
}

// send sends a subscribe message of query with vars and returns its
// operation, or an error when the socket cannot take it.
func (w *wsConn) send(query string, vars map[string]any) (*wsOp, error) {
	payload, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	w.mu.Lock()
	w.seq++
	op := &wsOp{ID: strconv.Itoa(w.seq), Sent: time.Now(), done: make(chan struct{}), first: make(chan struct{})}
	w.ops[op.ID] = op
	w.mu.Unlock()
	return op, wsjson.Write(w.ctx, w.conn, wsMessage{ID: op.ID, Type: "subscribe", Payload: payload})
}

// wait waits up to d for op to end and reports whether it did.
func (w *wsConn) wait(op *wsOp, d time.Duration) bool {
	select {
	case <-op.done:
		return true
	case <-w.closed:
		return false
	case <-time.After(d):
		return false
	}
}

// outcome returns how op went: "ok" when its first answer holds no
// errors, else the first error's code (or its message, without request
// IDs); an error message after an answer follows as ", then …". It is
// "closed" when the socket closed first, "" while op has no answer.
func (w *wsConn) outcome(op *wsOp) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var parts []string
	if len(op.Nexts) > 0 {
		var p struct{ Errors []gqlError }
		_ = json.Unmarshal(op.Nexts[0], &p)
		parts = append(parts, describe(p.Errors))
	}
	if op.Error != nil {
		var errs []gqlError
		_ = json.Unmarshal(op.Error, &errs)
		parts = append(parts, describe(errs))
	}
	if len(parts) == 0 && !w.closedAt.IsZero() {
		return "closed"
	}
	return strings.Join(parts, ", then ")
}

// requestIDs matches the request IDs in error messages.
var requestIDs = regexp.MustCompile(`req_[0-9A-Za-z]+`)

// describe returns "ok" for no errors, else the first one's code, or its
// message when it has none.
func describe(errs []gqlError) string {
	switch {
	case len(errs) == 0:
		return "ok"
	case errs[0].Extensions.Code != "":
		return errs[0].Extensions.Code
	}
	return fmt.Sprintf("error %q (no code)", requestIDs.ReplaceAllString(errs[0].Message, "req_…"))
}

// data returns the data of op's first answer.
func (w *wsConn) data(op *wsOp) json.RawMessage {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(op.Nexts) == 0 {
		return nil
	}
	var p struct{ Data json.RawMessage }
	_ = json.Unmarshal(op.Nexts[0], &p)
	return p.Data
}

// deliveries returns how many next messages op received.
func (w *wsConn) deliveries(op *wsOp) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(op.Nexts)
}

// closedState says whether and how the server closed the socket: its code
// and reason, and when.
func (w *wsConn) closedState() (closed bool, at time.Time, code websocket.StatusCode, reason string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return !w.closedAt.IsZero(), w.closedAt, w.closeCode, w.closeReason
}

// Close closes the socket.
func (w *wsConn) Close() {
	_ = w.conn.Close(websocket.StatusNormalClosure, "")
	w.cancel()
}
