package server_test

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/rewrap"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/vault"
)

// BenchmarkRewrap seals 20,000 accounts' credentials of the format before
// purposes again with a new master key, on PostgreSQL, and reports the
// rate beside a baseline measured in the same run: the same rows rewritten
// with random bytes of the same size, in the same batches, without opening
// or sealing anything. Run it once: go test -run '^$' -bench Rewrap
// -benchtime 1x ./internal/server
func BenchmarkRewrap(b *testing.B) {
	var pg testenv.Backend
	for _, be := range testenv.Backends() {
		if be.Name == "postgres" {
			pg = be
		}
	}
	if pg.Name == "" {
		b.Skip("needs PostgreSQL")
	}
	const n = 20000
	ctx := context.Background()
	s := testenv.Start(b, pg)
	seedBench(b, s, "bench", n)
	oldKey := s.MasterKeys()[0]
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT id, environment_id FROM accounts ORDER BY id`)
	if err != nil {
		b.Fatal(err)
	}
	type acc struct{ id, env string }
	var accs []acc
	for rows.Next() {
		var a acc
		if err := rows.Scan(&a.id, &a.env); err != nil {
			b.Fatal(err)
		}
		accs = append(accs, a)
	}
	rows.Close()
	write := func(value func(acc) []byte) time.Duration {
		start := time.Now()
		for i := 0; i < len(accs); i += rewrap.DefaultBatch {
			tx, err := s.DB.SQL.BeginTx(ctx, nil)
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range accs[i:min(i+rewrap.DefaultBatch, len(accs))] {
				if _, err := tx.ExecContext(ctx, `UPDATE accounts SET credentials = $1 WHERE id = $2`, value(a), a.id); err != nil {
					b.Fatal(err)
				}
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		return time.Since(start)
	}
	random := make([]byte, 80)
	_, _ = rand.Read(random)
	baseline := write(func(acc) []byte { return random })
	write(func(a acc) []byte {
		return testenv.SealLegacy(b, oldKey, `{"accessToken":"shpat_0123456789abcdef0123456789"}`, "latchkey/account/"+a.env+"/"+a.id)
	})
	if _, err := s.DB.SQL.ExecContext(ctx, `DELETE FROM key_checks`); err != nil {
		b.Fatal(err)
	}
	ring, err := vault.NewKeyring(vault.NewKey(), oldKey)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.DB.CheckKeyring(ctx, ring); err != nil {
		b.Fatal(err)
	}
	var done []rewrap.Progress
	for b.Loop() {
		if done, err = rewrap.Run(ctx, s.DB, ring, rewrap.DefaultBatch, nil); err != nil {
			b.Fatal(err)
		}
	}
	if done[0].Resealed != 0 && done[0].Resealed != n {
		b.Fatalf("resealed %d of %d", done[0].Resealed, n)
	}
	var left int
	if err := s.DB.SQL.QueryRowContext(ctx, `SELECT count(*) FROM accounts WHERE substr(credentials, 1, 9) <> $1`, ring.Head()).Scan(&left); err != nil || left != 0 {
		b.Fatalf("%d values left to reseal (%v)", left, err)
	}
	rate, base := done[0].Rate(), float64(n)/baseline.Seconds()
	if b.N > 1 {
		b.Log("only the first run reseals: run with -benchtime 1x")
	}
	b.ReportMetric(rate, "values/s")
	b.ReportMetric(base, "baseline-rows/s")
	b.ReportMetric(rate/base, "rewrap/baseline")
}
