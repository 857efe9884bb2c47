package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/testenv"
)

// TestServeAndKeysCreate starts the server on an empty SQLite data folder as
// a newcomer would, follows its hint to create the first key, uses the key,
// and stops the server as SIGTERM does.
func TestServeAndKeysCreate(t *testing.T) {
	t.Setenv("LATCHKEY_DATABASE_URL", "")
	t.Setenv("LATCHKEY_MASTER_KEY", "")
	dir := t.TempDir()
	ctx := context.Background()
	url, stderr, stop := startServe(t, dir)
	if !strings.Contains(stderr.String(), "keys create --environment production --permission FULL_ACCESS") {
		t.Errorf("serve on an empty database does not say how to get the first key:\n%s", stderr.String())
	}

	var stdout bytes.Buffer
	err := run(ctx, []string{"keys", "create", "--data-dir", dir, "--environment", "production", "--permission", "FULL_ACCESS", "--name", "admin", "--json"}, &stdout, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var key struct{ ID, Token, SecretKey, Environment, Permission string }
	if err := json.Unmarshal(stdout.Bytes(), &key); err != nil || key.SecretKey == "" || key.Token == "" || key.ID == "" {
		t.Fatalf("keys create --json printed %q (%v)", stdout.String(), err)
	}

	req, _ := http.NewRequest("POST", url+"/graphql", strings.NewReader(`{"query":"{ viewer { permission environment { slug } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+key.SecretKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := `{"data":{"viewer":{"permission":"FULL_ACCESS","environment":{"slug":"production"}}},`; !strings.HasPrefix(string(body), want) {
		t.Errorf("viewer = %s, want %s…", body, want)
	}
	if resp, err := http.Get(url + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("/healthz: %v %v", resp, err)
	}

	stop()
	for _, args := range [][]string{{"keys", "create", "--data-dir", dir, "--environment", "x", "--permission", "ROOT", "--name", "n"}, {"frobnicate"}} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%v succeeded", args)
		}
	}
}

// startServe runs serve on a free loopback port over the SQLite data
// folder dir, and returns its URL, its standard error, and the function
// that stops it as SIGTERM does and checks that it stopped cleanly.
func startServe(t *testing.T, dir string) (string, *testenv.Buffer, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &testenv.Buffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", dir}, io.Discard, stderr)
	}()
	var url string
	re := regexp.MustCompile(`GraphiQL at (http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(30 * time.Second); url == ""; time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			url = m[1]
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not say where it listens:\n%s", stderr.String())
		}
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve stopped with %v", err)
			}
		case <-time.After(40 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
	t.Cleanup(stop)
	return url, stderr, stop
}

// TestMasterKeys: master-key prints a new key; a data folder whose key
// file was replaced by another key is refused before anything is written
// with it; on PostgreSQL a process with no master key refuses to make one
// of its own, which no other process on the database would have.
func TestMasterKeys(t *testing.T) {
	ctx := context.Background()
	t.Setenv("LATCHKEY_DATABASE_URL", "")
	t.Setenv("LATCHKEY_MASTER_KEY", "")
	var out bytes.Buffer
	if err := run(ctx, []string{"master-key"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(out.String()))
	if err != nil || len(key) != 32 {
		t.Fatalf("master-key printed %q (%v), want 32 bytes in base64", out.String(), err)
	}

	createKey := func(dir string) error {
		return run(ctx, []string{"keys", "create", "--data-dir", dir, "--environment", "production", "--permission", "READ_ONLY", "--name", "k"}, io.Discard, io.Discard)
	}
	dir := t.TempDir()
	if err := createKey(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "master.key"), append(out.Bytes(), '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := createKey(dir); err == nil || !strings.Contains(err.Error(), "do not open this database") {
		t.Errorf("SQLite with a replaced key file: %v, want a refusal", err)
	}

	t.Setenv("LATCHKEY_DATABASE_URL", testenv.PostgresDatabase(t))
	if err := run(ctx, []string{"migrate"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	err = createKey(empty)
	if err == nil || !strings.Contains(err.Error(), "latchkey master-key") {
		t.Errorf("PostgreSQL without a master key: %v, want a refusal naming latchkey master-key", err)
	}
	if _, statErr := os.Stat(filepath.Join(empty, "master.key")); statErr == nil {
		t.Error("a key file was created for PostgreSQL")
	}
	t.Setenv("LATCHKEY_MASTER_KEY", strings.TrimSpace(out.String()))
	if err := createKey(empty); err != nil {
		t.Errorf("PostgreSQL with LATCHKEY_MASTER_KEY: %v", err)
	}
}
