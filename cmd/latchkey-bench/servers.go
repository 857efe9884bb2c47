package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/proc"
	"github.com/latchkey/latchkey/internal/vault"
)

// masterKey is the master key of every Latchkey server of this benchmark:
// processes on one PostgreSQL database share their keys.
var masterKey = base64.StdEncoding.EncodeToString(vault.NewKey())

// server is a GraphQL server the benchmark started.
type server struct {
	name  string
	cmd   *exec.Cmd
	url   string // the GraphQL endpoint
	pprof string // the CPU profile's URL, when the server serves profiles
}

// Pid returns the server's process ID.
func (s *server) Pid() int { return s.cmd.Process.Pid }

// Stop ends the server.
func (s *server) Stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// buildLatchkey builds the Latchkey binary into a temporary folder.
func buildLatchkey(ctx context.Context) (string, error) {
	dir, err := os.MkdirTemp("", "latchkey-bench")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "latchkey")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/latchkey").CombinedOutput(); err != nil {
		return "", fmt.Errorf("building latchkey: %v: %s", err, out)
	}
	return bin, nil
}

// startLatchkey serves dbURL with the binary bin on CPU 0, with the
// re-verifier and the rate limits off and Stripe's API at sourceURL; with
// profiles, it serves Go's profiles on a loopback port of its own too.
func startLatchkey(bin, dbURL, sourceURL string, profiles bool) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	var pprofAddr string
	if profiles {
		if pprofAddr, err = freeAddr(); err != nil {
			return nil, err
		}
	}
	args := proc.OnCPU("0", bin, "serve", "--addr", addr, "--data-dir", filepath.Dir(bin))
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "LATCHKEY_DATABASE_URL="+dbURL, "LATCHKEY_MASTER_KEY="+masterKey, "LATCHKEY_REVERIFY_INTERVAL=0",
		"LATCHKEY_RATE_LIMIT_FULL_ACCESS=0", "LATCHKEY_SOURCE_STRIPE_URL="+sourceURL, "LATCHKEY_LOG_FORMAT=json")
	if profiles {
		cmd.Env = append(cmd.Env, "LATCHKEY_PPROF_ADDR="+pprofAddr)
	}
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{name: "latchkey", cmd: cmd, url: "http://" + addr + "/graphql"}
	if profiles {
		s.pprof = "http://" + pprofAddr + "/debug/pprof/profile"
	}
	return s, waitReady(s, "http://"+addr+"/readyz", nil)
}

// startPostGraphile serves dbURL with PostGraphile from dir on CPU 0,
// installing it there with npm first if it is not yet.
func startPostGraphile(ctx context.Context, dir, dbURL string) (*server, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	node := filepath.Join(dir, "node_modules", ".bin", "node")
	if _, err := os.Stat(node); err != nil {
		install := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		install.Dir = dir
		if out, err := install.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("installing PostGraphile: %v: %s", err, out)
		}
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	_, port, _ := net.SplitHostPort(addr)
	args := proc.OnCPU("0", node, "server.mjs")
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL, "PORT="+port, "GRAPHILE_ENV=production", "NODE_ENV=production")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{name: "postgraphile", cmd: cmd, url: "http://" + addr + "/graphql"}
	if err := waitReady(s, s.url, []byte(`{"query":"{ __typename }"}`)); err != nil {
		return nil, fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return s, nil
}

// waitReady waits up to 60 s for url to answer 200: to a GET, or to a POST
// of body when there is one. It stops the server if it does not.
func waitReady(s *server, url string, body []byte) error {
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var resp *http.Response
		var err error
		if body == nil {
			resp, err = http.Get(url)
		} else {
			resp, err = http.Post(url, "application/json", bytes.NewReader(body))
		}
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	s.Stop()
	return fmt.Errorf("%s did not get ready", s.name)
}
