package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestSlowClientsCannotHoldEveryConnection: an outsider who opens as many
// connections as the server serves at once (LATCHKEY_MAX_CONNECTIONS) and
// sends their headers a byte at a time delays a key's request by about a
// second, not for as long as it keeps them open; the outsider's oldest
// connection is closed, its next one is closed at once, and /metrics
// counts both. A bound below 1 is refused at start with the setting's
// name.
func TestSlowClientsCannotHoldEveryConnection(t *testing.T) {
	t.Setenv("LATCHKEY_DATABASE_URL", "")
	t.Setenv("LATCHKEY_MASTER_KEY", "")
	t.Setenv("LATCHKEY_MAX_CONNECTIONS", "0")
	if err := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir()}, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "LATCHKEY_MAX_CONNECTIONS must be a number of at least 1") {
		t.Errorf("LATCHKEY_MAX_CONNECTIONS=0: %v", err)
	}

	const places = 4
	t.Setenv("LATCHKEY_MAX_CONNECTIONS", strconv.Itoa(places))
	dir := t.TempDir()
	url, _, _ := startServe(t, dir)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"keys", "create", "--data-dir", dir, "--environment", "production", "--permission", "READ_ONLY", "--name", "reader", "--json"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var key struct{ SecretKey string }
	if err := json.Unmarshal(out.Bytes(), &key); err != nil {
		t.Fatal(err)
	}

	addr := strings.TrimPrefix(url, "http://")
	outsider := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}}
	var slow []net.Conn
	for range places {
		c, err := outsider.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := io.WriteString(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Le"); err != nil {
			t.Fatal(err)
		}
		slow = append(slow, c)
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // all served: the server is at its bound

	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	req, _ := http.NewRequest("POST", url+"/graphql", strings.NewReader(`{"query":"{ viewer { permission } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+key.SecretKey)
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("a key's request behind %d slow connections: %v", places, err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.HasPrefix(string(body), `{"data":{"viewer":{"permission":"READ_ONLY"}}`) {
		t.Fatalf("viewer = %d %s", resp.StatusCode, body)
	}
	t.Logf("answered after %v behind %d slow connections", time.Since(start).Round(time.Millisecond), places)

	if !closed(slow[0]) {
		t.Error("the oldest slow connection is still open")
	}
	// Once the outsider holds every place again, with connections that
	// have not sent their request (far more than its share), its next
	// connection is closed at once.
	refused := false
	for range places + 2 {
		c, err := outsider.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if closedWithin(c, 500*time.Millisecond) {
			refused = true
			break
		}
	}
	if !refused {
		t.Errorf("the outsider holds every place, and more of its connections are still accepted")
	}
	resp, err = client.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`(?m)^latchkey_connections_evicted_total (\d+)$`).FindSubmatch(metrics)
	if m == nil || string(m[1]) == "0" {
		t.Errorf("/metrics does not count the closed connections: %q", m)
	}
	if regexp.MustCompile(`(?m)^latchkey_connections_refused_total [1-9]`).Find(metrics) == nil {
		t.Error("/metrics does not count the connection refused")
	}
	if !regexp.MustCompile(`(?m)^latchkey_connections_served [1-4]$`).Match(metrics) {
		t.Error("/metrics does not count the connections served within the bound")
	}
}

// closed reports whether the server closed c within 5 seconds.
func closed(c net.Conn) bool { return closedWithin(c, 5*time.Second) }

// closedWithin reports whether the server closed c within d.
func closedWithin(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}
