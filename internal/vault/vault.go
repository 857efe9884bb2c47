// Package vault encrypts credentials at rest with AES-256-GCM under a key
// ring. A sealed value names the key that sealed it, so keys can rotate: new
// values use the primary key and old ones still open with theirs. The caller
// binds each value to its row through associated data, so a ciphertext moved
// to another row does not open.
package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
)

// KeySize is the length of a master key: 256 bits.
const KeySize = 32

// version is the first byte of every sealed value.
const version = 1

var (
	// ErrUnknownKey is returned by Open for a value sealed by a key that is
	// not in the ring.
	ErrUnknownKey = errors.New("vault: sealed by a key not in the key ring")
	// ErrCorrupt is returned by Open for a value that does not decrypt: it
	// was altered, truncated, or bound to other associated data.
	ErrCorrupt = errors.New("vault: sealed value does not open")
)

// Keyring holds the master keys. The first key seals; all of them open.
type Keyring struct {
	primary string
	ids     []string
	aeads   map[string]cipher.AEAD
}

// NewKeyring returns a key ring of keys, the first of which is the primary.
// Every key must be KeySize bytes.
func NewKeyring(keys ...[]byte) (*Keyring, error) {
	if len(keys) == 0 {
		return nil, errors.New("vault: no master key")
	}
	k := &Keyring{aeads: make(map[string]cipher.AEAD, len(keys))}
	for i, key := range keys {
		if len(key) != KeySize {
			return nil, fmt.Errorf("vault: master key %d has %d bytes, want %d", i+1, len(key), KeySize)
		}
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil, fmt.Errorf("vault: %w", err)
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, fmt.Errorf("vault: %w", err)
		}
		id := KeyID(key)
		if i == 0 {
			k.primary = id
		}
		k.ids = append(k.ids, id)
		k.aeads[id] = aead
	}
	return k, nil
}

// KeyID returns the public identifier of a master key: the first eight hex
// digits of its SHA-256.
func KeyID(key []byte) string {
	sum := sha256.Sum256(key)
	return hex.EncodeToString(sum[:4])
}

// NewKey returns a fresh random master key.
func NewKey() []byte {
	key := make([]byte, KeySize)
	_, _ = rand.Read(key) // crypto/rand.Read never fails on supported platforms.
	return key
}

// idLen is the length of a key id in a sealed value.
const idLen = 8

// Primary returns the id of the key that seals.
func (k *Keyring) Primary() string { return k.primary }

// IDs returns the ids of the ring's keys, the primary first.
func (k *Keyring) IDs() []string { return slices.Clone(k.ids) }

// Has reports whether the ring holds the key with this id.
func (k *Keyring) Has(id string) bool {
	_, ok := k.aeads[id]
	return ok
}

// SealedBy returns the id of the key that sealed a value, or "" for a value
// Seal did not make.
func SealedBy(sealed []byte) string {
	if len(sealed) < 1+idLen || sealed[0] != version {
		return ""
	}
	return string(sealed[1 : 1+idLen])
}

// Seal encrypts plaintext under the primary key, bound to aad. The result is
// version | key id | nonce | ciphertext and tag.
func (k *Keyring) Seal(plaintext, aad []byte) []byte {
	return k.sealWith(k.primary, plaintext, aad)
}

// SealWith encrypts plaintext as Seal does, under the ring's key with this
// id rather than the primary; it returns ErrUnknownKey when the ring does
// not hold it.
func (k *Keyring) SealWith(id string, plaintext, aad []byte) ([]byte, error) {
	if !k.Has(id) {
		return nil, ErrUnknownKey
	}
	return k.sealWith(id, plaintext, aad), nil
}

func (k *Keyring) sealWith(id string, plaintext, aad []byte) []byte {
	aead := k.aeads[id]
	out := make([]byte, 0, 1+len(id)+aead.NonceSize()+len(plaintext)+aead.Overhead())
	out = append(out, version)
	out = append(out, id...)
	nonce := make([]byte, aead.NonceSize())
	_, _ = rand.Read(nonce)
	out = append(out, nonce...)
	return aead.Seal(out, nonce, plaintext, aad)
}

// Open decrypts a value made by Seal with the same aad. It returns
// ErrUnknownKey or ErrCorrupt when it cannot.
func (k *Keyring) Open(sealed, aad []byte) ([]byte, error) {
	if len(sealed) < 1+idLen || sealed[0] != version {
		return nil, ErrCorrupt
	}
	aead, ok := k.aeads[string(sealed[1:1+idLen])]
	if !ok {
		return nil, ErrUnknownKey
	}
	rest := sealed[1+idLen:]
	if len(rest) < aead.NonceSize()+aead.Overhead() {
		return nil, ErrCorrupt
	}
	plaintext, err := aead.Open(nil, rest[:aead.NonceSize()], rest[aead.NonceSize():], aad)
	if err != nil {
		return nil, ErrCorrupt
	}
	return plaintext, nil
}

// NeedsRotation reports whether sealed was made with a key other than the
// primary, so that it should be sealed again.
func (k *Keyring) NeedsRotation(sealed []byte) bool {
	return SealedBy(sealed) != k.primary
}
