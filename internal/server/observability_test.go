package server_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

func get(t *testing.T, url string) (int, string, http.Header) {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func TestMetricsAndReadiness(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.Must(t, admin.Secret, `query Who { viewer { permission } }`, nil, &struct{}{})
		s.Do(t, admin.Secret, `query Broken { accounts(first: 1000) { totalCount } }`, nil)
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("metered")}, &struct{}{})

		status, body, header := get(t, s.URL+"/metrics")
		if status != 200 || header.Get("X-Request-Id") == "" {
			t.Fatalf("/metrics: %d, request id %q", status, header.Get("X-Request-Id"))
		}
		for _, want := range []string{
			`latchkey_graphql_operations_total{operation="Who",outcome="ok"} 1`,
			`latchkey_graphql_operations_total{operation="Broken",outcome="BAD_USER_INPUT"} 1`,
			`latchkey_graphql_operation_seconds_count{operation="Who"} 1`,
			`latchkey_verifications_total{outcome="ok",source="shopify"} 1`,
			`go_sql_max_open_connections{db_name="latchkey"}`,
			`go_goroutines`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s:\n%s", want, grepLatchkey(body))
			}
		}
		if strings.Contains(body, admin.Secret) || strings.Contains(body, admin.ID) {
			t.Error("/metrics names a key")
		}
		if status, body, _ := get(t, s.URL+"/readyz"); status != 200 || body != "ready\n" {
			t.Errorf("/readyz: %d %q", status, body)
		}
		s.DB.Close()
		if status, body, _ := get(t, s.URL+"/readyz"); status != 503 || !strings.Contains(body, "database") {
			t.Errorf("/readyz with the database gone: %d %q", status, body)
		}
		if status, _, _ := get(t, s.URL+"/healthz"); status != 200 {
			t.Errorf("/healthz with the database gone: %d (the process is alive)", status)
		}
	})
}

func grepLatchkey(body string) string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "latchkey_") || strings.HasPrefix(line, "go_sql") {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// TestAClientThatWentAwayIsLoggedSo: a request whose client went away
// before its answer is logged with 499, not with the 200 that nobody was
// sent (the server answers nothing then).
func TestAClientThatWentAwayIsLoggedSo(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		reader := s.NewKey(t, "production", auth.ReadOnly)
		s.Faults.Sleep(`FROM "accounts"`, 5*time.Second)
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"{ accounts { edges { node { id } } } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+reader.Secret)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			t.Fatalf("the slow request was answered: %d", resp.StatusCode)
		}
		deadline := time.Now().Add(5 * time.Second)
		for !strings.Contains(s.Logs(), `"status":499`) {
			if time.Now().After(deadline) {
				t.Fatalf("no request logged with 499:\n%s", s.Logs())
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}
