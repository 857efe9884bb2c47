package conns

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// grace is the tests' grace period: long enough that a client sending its
// request at once is never slow, short enough to wait out.
const grace = 300 * time.Millisecond

// server serves handler over real TCP behind a Listener of bound max.
func server(t *testing.T, max int, handler http.Handler) (*Listener, string) {
	t.Helper()
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := New(tcp, max, grace)
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: time.Minute}
	l.Install(srv)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve ended with %v", err)
		}
	})
	return l, tcp.Addr().String()
}

func hello(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	_, _ = io.WriteString(w, "hello")
}

// locals numbers the loopback addresses dial connects from.
var locals atomic.Uint32

// dial opens a raw connection and writes prefix on it, from a loopback
// address of its own (so that no two connections share a client address).
func dial(t *testing.T, addr, prefix string) net.Conn {
	t.Helper()
	n := locals.Add(1)
	return dialFrom(t, net.IPv4(127, 1, byte(n/250), byte(1+n%250)), addr, prefix)
}

// dialFrom opens a raw connection from the loopback address local and
// writes prefix on it.
func dialFrom(t *testing.T, local net.IP, addr, prefix string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: local}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	_ = c.SetDeadline(time.Now().Add(20 * time.Second)) // a failure, not a hang
	if prefix != "" {
		if _, err := io.WriteString(c, prefix); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// get sends one GET on c and reads its answer's status line.
func get(c net.Conn, br *bufio.Reader) (string, error) {
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		return "", err
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return "", err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	return string(body), err
}

// closedByServer reports whether the server closed c, waiting up to d.
func closedByServer(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

// nextIsServedByEvicting checks that a new client of the server at addr,
// whose l is at its bound, is served, and that one connection was closed
// to make room for it.
func nextIsServedByEvicting(t *testing.T, l *Listener, addr string) {
	t.Helper()
	next := dial(t, addr, "")
	if body, err := get(next, bufio.NewReader(next)); err != nil || body != "hello" {
		t.Fatalf("next client: %q %v", body, err)
	}
	if l.Evicted() != 1 {
		t.Errorf("evicted %d connections, want 1", l.Evicted())
	}
}

// waitServed waits until l serves n connections.
func waitServed(t *testing.T, l *Listener, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); l.Served() != n; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("served %d connections, want %d", l.Served(), n)
		}
	}
}

// TestIdleConnectionsMakeRoom: at the bound, a new client is served at
// once by closing the connection idle longest; the one idle since later
// stays open and usable.
func TestIdleConnectionsMakeRoom(t *testing.T) {
	l, addr := server(t, 2, http.HandlerFunc(hello))
	older, newer := dial(t, addr, ""), dial(t, addr, "")
	for _, c := range []net.Conn{older, newer} {
		if body, err := get(c, bufio.NewReader(c)); err != nil || body != "hello" {
			t.Fatalf("first request: %q %v", body, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	third := dial(t, addr, "")
	start := time.Now()
	if body, err := get(third, bufio.NewReader(third)); err != nil || body != "hello" {
		t.Fatalf("third client: %q %v", body, err)
	}
	if took := time.Since(start); took >= grace {
		t.Errorf("the third client waited %v with idle connections to close", took)
	}
	if !closedByServer(older, time.Second) {
		t.Error("the connection idle longest was not closed")
	}
	if closedByServer(newer, 100*time.Millisecond) {
		t.Error("the connection idle since later was closed too")
	}
	if l.Evicted() != 1 {
		t.Errorf("evicted %d connections, want 1", l.Evicted())
	}
}

// TestSlowClientsMakeRoomAfterTheGrace: connections that send their
// request slowly (a header, or a body, that stops arriving) or send
// nothing hold their place for the grace period only once the bound is
// reached; the oldest goes first.
func TestSlowClientsMakeRoomAfterTheGrace(t *testing.T) {
	for name, prefix := range map[string]string{
		"silent":      "",
		"slow header": "GET / HTTP/1.1\r\nHo",
		"slow body":   "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"query\":",
	} {
		t.Run(name, func(t *testing.T) {
			l, addr := server(t, 2, http.HandlerFunc(hello))
			first := dial(t, addr, prefix)
			waitServed(t, l, 1)
			time.Sleep(20 * time.Millisecond)
			second := dial(t, addr, prefix)
			waitServed(t, l, 2)
			third := dial(t, addr, "")
			start := time.Now()
			if body, err := get(third, bufio.NewReader(third)); err != nil || body != "hello" {
				t.Fatalf("third client: %q %v", body, err)
			}
			if took := time.Since(start); took < grace/2 {
				t.Errorf("a slow client was closed after %v, before its grace of %v", took, grace)
			}
			if !closedByServer(first, time.Second) {
				t.Error("the oldest slow client was not closed")
			}
			if closedByServer(second, 100*time.Millisecond) {
				t.Error("the newer slow client was closed too")
			}
		})
	}
}

// TestAClientThatStopsReadingMakesRoom: a client that stops taking in a
// large answer holds its place for the grace period only.
func TestAClientThatStopsReadingMakesRoom(t *testing.T) {
	chunk := strings.Repeat("x", 1<<16)
	l, addr := server(t, 1, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/big" {
			for i := 0; i < 1024; i++ { // 64 MiB, more than any socket buffers
				if _, err := io.WriteString(w, chunk); err != nil {
					return
				}
			}
			return
		}
		hello(w, r)
	}))
	dial(t, addr, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
	waitServed(t, l, 1)
	nextIsServedByEvicting(t, l, addr)
}

// TestWorkInProgressIsNeverClosedForRoom: a connection whose request has
// arrived whole is served to the end however long its handler takes; a
// new client waits for it.
func TestWorkInProgressIsNeverClosedForRoom(t *testing.T) {
	release := make(chan struct{})
	l, addr := server(t, 1, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			_, _ = io.Copy(io.Discard, r.Body)
			<-release
		}
		hello(w, r)
	}))
	busy := dial(t, addr, "POST /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}")
	waitServed(t, l, 1)
	answered := make(chan string, 1)
	go func() {
		next := dial(t, addr, "")
		body, err := get(next, bufio.NewReader(next))
		if err != nil {
			body = err.Error()
		}
		answered <- body
	}()
	select {
	case body := <-answered:
		t.Fatalf("a new client was served (%q) while the only place was working", body)
	case <-time.After(3 * grace):
	}
	close(release)
	resp, err := http.ReadResponse(bufio.NewReader(busy), nil)
	if err != nil {
		t.Fatalf("the working connection lost its answer: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	if string(body) != "hello" {
		t.Errorf("working connection's answer: %q", body)
	}
	if body := <-answered; body != "hello" {
		t.Errorf("the waiting client got %q", body)
	}
	if l.Evicted() != 0 {
		t.Errorf("evicted %d connections, want 0", l.Evicted())
	}
}

// TestUpgradedConnectionsLeaveTheBound: a connection taken over from the
// server (a websocket) no longer counts.
func TestUpgradedConnectionsLeaveTheBound(t *testing.T) {
	var mu sync.Mutex
	var taken []net.Conn
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range taken {
			c.Close()
		}
	})
	l, addr := server(t, 1, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/upgrade" {
			c, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				mu.Lock()
				taken = append(taken, c)
				mu.Unlock()
				_, _ = io.WriteString(c, "HTTP/1.1 101 Switching Protocols\r\n\r\n")
			}
			return
		}
		hello(w, r)
	}))
	up := dial(t, addr, "GET /upgrade HTTP/1.1\r\nHost: x\r\n\r\n")
	if line, err := bufio.NewReader(up).ReadString('\n'); err != nil || !strings.Contains(line, "101") {
		t.Fatalf("upgrade: %q %v", line, err)
	}
	waitServed(t, l, 0)
	next := dial(t, addr, "")
	if body, err := get(next, bufio.NewReader(next)); err != nil || body != "hello" {
		t.Fatalf("next client: %q %v", body, err)
	}
	if closedByServer(up, 100*time.Millisecond) {
		t.Error("the upgraded connection was closed")
	}
}

// TestShutdownEndsAnAcceptWaitingForRoom: a server at its bound, whose
// Accept waits for room, still shuts down.
func TestShutdownEndsAnAcceptWaitingForRoom(t *testing.T) {
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	l := New(tcp, 1, grace)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release })}
	l.Install(srv)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	dial(t, tcp.Addr().String(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	waitServed(t, l, 1)
	dial(t, tcp.Addr().String(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	time.Sleep(50 * time.Millisecond) // the second waits for room
	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		shut <- srv.Shutdown(ctx)
	}()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve ended with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("Serve still waits for room after Shutdown")
	}
	close(release)
	if err := <-shut; err != nil {
		t.Errorf("Shutdown: %v", err)
	}
}
