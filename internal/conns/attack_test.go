package conns

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// held is a handler whose /lookup stands for the server's own work before
// it reads a request's body (a key looked up in the database): it reports
// that it began, waits for release, then reads the body and answers.
// Other paths answer at once.
func held(entered chan<- struct{}, release <-chan struct{}) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/lookup" {
			entered <- struct{}{}
			<-release
		}
		hello(w, r)
	})
}

// waitFor waits for ch, failing the test after a while.
func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not happen", what)
	}
}

// answer reads one answer on br and returns its body, or the error.
func answer(br *bufio.Reader) string {
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err.Error()
	}
	return string(body)
}

// TestARequestOnAKeptAliveConnectionIsNotIdle: net/http reports no new
// state for a request that arrives whole on a kept-alive connection, so
// such a connection must not still count as idle (the first to close for
// room) while its request is handled, before its body is read.
func TestARequestOnAKeptAliveConnectionIsNotIdle(t *testing.T) {
	entered, release := make(chan struct{}, 1), make(chan struct{})
	l, addr := server(t, 1, held(entered, release))
	kept := dial(t, addr, "")
	br := bufio.NewReader(kept)
	if body, err := get(kept, br); err != nil || body != "hello" {
		t.Fatalf("first request: %q %v", body, err)
	}
	if _, err := io.WriteString(kept, "POST /lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, entered, "the second request's handler")
	next := dial(t, addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	time.Sleep(3 * grace) // the new client has had time to make room
	close(release)
	if body := answer(br); body != "hello" {
		t.Fatalf("the kept-alive request was cut off in its handler: %q", body)
	}
	if body := answer(bufio.NewReader(next)); body != "hello" {
		t.Errorf("the new client got %q", body)
	}
	if l.Evicted() != 1 {
		t.Errorf("evicted %d connections, want 1 (the kept-alive one, once idle)", l.Evicted())
	}
}

// TestTheServersOwnWorkIsNotTheClientsDelay: the time a handler takes
// before it asks for a request's body (looking its key up), and the wait
// for an `Expect: 100-continue` client that may send its body only once
// asked, are the server's, not a slow client's: the connection is not
// closed for room meanwhile.
func TestTheServersOwnWorkIsNotTheClientsDelay(t *testing.T) {
	for name, expect := range map[string]bool{"body sent": false, "100-continue": true} {
		t.Run(name, func(t *testing.T) {
			entered, release := make(chan struct{}, 1), make(chan struct{})
			_, addr := server(t, 1, held(entered, release))
			head := "POST /lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
			if expect {
				head += "Expect: 100-continue\r\n\r\n"
			} else {
				head += "\r\n{}"
			}
			working := dial(t, addr, head)
			br := bufio.NewReader(working)
			waitFor(t, entered, "the handler")
			next := dial(t, addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
			time.Sleep(3 * grace) // longer than a slow client's grace
			close(release)
			if expect {
				if line, err := br.ReadString('\n'); err != nil || !strings.Contains(line, "100") {
					t.Fatalf("100-continue: %q %v", line, err)
				}
				if _, err := br.ReadString('\n'); err != nil {
					t.Fatal(err)
				}
				if _, err := io.WriteString(working, "{}"); err != nil {
					t.Fatalf("sending the body once asked: %v", err)
				}
			}
			if body := answer(br); body != "hello" {
				t.Fatalf("the request was cut off while its handler worked: %q", body)
			}
			if body := answer(bufio.NewReader(next)); body != "hello" {
				t.Errorf("the new client got %q", body)
			}
		})
	}
}

// TestARefusedExpectContinueIsNotAskedForItsBody: a handler that answers
// an `Expect: 100-continue` request without reading its body (a key
// refused) answers at once, as without the Listener: net/http does not
// wait for a body its client sends only once asked.
func TestARefusedExpectContinueIsNotAskedForItsBody(t *testing.T) {
	_, addr := server(t, 4, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
	}))
	c := dial(t, addr, "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100000\r\n\r\n")
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("no answer without the body: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("answered %d, want 401 without asking for the body", resp.StatusCode)
	}
}

// TestABodyClosedUnreadIsNotTakenForTheNextRequest: when a handler closes
// a large body it did not read (defer r.Body.Close(), an early refusal),
// net/http closes the connection after the answer; the rest of the body,
// which a client (or a proxy's other client) controls, is never read as a
// request of its own.
func TestABodyClosedUnreadIsNotTakenForTheNextRequest(t *testing.T) {
	var smuggled atomic.Int32
	_, addr := server(t, 4, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer r.Body.Close()
		if r.URL.Path == "/smuggled" {
			smuggled.Add(1)
		}
		_, _ = io.WriteString(w, "refused")
	}))
	inner := "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
	body := inner + strings.Repeat("x", 300<<10)
	c := dial(t, addr, "")
	go func() {
		_, _ = io.WriteString(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"+body)
	}()
	br := bufio.NewReader(c)
	if got := answer(br); got != "refused" {
		t.Fatalf("first answer: %q", got)
	}
	if resp, err := http.ReadResponse(br, nil); err == nil {
		resp.Body.Close()
		t.Errorf("the body's rest was served as a request of its own (%s)", resp.Status)
	}
	if n := smuggled.Load(); n != 0 {
		t.Errorf("the handler saw %d requests hidden in a body", n)
	}
}

// TestWaitingForRoomDoesNotUseUpTheGrace: a client that waited for room
// longer than the grace period (every place was working) has its own
// grace once served, rather than being closed at once by the next client
// before its request could be read.
func TestWaitingForRoomDoesNotUseUpTheGrace(t *testing.T) {
	entered, release := make(chan struct{}, 1), make(chan struct{})
	_, addr := server(t, 1, held(entered, release))
	working := dial(t, addr, "GET /lookup HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	waitFor(t, entered, "the handler")
	late := dial(t, addr, "GET / HTTP/1.1\r\nHo") // waits for room, its header half sent
	time.Sleep(2 * grace)
	dial(t, addr, "") // the next one, behind it
	released := time.Now()
	close(release)
	if body := answer(bufio.NewReader(working)); body != "hello" {
		t.Fatalf("working connection: %q", body)
	}
	// late is served once working has closed, after released: it may be
	// closed for room a grace period after that, not before.
	_ = late.SetReadDeadline(released.Add(grace / 2))
	_, err := late.Read(make([]byte, 1))
	if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
		t.Errorf("the client that had waited for room was closed at once (%v)", err)
	}
}

// TestABodyNobodyReadsStillMakesRoom: a handler that writes an answer
// without reading the request's body makes net/http read that body
// itself (to keep the connection); a client that never sends it is slow,
// and makes room after the grace period.
func TestABodyNobodyReadsStillMakesRoom(t *testing.T) {
	page := strings.Repeat("x", 8<<10)
	l, addr := server(t, 1, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/page" {
			_, _ = io.WriteString(w, page)
			return
		}
		hello(w, r)
	}))
	dial(t, addr, "GET /page HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nab")
	waitServed(t, l, 1)
	nextIsServedByEvicting(t, l, addr)
}

// TestARefusedUploadEndsCleanly: when a handler refuses a body larger
// than it takes (http.MaxBytesReader), net/http answers, shuts the
// connection's writing side so the client sees its end at once, and
// closes it a little later. Through the Listener too, the client reads the
// answer and then the end, not a reset that may take the answer with it.
func TestARefusedUploadEndsCleanly(t *testing.T) {
	_, addr := server(t, 4, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)); err != nil {
			http.Error(w, "too large", http.StatusRequestEntityTooLarge)
			return
		}
		hello(w, r)
	}))
	c := dial(t, addr, "")
	body := strings.Repeat("x", 4<<20)
	go func() {
		_, _ = io.WriteString(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"+body)
	}()
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("answered %d, want 413", resp.StatusCode)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		t.Errorf("after the answer: %v, want the end of the connection", err)
	}
}

// TestAFloodFromOneAddressCannotQueueAheadOfOthers: an address opening
// silent connections far faster than the grace lets them go would fill
// the kernel's accept queue ahead of every other client, each taking a
// place for a grace period in turn. At the bound, its connections beyond
// its share are closed as soon as they are accepted, so a client of
// another address is served after about a grace period.
func TestAFloodFromOneAddressCannotQueueAheadOfOthers(t *testing.T) {
	l, addr := server(t, 8, http.HandlerFunc(hello))
	stop := make(chan struct{})
	flooded := make(chan int)
	go func() {
		// The flood holds its last 3,000 connections open and goes on
		// opening new ones until the test ends.
		const held = 3000
		var open []net.Conn
		n := 0
		defer func() {
			for _, c := range open {
				c.Close()
			}
			flooded <- n
		}()
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 9)}, Timeout: time.Second}
		for {
			select {
			case <-stop:
				return
			default:
			}
			if c, err := d.Dial("tcp", addr); err == nil {
				n++
				open = append(open, c)
				if len(open) > held {
					open[0].Close()
					open = open[1:]
				}
			}
		}
	}()
	time.Sleep(2 * time.Second)
	start := time.Now()
	c := dialFrom(t, net.IPv4(127, 0, 0, 2), addr, "")
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	body, err := get(c, bufio.NewReader(c))
	took := time.Since(start)
	close(stop)
	n := <-flooded
	if err != nil || body != "hello" {
		t.Fatalf("a client behind a flood of %d connections: %q %v after %v", n, body, err, took)
	}
	if took > 5*grace {
		t.Errorf("a client behind a flood of %d connections waited %v", n, took)
	}
	if l.Refused() == 0 {
		t.Errorf("none of the flood's %d connections was refused", n)
	}
	t.Logf("served after %v behind a flood of %d connections, %d refused", took.Round(time.Millisecond), n, l.Refused())
}
