package vault

import (
	"bytes"
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
	sealed := k.Seal(plain, []byte("row-1"))
	if bytes.Contains(sealed, []byte("shpat_secret")) {
		t.Fatal("the sealed value holds the plain text")
	}
	got, err := k.Open(sealed, []byte("row-1"))
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("Open = %q, %v; want the plain text", got, err)
	}
	if _, err := k.Open(sealed, []byte("row-2")); err != ErrCorrupt {
		t.Errorf("opened with another row's associated data: err = %v", err)
	}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	if _, err := k.Open(tampered, []byte("row-1")); err != ErrCorrupt {
		t.Errorf("opened a tampered value: err = %v", err)
	}
	if _, err := k.Open(sealed[:5], []byte("row-1")); err != ErrCorrupt {
		t.Errorf("opened a truncated value: err = %v", err)
	}
}

func TestKeyRotation(t *testing.T) {
	oldKey, newKey := NewKey(), NewKey()
	before, _ := NewKeyring(oldKey)
	sealed := before.Seal([]byte("v"), nil)
	after, _ := NewKeyring(newKey, oldKey)
	if got, err := after.Open(sealed, nil); err != nil || string(got) != "v" {
		t.Fatalf("a rotated ring cannot open an old value: %q, %v", got, err)
	}
	if !after.NeedsRotation(sealed) || after.NeedsRotation(after.Seal([]byte("v"), nil)) {
		t.Error("NeedsRotation does not tell old values from new ones")
	}
	only, _ := NewKeyring(newKey)
	if _, err := only.Open(sealed, nil); err != ErrUnknownKey {
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
