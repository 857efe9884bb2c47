package server_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/testenv"
)

// BenchmarkReverifierRound measures how many accounts a re-verification
// round checks per second, against a fake source that answers at once, on
// each database; compare with BenchmarkVerify's verifications/s, the bare
// cost of the calls.
func BenchmarkReverifierRound(b *testing.B) {
	const n = 300
	for _, backend := range testenv.Backends() {
		b.Run(backend.Name, func(b *testing.B) {
			s := testenv.Start(b, backend)
			admin := s.NewKey(b, "production", auth.FullAccess)
			for i := range n {
				s.Must(b, admin.Secret, createAccount, map[string]any{"input": map[string]any{"source": "stripe", "credentialType": "secret_key",
					"credentials": map[string]any{"secretKey": fmt.Sprintf("sk_test_bench%d", i)}, "identifier": fmt.Sprintf("bench-%d", i)}}, &struct{}{})
			}
			w := s.Reverifier(b, false, reverify.Config{Concurrency: 8})
			ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
			checked := 0
			var busy time.Duration
			for b.Loop() {
				if err := s.DB.Client.Account.Update().SetNextVerifyTime(time.Now().Add(-time.Minute)).Exec(ctx); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				st, err := w.Round(context.Background())
				busy += time.Since(start)
				if err != nil || st.Verified != n {
					b.Fatalf("round: %+v, %v", st, err)
				}
				checked += st.Checked
			}
			b.ReportMetric(float64(checked)/busy.Seconds(), "accounts/s")
		})
	}
}
