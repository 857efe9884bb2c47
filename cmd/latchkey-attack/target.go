package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/proc"
	"github.com/latchkey/latchkey/internal/vault"
)

// key is an API key as `latchkey keys create --json` prints it.
type key struct {
	ID          string `json:"id"`
	Token       string `json:"token"`
	SecretKey   string `json:"secretKey"`
	Environment string `json:"environment"`
	Permission  string `json:"permission"`
}

// The two tenants: environments of their own.
const (
	victimEnv   = "victim"
	attackerEnv = "attacker"
)

// target is the server under attack: a latchkey binary over data of its
// own (a SQLite folder, or a PostgreSQL database made for it), with the
// keys both tenants start with.
type target struct {
	c     config
	bin   string
	dir   string // the data folder: SQLite's database, the master key, logs
	dbURL string // the PostgreSQL database; empty on SQLite
	// masterKey is the master key of the target's processes on PostgreSQL.
	masterKey string
	db        *pgWatch
	fake      *fakesource.Server
	undo      *cleanups
	close     func()

	// The keys made with `latchkey keys create`.
	victimReader, victimAdmin, attackerAdmin key
	// victimAccounts are the IDs of the accounts the victim's query lists.
	victimAccounts []string
	// fatMetadata is the metadata size of the memory attack's accounts: the
	// most the server accepted.
	fatMetadata int

	cmd    *exec.Cmd
	stop   func()
	url    string // http://host:port of the running process
	logs   string // the running process's log file
	starts int
}

// newTarget makes fresh data (a folder and, with c.databaseURL, a migrated
// database), creates the tenants' keys, starts the server and seeds the
// victim's accounts.
func newTarget(ctx context.Context, c config, bin string, undo *cleanups) (*target, error) {
	dir, err := os.MkdirTemp("", "latchkey-attack")
	if err != nil {
		return nil, err
	}
	t := &target{c: c, bin: bin, dir: dir, undo: undo, fake: fakesource.Start()}
	var closers []func()
	t.close = once(func() {
		t.Stop()
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	})
	undo.add(t.close)
	closers = append(closers, func() { os.RemoveAll(dir) }, t.fake.Close)
	if c.databaseURL != "" {
		url, drop, err := createDatabase(ctx, c.databaseURL)
		if err != nil {
			t.close()
			return nil, err
		}
		closers = append(closers, drop)
		t.dbURL = url
		t.masterKey = base64.StdEncoding.EncodeToString(vault.NewKey())
		if out, err := t.command(ctx, "migrate"); err != nil {
			t.close()
			return nil, fmt.Errorf("latchkey migrate: %v: %s", err, out)
		}
		if t.db, err = watchDatabase(c.databaseURL, url); err != nil {
			t.close()
			return nil, err
		}
		closers = append(closers, t.db.Close)
	}
	for _, k := range []struct {
		dst              *key
		env, perm, named string
	}{
		{&t.victimReader, victimEnv, "READ_ONLY", "victim-reader"},
		{&t.victimAdmin, victimEnv, "FULL_ACCESS", "victim-admin"},
		{&t.attackerAdmin, attackerEnv, "FULL_ACCESS", "attacker-admin"},
	} {
		if *k.dst, err = t.createKey(ctx, k.env, k.perm, k.named); err != nil {
			t.close()
			return nil, err
		}
	}
	if err := t.start(nil); err != nil {
		t.close()
		return nil, err
	}
	if t.victimAccounts, err = seedVictim(ctx, t); err != nil {
		t.close()
		return nil, fmt.Errorf("seeding the victim: %w", err)
	}
	return t, nil
}

// Close stops the server and removes its data.
func (t *target) Close() { t.close() }

// environ returns the environment of a latchkey command: this process's
// without any LATCHKEY_ setting (the server runs with its defaults), plus
// the database, and extra.
func (t *target) environ(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LATCHKEY_") {
			env = append(env, kv)
		}
	}
	if t.dbURL != "" {
		// Processes on one PostgreSQL database share their master keys.
		env = append(env, "LATCHKEY_DATABASE_URL="+t.dbURL, "LATCHKEY_MASTER_KEY="+t.masterKey)
	}
	return append(env, extra...)
}

// command runs a latchkey command over the target's data and returns its
// standard output.
func (t *target) command(ctx context.Context, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, t.bin, args...)
	cmd.Env = t.environ("LATCHKEY_DATA_DIR=" + t.dir)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.Stderr, err
	}
	return out, err
}

// createKey makes a key with `latchkey keys create --json`.
func (t *target) createKey(ctx context.Context, env, perm, name string) (key, error) {
	out, err := t.command(ctx, "keys", "create", "--environment", env, "--permission", perm, "--name", name, "--json")
	if err != nil {
		return key{}, fmt.Errorf("latchkey keys create: %v: %s", err, out)
	}
	var k key
	if err := json.Unmarshal(out, &k); err != nil || k.SecretKey == "" {
		return key{}, fmt.Errorf("latchkey keys create printed %q: %v", out, err)
	}
	return k, nil
}

// start starts the server process with its defaults except: the
// re-verifier off (its rounds would blur the CPU figures), Stripe's API at
// the local fake, JSON logs into the data folder, and extra settings.
func (t *target) start(extra []string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	ln.Close()
	t.starts++
	t.logs = filepath.Join(t.dir, fmt.Sprintf("server-%d.log", t.starts))
	logFile, err := os.Create(t.logs)
	if err != nil {
		return err
	}
	defer logFile.Close()
	args := onCPU(t.c.pin, "0", t.bin, "serve", "--addr", addr, "--data-dir", t.dir)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = t.environ(append([]string{"LATCHKEY_REVERIFY_INTERVAL=0", "LATCHKEY_SOURCE_STRIPE_URL=" + t.fake.URL,
		"LATCHKEY_LOG_FORMAT=json"}, extra...)...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group: a Ctrl-C in the terminal reaches this tool,
	// which stops the server itself.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return err
	}
	t.cmd, t.url = cmd, "http://"+addr
	t.stop = once(func() { stopProcess(cmd) })
	t.undo.add(t.stop)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(t.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	t.Stop()
	log, _ := os.ReadFile(t.logs)
	return fmt.Errorf("the server did not get ready: %.2000s", log)
}

// restart stops the server process and starts a fresh one over the same
// data, with extra settings.
func (t *target) restart(extra []string) error {
	t.Stop()
	return t.start(extra)
}

// Stop stops the server process, if one runs.
func (t *target) Stop() {
	if t.stop != nil {
		t.stop()
	}
}

// Pid returns the server process's ID.
func (t *target) Pid() int { return t.cmd.Process.Pid }

// CPU returns the CPU time the server process has used.
func (t *target) CPU() time.Duration { return proc.CPU(t.Pid()) }

// stopProcess asks a process to end (SIGINT: the server drains its
// requests) and kills it when it has not after 5 s.
func stopProcess(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// buildLatchkey builds ./cmd/latchkey into a temporary folder.
func buildLatchkey(ctx context.Context, undo *cleanups) (string, error) {
	dir, err := os.MkdirTemp("", "latchkey-attack-bin")
	if err != nil {
		return "", err
	}
	undo.add(func() { os.RemoveAll(dir) })
	bin := filepath.Join(dir, "latchkey")
	logf("building ./cmd/latchkey")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/latchkey").CombinedOutput(); err != nil {
		return "", fmt.Errorf("building latchkey: %v: %s", err, out)
	}
	return bin, nil
}
