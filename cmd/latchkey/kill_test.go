package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// helperEnv makes the test binary run the latchkey command instead of the
// tests, so that a test can run and kill a real server process.
const helperEnv = "LATCHKEY_TEST_RUN_COMMAND"

func TestMain(m *testing.M) {
	if args := os.Getenv(helperEnv); args != "" {
		os.Exit(runMain(strings.Fields(args)))
	}
	os.Exit(m.Run())
}

// setUp returns a data folder with a FULL_ACCESS key made by the keys
// command, and a free local address.
func setUp(t *testing.T) (dir, addr string, key struct{ ID, SecretKey string }) {
	dir = t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr = ln.Addr().String()
	ln.Close()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"keys", "create", "--data-dir", dir, "--environment", "production", "--permission", "FULL_ACCESS", "--name", "admin", "--json"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out.Bytes(), &key); err != nil {
		t.Fatal(err)
	}
	return dir, addr, key
}

// startServer runs `latchkey serve` in a process of its own on dir, with
// the extra environment variables env.
func startServer(t *testing.T, dir, addr string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), helperEnv+"=serve --data-dir "+dir+" --addr "+addr,
		"LATCHKEY_DATABASE_URL=", "LATCHKEY_RATE_LIMIT_FULL_ACCESS=0", "LATCHKEY_REVERIFY_INTERVAL=0")
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			return cmd
		}
	}
	t.Fatal("the server did not start")
	return nil
}

func gql(addr, secret, query string, vars map[string]any) (map[string]any, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out["errors"] != nil {
		return nil, fmt.Errorf("%v", out["errors"])
	}
	return out, nil
}

// TestNoAcknowledgedWriteIsLostOnSIGKILL streams writes (new keys, and
// changes to one key) at a server process, kills it with SIGKILL, starts it
// again, and finds every write it acknowledged.
func TestNoAcknowledgedWriteIsLostOnSIGKILL(t *testing.T) {
	dir, addr, key := setUp(t)
	server := startServer(t, dir, addr)

	var mu sync.Mutex
	created := map[string]bool{}
	lastDescription := ""
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := 0; ; i++ {
				fid := fmt.Sprintf("w%d-%d", w, i)
				if _, err := gql(addr, key.SecretKey, `mutation($f: String) { createAuthAccess(input: {name: "n", permission: READ_ONLY, foreignId: $f}) { secretKey } }`, map[string]any{"f": fid}); err != nil {
					return // the server is gone
				}
				mu.Lock()
				created[fid] = true
				mu.Unlock()
				if w == 0 {
					d := fmt.Sprintf("change %d", i)
					if _, err := gql(addr, key.SecretKey, `mutation($id: ID, $d: String) { updateAuthAccess(id: $id, change: {description: $d}) { authAccess { id } } }`, map[string]any{"id": key.ID, "d": d}); err != nil {
						return
					}
					mu.Lock()
					lastDescription = d
					mu.Unlock()
				}
			}
		})
	}
	time.Sleep(1500 * time.Millisecond)
	if err := server.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = server.Wait()
	wg.Wait()

	startServer(t, dir, addr)
	res, err := gql(addr, key.SecretKey, `{ authAccesses(first: 100, filter: "name = 'n'") { totalCount } viewer { authAccess { description } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	data := res["data"].(map[string]any)
	total := int(data["authAccesses"].(map[string]any)["totalCount"].(float64))
	description, _ := data["viewer"].(map[string]any)["authAccess"].(map[string]any)["description"].(string)
	if total < len(created) {
		t.Errorf("%d keys acknowledged, %d found after SIGKILL", len(created), total)
	}
	for fid := range created {
		if _, err := gql(addr, key.SecretKey, `query($f: String) { authAccess(foreignId: $f) { id } }`, map[string]any{"f": fid}); err != nil {
			t.Errorf("acknowledged key %s is gone: %v", fid, err)
		}
	}
	var got, want int
	fmt.Sscanf(description, "change %d", &got)
	fmt.Sscanf(lastDescription, "change %d", &want)
	if lastDescription != "" && got < want {
		t.Errorf("description = %q, want the last acknowledged change %q (or a later one)", description, lastDescription)
	}
	t.Logf("%d keys and changes up to %q acknowledged before SIGKILL; %d keys after restart, description %q", len(created), lastDescription, total, description)
}

// TestSIGTERMFinishesRequestsInFlight sends SIGTERM while a request waits
// on a slow source: the request completes, then the process exits cleanly.
func TestSIGTERMFinishesRequestsInFlight(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Second)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id": "acct_slow"}`)
	}))
	defer slow.Close()
	dir, addr, key := setUp(t)
	server := startServer(t, dir, addr, "LATCHKEY_SOURCE_STRIPE_URL="+slow.URL)

	done := make(chan error, 1)
	go func() {
		_, err := gql(addr, key.SecretKey, `mutation { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: {secretKey: "sk_test_slow"}}) { account { identifier } } }`, nil)
		done <- err
	}()
	time.Sleep(300 * time.Millisecond)
	if err := server.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Errorf("the request in flight at SIGTERM failed: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- server.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("the server exited with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("the server did not exit after SIGTERM")
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("the server still answers after SIGTERM")
	}
}
