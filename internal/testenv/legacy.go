package testenv

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"testing"

	"github.com/latchkey/latchkey/internal/vault"
)

// SealLegacy seals plaintext as Latchkey did before per-purpose keys and
// bindings (format 1): with the master key itself, bound to aad, for tests
// of databases from then.
func SealLegacy(t testing.TB, key []byte, plaintext, aad string) []byte {
	t.Helper()
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]byte{1}, vault.KeyID(key)...)
	nonce := make([]byte, gcm.NonceSize())
	_, _ = rand.Read(nonce)
	out = append(out, nonce...)
	return gcm.Seal(out, nonce, []byte(plaintext), []byte(aad))
}
