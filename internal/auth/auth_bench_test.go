package auth

import (
	"crypto/sha256"
	"testing"
)

// BenchmarkCheckSecretKey measures what authenticating a request costs
// besides the key's lookup: parsing the secret key (with its checksum) and
// comparing its hash. BenchmarkSHA256 is the floor: the hash alone.
func BenchmarkCheckSecretKey(b *testing.B) {
	key, hash := NewSecretKey(NewToken())
	for b.Loop() {
		_, secret, err := ParseSecretKey(key)
		if err != nil || !SecretMatches(secret, hash) {
			b.Fatal("the key does not check")
		}
	}
}

func BenchmarkSHA256(b *testing.B) {
	data := []byte("abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst")
	for b.Loop() {
		_ = sha256.Sum256(data)
	}
}
