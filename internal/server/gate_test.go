package server_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestSlowBodiesHoldNoSlot trickles request bodies: each is cut off after
// the body timeout with 408, and while they trickle, with a single slot,
// another caller's request runs at once. Before, a request took a slot
// before its body was read, and about 100 slow bodies raised another
// tenant's median from 10 ms to 4.5 s.
func TestSlowBodiesHoldNoSlot(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.MaxInFlight, c.BodyTimeout = 1, 300*time.Millisecond
	})
	widget := s.NewKey(t, "production", auth.CredentialsInOnly)
	reader := s.NewKey(t, "production", auth.ReadOnly)
	addr := strings.TrimPrefix(s.URL, "http://")
	statuses := make(chan string, 8)
	for range 8 {
		go func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				statuses <- err.Error()
				return
			}
			defer c.Close()
			body := `{"query":"{ viewer { permission } }"}`
			fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n%s", addr, widget.Secret, len(body), body[:5])
			_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
			answer, _ := io.ReadAll(c)
			statuses <- strings.SplitN(string(answer), "\r\n", 2)[0]
		}()
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if r := s.Do(t, reader.Secret, `{ viewer { permission } }`, nil); r.Code() != "" || time.Since(start) > 200*time.Millisecond {
		t.Errorf("another caller's request during the slow bodies: %s after %v", r.Body, time.Since(start))
	}
	for range 8 {
		if st := <-statuses; !strings.Contains(st, "408") {
			t.Errorf("a slow body was answered %q", st)
		}
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the slow bodies were cut off after %v", took)
	}
}

// TestSlotsAreSharedFairly holds slots with slow queries: one key runs at
// most its share of them, another key's query runs at once meanwhile, and
// websocket operations and HTTP requests take the same slots (a socket's
// 40 heavy counts made every other tenant get 503 before).
func TestSlotsAreSharedFairly(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.MaxInFlight, c.MaxInFlightPerCaller = 3, 2
		c.RequestTimeout = 2 * time.Second
	})
	heavy := s.NewKey(t, "production", auth.ReadOnly)
	light := s.NewKey(t, "production", auth.ReadOnly)
	for range 4 {
		s.Faults.Delay(testenv.BeforeStatement, `FROM "accounts"`, 700*time.Millisecond)
	}
	socket := s.Connect(t, heavy.Secret)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			q := `{ accounts { edges { node { id } } } }`
			if i%2 == 0 {
				socket.Do(q, nil)
			} else {
				s.Do(t, heavy.Secret, q, nil)
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	if r := s.Do(t, light.Secret, `{ viewer { permission } }`, nil); r.Code() != "" || time.Since(start) > 300*time.Millisecond {
		t.Errorf("another key, while the first ran its share: %s after %v", r.Body, time.Since(start))
	}
	wg.Wait()
	// Two rounds of two: the heavy key never ran more than its share.
	if took := time.Since(start); took < 1200*time.Millisecond {
		t.Errorf("four slow queries of one key took %v: more than two ran at once", took)
	}

	// With every slot taken, a request waits until its timeout and is
	// told to retry.
	busy := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.MaxInFlight, c.RequestTimeout = 1, 300*time.Millisecond
	})
	a := busy.NewKey(t, "production", auth.FullAccess)
	b := busy.NewKey(t, "production", auth.ReadOnly)
	busy.Do(t, b.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
	// A commit that takes a second holds the slot past any timeout.
	busy.Faults.Delay(testenv.BeforeCommit, `INSERT INTO "auth_accesses"`, time.Second)
	held := busy.Connect(t, a.Secret)
	go held.Do(`mutation { createAuthAccess(input: {name: "slow", permission: READ_ONLY}) { secretKey } }`, nil)
	time.Sleep(100 * time.Millisecond)
	req, _ := http.NewRequest(http.MethodPost, busy.URL+"/graphql", strings.NewReader(`{"query":"{ viewer { permission } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+b.Secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "UNAVAILABLE") {
		t.Errorf("an HTTP request while a websocket held the only slot: %d %s", resp.StatusCode, body)
	}
}

// TestWrongKeysAreThrottledPerAddress: wrong keys cost their address a
// budget of failures (at the anonymous rate, apart from its requests
// without a key), and once it is spent they are refused with 429 without
// a lookup, while keys that authenticated from there before go on; before,
// every wrong key cost a database lookup and was never limited.
func TestWrongKeysAreThrottledPerAddress(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.RateLimits = &ratelimit.Config{Anonymous: ratelimit.Rate{PerSecond: 0.1, Burst: 3}}
	})
	k := s.NewKey(t, "production", auth.ReadOnly)
	anonymous := s.NewKey(t, "production", auth.ReadOnly)
	s.Do(t, k.Secret, `{ viewer { permission } }`, nil)
	// Requests without a key spend the address's anonymous budget, not its
	// budget of failures: keys from the address keep working.
	for range 5 {
		s.Do(t, "", `{ __typename }`, nil)
	}
	if r := s.Do(t, anonymous.Secret, `{ viewer { permission } }`, nil); r.Code() != "" {
		t.Errorf("a valid key from an address that spent its anonymous budget: %s", r.Body)
	}
	// Well formed, so that they are checked: a wrong secret for a real
	// token (its key is in the server's cache), and a token that does not
	// exist (looked up).
	wrong, _ := auth.NewSecretKey(k.Token)
	unknown, _ := auth.NewSecretKey(auth.NewToken())
	for i, key := range []string{wrong, unknown, wrong} {
		s.Statements.Reset()
		if r := s.Do(t, key, `{ viewer { permission } }`, nil); r.Status != http.StatusUnauthorized || r.Code() != "UNAUTHENTICATED" {
			t.Errorf("wrong key %d: %d %s", i, r.Status, r.Body)
		}
		if n, _ := s.Statements.Count(); n > 1 {
			t.Errorf("wrong key %d: %d statements", i, n)
		}
	}
	s.Statements.Reset()
	for range 20 {
		if r := s.Do(t, wrong, `{ viewer { permission } }`, nil); r.Status != http.StatusTooManyRequests || r.Code() != "RATE_LIMITED" {
			t.Errorf("a wrong key once the address spent its budget: %d %s", r.Status, r.Body)
		}
	}
	if n, q := s.Statements.Count(); n != 0 {
		t.Errorf("throttled wrong keys ran %d statements: %v", n, q)
	}
	// A key that authenticated here before still does, from the same
	// address: clients behind one address are not locked out by another.
	if r := s.Do(t, k.Secret, `{ viewer { permission } }`, nil); r.Code() != "" {
		t.Errorf("a known key from a throttled address: %s", r.Body)
	}
}

// TestStatementsEndWithTheirRequest: on PostgreSQL every connection runs
// under a statement_timeout equal to the request timeout, and a request
// that times out cancels its query in the database.
func TestStatementsEndWithTheirRequest(t *testing.T) {
	for _, b := range testenv.Backends() {
		if b.Name != "postgres" {
			continue
		}
		s := testenv.StartWith(t, b, func(c *server.Config) { c.RequestTimeout = time.Second })
		var setting string
		if err := s.DB.SQL.QueryRow(`SHOW statement_timeout`).Scan(&setting); err != nil || setting != "1s" {
			t.Errorf("statement_timeout is %q (%v), want 1s", setting, err)
		}
		reader := s.NewKey(t, "production", auth.ReadOnly)
		s.Faults.Sleep(`FROM "accounts"`, 10*time.Second)
		start := time.Now()
		r := s.Do(t, reader.Secret, `{ accounts { edges { node { id } } } }`, nil)
		if r.Code() != "UNAVAILABLE" || time.Since(start) > 1500*time.Millisecond {
			t.Errorf("a query slower than the request timeout: %s after %v", r.Body, time.Since(start))
		}
		time.Sleep(200 * time.Millisecond)
		var sleeping int
		if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep%' AND state = 'active' AND pid <> pg_backend_pid()`).Scan(&sleeping); err != nil || sleeping != 0 {
			t.Errorf("%d queries of the timed-out request still run (%v)", sleeping, err)
		}
	}
}

// TestCORSAllowsNoOriginByDefault: with no origins configured, a browser
// on another origin is told nothing (rs/cors used to answer "*").
func TestCORSAllowsNoOriginByDefault(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.CORSOrigins = nil })
	for _, method := range []string{http.MethodOptions, http.MethodPost} {
		req, _ := http.NewRequest(method, s.URL+"/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Origin", "https://elsewhere.example")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("%s from another origin: Access-Control-Allow-Origin %q", method, got)
		}
	}
}

// TestHeavyOperationsHaveALaneOfTheirOwn: operations that read whole
// listings (a totalCount, a substring filter) run one at a time per key in
// a lane of a few places, while the same key's light queries and another
// key's counts go on. Before, one key's 40 counts at once starved every
// other tenant of the database.
func TestHeavyOperationsHaveALaneOfTheirOwn(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.MaxHeavyInFlight = 2 })
	heavy := s.NewKey(t, "production", auth.ReadOnly)
	other := s.NewKey(t, "production", auth.ReadOnly)
	for range 4 {
		s.Faults.Delay(testenv.BeforeStatement, `SELECT COUNT(`, 300*time.Millisecond)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for _, q := range []string{`{ accounts { totalCount } }`, `{ accounts { totalCount } }`, `{ accounts(filter: "identifier contains 'x'") { totalCount } }`} {
		wg.Go(func() { s.Do(t, heavy.Secret, q, nil) })
	}
	time.Sleep(50 * time.Millisecond)
	light := time.Now()
	if r := s.Do(t, heavy.Secret, `{ accounts(first: 5) { edges { node { id } } } }`, nil); r.Code() != "" || time.Since(light) > 200*time.Millisecond {
		t.Errorf("a light query of the counting key: %s after %v", r.Body, time.Since(light))
	}
	counted := time.Now()
	if r := s.Do(t, other.Secret, `{ accounts { totalCount } }`, nil); r.Code() != "" || time.Since(counted) > 600*time.Millisecond {
		t.Errorf("another key's count while the first key counts: %s after %v", r.Body, time.Since(counted))
	}
	wg.Wait()
	if took := time.Since(start); took < 850*time.Millisecond {
		t.Errorf("three slow counts of one key took %v: they ran side by side", took)
	}
}

// TestKeysAreCheckedWhenTheOperationRuns: a request whose key is disabled
// while its body is still arriving is refused (401), not run on the grant
// its headers got; before, the key was checked once, when the headers
// came, and a request could run up to the request timeout later.
func TestKeysAreCheckedWhenTheOperationRuns(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		k := s.NewKey(t, "production", auth.FullAccess)
		addr := strings.TrimPrefix(s.URL, "http://")
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		body := `{"query":"mutation { createAuthAccess(input: {name: \"late\", permission: FULL_ACCESS}) { secretKey } }"}`
		fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n%s", addr, k.Secret, len(body), body[:10])
		time.Sleep(100 * time.Millisecond)
		s.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": k.ID}, &map[string]any{})
		fmt.Fprint(c, body[10:])
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatal(err)
		}
		answer, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(string(answer), "UNAUTHENTICATED") {
			t.Errorf("a request whose key was disabled while its body arrived: %d %.300s", resp.StatusCode, answer)
		}
		var n int
		if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM auth_accesses WHERE name = 'late'`).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d keys were made (%v)", n, err)
		}
	})
}

// TestSubscriptionsNeedAWebsocket: a subscription posted over HTTP is
// refused; before, it took no slot, counted against no bound, and held the
// request open until its first event.
func TestSubscriptionsNeedAWebsocket(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	start := time.Now()
	r := s.Do(t, reader.Secret, `subscription { events { type } }`, nil)
	if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "websocket") || time.Since(start) > time.Second {
		t.Errorf("a subscription over HTTP: %s after %v", r.Body, time.Since(start))
	}
}

// TestDeepVariablesAreRefusedCheaply: variables nested thousands of levels
// deep are refused before they are coerced or walked, with or without a
// key.
func TestDeepVariablesAreRefusedCheaply(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	deep := `{}`
	for range 5000 {
		deep = `{"not":` + deep + `}`
	}
	body := `{"query":"query($w: AccountWhereInput) { accounts(where: $w) { edges { node { id } } } }","variables":{"w":` + deep + `}}`
	for _, secret := range []string{"", reader.Secret} {
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set("Authorization", "Bearer "+secret)
		}
		start := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		answer, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want, says := "BAD_USER_INPUT", "nest"
		if secret == "" {
			want, says = "UNAUTHENTICATED", "API key" // not even read
		}
		if !strings.Contains(string(answer), want) || !strings.Contains(string(answer), says) || time.Since(start) > 500*time.Millisecond {
			t.Errorf("variables 5,000 levels deep (key %v): %.300s after %v", secret != "", answer, time.Since(start))
		}
	}
}

// TestPageSizesGivenAsStringsArePriced: gqlgen accepts an Int variable
// given as a string; its page size is priced like a number's, not as the
// default page size.
func TestPageSizesGivenAsStringsArePriced(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	reader := s.NewKey(t, "production", auth.ReadOnly)
	var got struct {
		Extensions struct{ Cost struct{ Requested int } }
	}
	decodeExtensions(t, s.Do(t, reader.Secret, `query($n: Int) { accounts(first: $n) { edges { node { id identifier } } } }`, map[string]any{"n": "100"}), &got)
	if want := 1 + 100*4; got.Extensions.Cost.Requested != want {
		t.Errorf("first: \"100\" priced %d, want %d", got.Extensions.Cost.Requested, want)
	}
}

// TestAFloodOfOneKeyIsRefusedAtOnce: a key that sends far more than it may
// run finds its queue bounded. Requests past the bound are answered 503
// with Retry-After at once instead of waiting their whole timeout, each
// holding its memory (an open-loop overload grew the server to 284 MiB),
// while another key's request still runs.
func TestAFloodOfOneKeyIsRefusedAtOnce(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.MaxInFlight, c.MaxInFlightPerCaller = 2, 1
		c.RequestTimeout = 3 * time.Second
	})
	flood := s.NewKey(t, "production", auth.ReadOnly)
	other := s.NewKey(t, "production", auth.ReadOnly)
	s.Do(t, other.Secret, `{ viewer { permission } }`, nil) // records lastUsedTime
	const held = 2 * time.Second
	for range 1 + server.QueuedPerSlot {
		s.Faults.Delay(testenv.BeforeStatement, `FROM "accounts"`, held)
	}
	q := `{ accounts { edges { node { id } } } }`
	var wg sync.WaitGroup
	for range 1 + server.QueuedPerSlot { // one runs, the others queue
		wg.Go(func() {
			// Those that wait out their time are refused with a code too.
			if r := s.Do(t, flood.Secret, q, nil); r.Code() != "UNAVAILABLE" && !strings.Contains(r.Body, `"accounts":{`) {
				t.Errorf("a flooding request: %d %s, want its page or UNAVAILABLE", r.Status, r.Body)
			}
		})
	}
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"`+q+`"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+flood.Secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if took := time.Since(start); resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || took > held/2 {
		t.Errorf("a request past the key's queue: %d %s after %v, want 503 with Retry-After at once", resp.StatusCode, body, took)
	}
	start = time.Now()
	if r := s.Do(t, other.Secret, `{ viewer { permission } }`, nil); r.Code() != "" || time.Since(start) > held/2 {
		t.Errorf("another key during the flood: %s after %v", r.Body, time.Since(start))
	}
	wg.Wait()
}
