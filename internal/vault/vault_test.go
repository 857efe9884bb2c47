package vault

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"os"
	"path/filepath"
	"testing"
)

func TestSealOpen(t *testing.T) {
	k, err := NewKeyring(NewKey())
	if err != nil {
		t.Fatal(err)
	}
	plain := []byte(`{"accessToken":"shpat_secret"}`)
	sealed := k.Seal(Credentials, plain, []byte("row-1"))
	if bytes.Contains(sealed, []byte("shpat_secret")) {
		t.Fatal("the sealed value holds the plain text")
	}
	got, err := k.Open(Credentials, sealed, []byte("row-1"))
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("Open = %q, %v; want the plain text", got, err)
	}
	if _, err := k.Open(Credentials, sealed, []byte("row-2")); err != ErrCorrupt {
		t.Errorf("opened with another row's associated data: err = %v", err)
	}
	if _, err := k.Open(AppSecret, sealed, []byte("row-1")); err != ErrCorrupt {
		t.Errorf("opened as another purpose's value: err = %v", err)
	}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	if _, err := k.Open(Credentials, tampered, []byte("row-1")); err != ErrCorrupt {
		t.Errorf("opened a tampered value: err = %v", err)
	}
	if _, err := k.Open(Credentials, sealed[:5], []byte("row-1")); err != ErrCorrupt {
		t.Errorf("opened a truncated value: err = %v", err)
	}
	// A value of this format marked as the legacy one opens as neither.
	relabelled := bytes.Clone(sealed)
	relabelled[0] = formatLegacy
	if _, err := k.OpenLegacy(relabelled, []byte("row-1")); err != ErrCorrupt {
		t.Errorf("a derived-key value opened as a legacy one: err = %v", err)
	}
}

// TestLegacyValues: a value sealed with the master key itself, as before
// purposes, opens only through OpenLegacy, and not once the ring refuses
// that format; relabelled as the new format it does not open.
func TestLegacyValues(t *testing.T) {
	key := NewKey()
	k, _ := NewKeyring(key)
	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	old := seal(aead, formatLegacy, KeyID(key), []byte("v"), []byte("row"))
	if !IsLegacy(old) || !k.NeedsRewrap(old) {
		t.Error("a legacy value is not told apart")
	}
	if _, err := k.Open(Credentials, old, []byte("row")); err != ErrLegacy {
		t.Errorf("Open of a legacy value: err = %v, want ErrLegacy", err)
	}
	if got, err := k.OpenLegacy(old, []byte("row")); err != nil || string(got) != "v" {
		t.Errorf("OpenLegacy = %q, %v", got, err)
	}
	relabelled := bytes.Clone(old)
	relabelled[0] = formatDerived
	if _, err := k.Open(Credentials, relabelled, []byte("row")); err != ErrCorrupt {
		t.Errorf("a legacy value opened as a derived-key one: err = %v", err)
	}
	k.RefuseLegacy()
	if _, err := k.OpenLegacy(old, []byte("row")); err != ErrLegacy {
		t.Errorf("OpenLegacy after RefuseLegacy: err = %v, want ErrLegacy", err)
	}
}

func TestKeyRotation(t *testing.T) {
	oldKey, newKey := NewKey(), NewKey()
	before, _ := NewKeyring(oldKey)
	sealed := before.Seal(Credentials, []byte("v"), nil)
	after, _ := NewKeyring(newKey, oldKey)
	if got, err := after.Open(Credentials, sealed, nil); err != nil || string(got) != "v" {
		t.Fatalf("a rotated ring cannot open an old value: %q, %v", got, err)
	}
	if !after.NeedsRewrap(sealed) || after.NeedsRewrap(after.Seal(Credentials, []byte("v"), nil)) {
		t.Error("NeedsRewrap does not tell old values from new ones")
	}
	if SealedBy(sealed) != KeyID(oldKey) {
		t.Errorf("SealedBy = %q, want %q", SealedBy(sealed), KeyID(oldKey))
	}
	only, _ := NewKeyring(newKey)
	if _, err := only.Open(Credentials, sealed, nil); err != ErrUnknownKey {
		t.Errorf("err = %v, want ErrUnknownKey", err)
	}
}

func TestKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "master.key")
	first, err := LoadOrCreateKeyFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, %v; want 0600", info.Mode().Perm(), err)
	}
	again, err := LoadOrCreateKeyFile(path)
	if err != nil || !bytes.Equal(first[0], again[0]) {
		t.Fatalf("the key changed between starts: %v", err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKeyFile(path); err == nil {
		t.Error("a key file readable by others was accepted")
	}
	for _, bad := range []string{"", "not base64!", "c2hvcnQ="} {
		if _, err := ParseKeys(bad); err == nil {
			t.Errorf("ParseKeys(%q) accepted a bad key", bad)
		}
	}
}
