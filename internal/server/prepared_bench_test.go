package server_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/testenv"
)

// BenchmarkPreparedStatements compares two servers over one PostgreSQL
// database of 20,000 accounts, one keeping its statements prepared (the
// default) and one sending each unprepared (lib/pq's two round trips), on
// the nested page of BenchmarkDeepPage: first pages and a deep page in
// turn, in blocks of 100 alternated between the servers, so that both
// see the same noise. It reports each one's process CPU and latency per
// page and their ratios. Run it with -benchtime 1x: go test -run '^$'
// -bench PreparedStatements -benchtime 1x ./internal/server
func BenchmarkPreparedStatements(b *testing.B) {
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
	seedBench(b, s, "bench", 20000)
	servers := map[string]*testenv.Server{"prepared": s, "unprepared": s.TwinUnprepared(b)}
	var tail struct {
		Accounts struct {
			PageInfo struct{ StartCursor string }
		}
	}
	s.Must(b, benchKey, `{ accounts(last: 51, where: {isEnabled: true}, orderBy: [{field: CREATED_TIME, direction: DESC}]) { pageInfo { startCursor } } }`, nil, &tail)
	deep := tail.Accounts.PageInfo.StartCursor

	const block, blocks = 100, 6
	cpu, wall := map[string]time.Duration{}, map[string]time.Duration{}
	for b.Loop() {
		for i := range 2 * blocks {
			name := []string{"prepared", "unprepared"}[i%2]
			srv := servers[name]
			startCPU, start := processCPU(), time.Now()
			for j := range block {
				after := any(nil)
				if j%2 == 1 {
					after = deep
				}
				var p struct {
					Accounts struct{ Edges []json.RawMessage }
				}
				srv.Do(b, benchKey, benchPage, map[string]any{"after": after}).Decode(b, &p)
				if len(p.Accounts.Edges) == 0 {
					b.Fatal("an empty page")
				}
			}
			// The first block of each warms its statements and connections.
			if i >= 2 {
				cpu[name] += processCPU() - startCPU
				wall[name] += time.Since(start)
			}
		}
	}
	pages := float64(b.N * (blocks - 1) * block)
	for _, name := range []string{"prepared", "unprepared"} {
		b.ReportMetric(float64(cpu[name].Microseconds())/pages, name+"-cpu-µs/page")
		b.ReportMetric(float64(wall[name].Microseconds())/pages, name+"-µs/page")
	}
	b.ReportMetric(float64(cpu["prepared"])/float64(cpu["unprepared"]), "cpu-ratio")
	b.ReportMetric(float64(wall["prepared"])/float64(wall["unprepared"]), "latency-ratio")
}
