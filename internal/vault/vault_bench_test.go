package vault

import "testing"

var credentials = []byte(`{"accessToken":"shpat_0123456789abcdef0123456789abcdef","myShopifyDomain":"acme.myshopify.com"}`)

// BenchmarkSeal and BenchmarkOpen measure the encryption of one account's
// credentials.
func BenchmarkSeal(b *testing.B) {
	k, _ := NewKeyring(NewKey())
	aad := []byte("latchkey/account/env_x/acc_y")
	b.SetBytes(int64(len(credentials)))
	for b.Loop() {
		_ = k.Seal(Credentials, credentials, aad)
	}
}

func BenchmarkOpen(b *testing.B) {
	k, _ := NewKeyring(NewKey())
	aad := []byte("latchkey/account/env_x/acc_y")
	sealed := k.Seal(Credentials, credentials, aad)
	b.SetBytes(int64(len(credentials)))
	for b.Loop() {
		if _, err := k.Open(Credentials, sealed, aad); err != nil {
			b.Fatal(err)
		}
	}
}
