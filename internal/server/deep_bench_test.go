package server_test

import (
	"context"
	"encoding/json"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

const benchPage = `query($after: Cursor) {
  accounts(first: 50, after: $after, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) {
    pageInfo { endCursor hasNextPage }
    edges { node { id identifier source { key name } creator { kind } } }
  }
}`

// seedBench writes n accounts of one environment straight into PostgreSQL
// (one in ten disabled), spread over the built-in sources.
func seedBench(b *testing.B, s *testenv.Server, envSlug string, n int) {
	ctx := context.Background()
	admin := s.NewKey(b, envSlug, auth.FullAccess)
	var env, creator string
	if err := s.DB.SQL.QueryRowContext(ctx, `SELECT environment_id, creator_id FROM auth_accesses WHERE id = $1`, admin.ID).Scan(&env, &creator); err != nil {
		b.Fatal(err)
	}
	_, err := s.DB.SQL.ExecContext(ctx, `
		INSERT INTO accounts (id, created_time, updated_time, credential_type, credentials, identifier, identifier_kind,
			is_enabled, verification_status, verify_failures, environment_id, source_id, creator_id)
		SELECT 'acc_bench' || lpad(i::text, 9, '0'), now() - i * interval '1 second', now(), 'access_token', '\x00'::bytea,
			'bench-' || i, 'CUSTOM', i % 10 <> 0, 'VERIFIED', 0, $1,
			(SELECT id FROM sources ORDER BY key OFFSET i % 4 LIMIT 1), $2
		FROM generate_series(1, $3) AS i`, env, creator, n)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.DB.SQL.ExecContext(ctx, `ANALYZE accounts`); err != nil {
		b.Fatal(err)
	}
	s.Must(b, admin.Secret, `{ viewer { permission } }`, nil, &struct{}{})
	benchKey = admin.Secret
}

var benchKey string

// processCPU returns the CPU time this process (server and client alike)
// has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// goroutinesCreated returns how many goroutines this process has started.
func goroutinesCreated() uint64 {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkDeepPage compares the latency of the first page of a nested
// account listing with that of a page near the end of 100,000 accounts, on
// PostgreSQL: keyset pagination should make them cost the same.
func BenchmarkDeepPage(b *testing.B) {
	var pg testenv.Backend
	for _, be := range testenv.Backends() {
		if be.Name == "postgres" {
			pg = be
		}
	}
	if pg.Name == "" {
		b.Skip("needs PostgreSQL")
	}
	s := testenv.Start(b, pg)
	seedBench(b, s, "bench", 100000)

	// A cursor near the end: the start of the last page, read backwards.
	var tail struct {
		Accounts struct {
			PageInfo struct{ StartCursor string }
		}
	}
	s.Must(b, benchKey, `{ accounts(last: 51, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) { pageInfo { startCursor } } }`, nil, &tail)
	deep := tail.Accounts.PageInfo.StartCursor

	var first, far time.Duration
	cpu, spawned := processCPU(), goroutinesCreated()
	for b.Loop() {
		for _, after := range []any{nil, deep} {
			start := time.Now()
			r := s.Do(b, benchKey, benchPage, map[string]any{"after": after})
			took := time.Since(start)
			var p struct {
				Accounts struct{ Edges []json.RawMessage }
			}
			r.Decode(b, &p)
			if after == nil {
				first += took
				if len(p.Accounts.Edges) != 50 {
					b.Fatalf("first page: %d edges", len(p.Accounts.Edges))
				}
			} else {
				far += took
				if len(p.Accounts.Edges) == 0 {
					b.Fatal("the deep page is empty")
				}
			}
		}
	}
	b.ReportMetric(float64((processCPU()-cpu).Microseconds())/float64(2*b.N), "cpu-µs/page")
	b.ReportMetric(float64(goroutinesCreated()-spawned)/float64(2*b.N), "goroutines/page")
	b.ReportMetric(float64(first.Microseconds())/float64(b.N), "first-µs/page")
	b.ReportMetric(float64(far.Microseconds())/float64(b.N), "deep-µs/page")
	b.ReportMetric(float64(far)/float64(first), "deep/first")
}
