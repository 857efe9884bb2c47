package server_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
)

// proxy forwards TCP connections to a database server and can cut them all,
// as a database that stops would.
type proxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{t: t, addr: ln.Addr().String(), target: target}
	p.serve(ln)
	t.Cleanup(p.stop)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); up.Close() }()
			go func() { _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
}

// stop refuses new connections and cuts the open ones.
func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// start accepts connections again, on the same address.
func (p *proxy) start() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatalf("restarting the proxy: %v", err)
	}
	p.serve(ln)
}

// TestPostgresOutage runs a steady load while the database goes away for
// two seconds and comes back: during the outage requests fail fast with
// UNAVAILABLE and /readyz says so; after it the server recovers by itself,
// no request fails, and every acknowledged write is there.
func TestPostgresOutage(t *testing.T) {
	direct := testenv.PostgresDatabase(t)
	u, _ := url.Parse(direct)
	px := newProxy(t, u.Host)
	u.Host = px.addr
	// Migrate directly, serve through the proxy.
	pool, err := sql.Open("postgres", direct)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Migrate(context.Background(), pool); err != nil {
		t.Fatal(err)
	}
	pool.Close()
	s := testenv.StartOn(t, "postgres", store.Config{DatabaseURL: u.String()}, nil)
	admin := s.NewKey(t, "production", auth.FullAccess)

	type outcome struct {
		at    time.Time
		took  time.Duration
		code  string
		fid   string
		acked bool
	}
	var (
		mu       sync.Mutex
		outcomes []outcome
		wg       sync.WaitGroup
		stopLoad = make(chan struct{})
	)
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stopLoad:
					return
				default:
				}
				fid := fmt.Sprintf("w%d-%d", w, i)
				start := time.Now()
				r := s.Do(t, admin.Secret, `mutation($f: String) { createAuthAccess(input: {name: "load", permission: READ_ONLY, foreignId: $f}) { secretKey } }`, map[string]any{"f": fid})
				// Acknowledged means answered with the new key, nothing less:
				// an error without a code is no acknowledgement.
				var data struct{ CreateAuthAccess *struct{ SecretKey string } }
				acked := len(r.Errors) == 0 && json.Unmarshal(r.Data, &data) == nil &&
					data.CreateAuthAccess != nil && data.CreateAuthAccess.SecretKey != ""
				code := r.Code()
				if !acked && code == "" {
					code = "NO_CODE"
				}
				mu.Lock()
				outcomes = append(outcomes, outcome{start, time.Since(start), code, fid, acked})
				mu.Unlock()
				time.Sleep(20 * time.Millisecond)
			}
		})
	}
	time.Sleep(1500 * time.Millisecond)
	down := time.Now()
	px.stop()
	time.Sleep(300 * time.Millisecond)
	if status, body, _ := get(t, s.URL+"/readyz"); status != 503 {
		t.Errorf("/readyz during the outage: %d %q", status, body)
	}
	time.Sleep(1700 * time.Millisecond)
	up := time.Now()
	px.start()
	time.Sleep(2500 * time.Millisecond)
	close(stopLoad)
	wg.Wait()

	// A request belongs to the outage if it was under way at any moment of
	// it: it ended after the database went and began before the first
	// success once it was back.
	recovered := time.Time{}
	for _, o := range outcomes {
		if o.code == "" && o.at.After(up) && (recovered.IsZero() || o.at.Before(recovered)) {
			recovered = o.at
		}
	}
	var before, during, after, slow int
	codes := map[string]int{}
	for _, o := range outcomes {
		end := o.at.Add(o.took)
		switch {
		case end.Before(down):
			if o.code != "" {
				before++
			}
		case !recovered.IsZero() && !o.at.Before(recovered):
			if o.code != "" {
				after++
			}
		case o.code != "":
			during++
			codes[o.code]++
			if o.took > time.Second {
				slow++
			}
		}
	}
	t.Logf("%d requests: %d errors before, %d during the outage %v, %d after recovery; recovered %v after the database came back",
		len(outcomes), before, during, codes, after, recovered.Sub(up))
	if before != 0 || after != 0 {
		t.Errorf("errors outside the outage: %d before, %d after recovery", before, after)
	}
	if during == 0 || codes["UNAVAILABLE"] != during {
		t.Errorf("errors during the outage: %v, want all UNAVAILABLE", codes)
	}
	if slow > 0 {
		t.Errorf("%d failed requests took over a second: failing is not fast", slow)
	}
	if recovered.IsZero() || recovered.Sub(up) > 2*time.Second {
		t.Errorf("the server took %v to recover", recovered.Sub(up))
	}
	// Every acknowledged write is in the database.
	db, err := store.Open(context.Background(), store.Config{DatabaseURL: direct})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, o := range outcomes {
		if !o.acked {
			continue
		}
		var n int
		if err := db.SQL.QueryRow(`SELECT count(*) FROM auth_accesses WHERE foreign_id = $1`, o.fid).Scan(&n); err != nil || n != 1 {
			t.Errorf("acknowledged key %s: %d rows, %v", o.fid, n, err)
		}
	}
}
