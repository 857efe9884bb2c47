package catalog_test

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
)

// BenchmarkVerify measures verifications per second against a local fake
// source that answers at once, beside the same HTTP call made bare (the
// baseline): their ratio is the verifier's own cost.
func BenchmarkVerify(b *testing.B) {
	fake := fakesource.Start()
	defer fake.Close()
	fake.Allow("sk_test_bench", "acct_bench")
	b.Run("bare-http-call", func(b *testing.B) {
		client := &http.Client{}
		for b.Loop() {
			req, _ := http.NewRequest(http.MethodGet, fake.URL+"/v1/account", nil)
			req.Header.Set("Authorization", "Bearer sk_test_bench")
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
	})
	b.Run("verify-stripe", func(b *testing.B) {
		v := catalog.NewVerifier(catalog.Config{BaseURLs: map[string]string{"stripe": fake.URL}})
		req := catalog.Request{Source: "stripe", CredentialType: "secret_key", Credentials: map[string]string{"secretKey": "sk_test_bench"}}
		for b.Loop() {
			if _, err := v.Verify(context.Background(), req); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "verifications/s")
	})
}
