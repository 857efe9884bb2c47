// Package vault encrypts values at rest with AES-256-GCM under a key ring.
// A sealed value names the master key that sealed it, so keys can rotate:
// new values use the primary key and old ones still open with theirs.
//
// Each purpose (account credentials, platform app secrets, the database's
// key check) seals under its own key, derived from the master key with
// HKDF-SHA256, so a value of one purpose never opens as another's. The
// caller binds each value to where it belongs through associated data, so
// a ciphertext moved to another row, or a row pointed elsewhere, does not
// open.
//
// Values sealed before purposes existed (format 1: the master key itself)
// open through OpenLegacy until the ring refuses them; `latchkey rewrap`
// seals them again.
package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
)

// KeySize is the length of a master key: 256 bits.
const KeySize = 32

// The formats of sealed values, their first byte.
const (
	// formatLegacy values are sealed with the master key itself.
	formatLegacy = 1
	// formatDerived values are sealed with the purpose's key derived from
	// the master key.
	formatDerived = 2
)

// idLen is the length of a key id in a sealed value.
const idLen = 8

// HeadSize is the length of a sealed value's head: its format and the id
// of the key that sealed it, what SealedBy and IsLegacy read.
const HeadSize = 1 + idLen

// Purpose names what a sealed value is for; each purpose has its own key.
type Purpose string

// The purposes of sealed values.
const (
	Credentials Purpose = "account credentials"
	AppSecret   Purpose = "platform app secret"
	Check       Purpose = "key check"
	// WebhookSecret seals the signing secrets of webhook endpoints.
	WebhookSecret Purpose = "webhook signing secret"
)

// purposes lists every purpose, whose keys a ring derives once.
var purposes = []Purpose{Credentials, AppSecret, Check, WebhookSecret}

var (
	// ErrUnknownKey is returned by Open for a value sealed by a key that is
	// not in the ring.
	ErrUnknownKey = errors.New("vault: sealed by a key not in the key ring")
	// ErrCorrupt is returned by Open for a value that does not decrypt: it
	// was altered, truncated, sealed for another purpose or bound to other
	// associated data.
	ErrCorrupt = errors.New("vault: sealed value does not open")
	// ErrLegacy is returned for a value of the format before purposes:
	// by Open always, by OpenLegacy once the ring refuses that format.
	ErrLegacy = errors.New("vault: sealed in the format before purposes")
)

// Keyring holds the master keys. The first key seals; all of them open.
type Keyring struct {
	primary string
	ids     []string
	// legacy opens format-1 values by key id; derived opens format-2
	// values by key id and purpose.
	legacy  map[string]cipher.AEAD
	derived map[string]map[Purpose]cipher.AEAD
	// refuseLegacy is set once the database holds no format-1 value.
	refuseLegacy bool
}

// NewKeyring returns a key ring of keys, the first of which is the primary.
// Every key must be KeySize bytes.
func NewKeyring(keys ...[]byte) (*Keyring, error) {
	if len(keys) == 0 {
		return nil, errors.New("vault: no master key")
	}
	k := &Keyring{legacy: map[string]cipher.AEAD{}, derived: map[string]map[Purpose]cipher.AEAD{}}
	for i, key := range keys {
		if len(key) != KeySize {
			return nil, fmt.Errorf("vault: master key %d has %d bytes, want %d", i+1, len(key), KeySize)
		}
		id := KeyID(key)
		aead, err := newAEAD(key)
		if err != nil {
			return nil, err
		}
		k.legacy[id] = aead
		k.derived[id] = map[Purpose]cipher.AEAD{}
		for _, p := range purposes {
			sub, err := hkdf.Key(sha256.New, key, nil, "latchkey/"+string(p), KeySize)
			if err != nil {
				return nil, fmt.Errorf("vault: deriving the %s key: %w", p, err)
			}
			if k.derived[id][p], err = newAEAD(sub); err != nil {
				return nil, err
			}
		}
		if i == 0 {
			k.primary = id
		}
		k.ids = append(k.ids, id)
	}
	return k, nil
}

func newAEAD(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	return aead, nil
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

// Primary returns the id of the key that seals.
func (k *Keyring) Primary() string { return k.primary }

// IDs returns the ids of the ring's keys, the primary first.
func (k *Keyring) IDs() []string { return slices.Clone(k.ids) }

// Has reports whether the ring holds the key with this id.
func (k *Keyring) Has(id string) bool {
	_, ok := k.legacy[id]
	return ok
}

// RefuseLegacy makes OpenLegacy refuse every value: the database holds
// none of that format any more, so one found there was put back.
func (k *Keyring) RefuseLegacy() { k.refuseLegacy = true }

// SealedBy returns the id of the master key that sealed a value, or "" for
// a value Seal did not make.
func SealedBy(sealed []byte) string {
	if len(sealed) < HeadSize || (sealed[0] != formatLegacy && sealed[0] != formatDerived) {
		return ""
	}
	return string(sealed[1:HeadSize])
}

// IsLegacy reports whether a value is of the format before purposes.
func IsLegacy(sealed []byte) bool { return len(sealed) > 0 && sealed[0] == formatLegacy }

// Head returns the first bytes of every value the ring seals now: the
// current format and the primary key's id. A stored value that starts
// otherwise needs sealing again.
func (k *Keyring) Head() []byte { return append([]byte{formatDerived}, k.primary...) }

// NeedsRewrap reports whether a value should be sealed again: it is of the
// format before purposes, or sealed by a key other than the primary.
func (k *Keyring) NeedsRewrap(sealed []byte) bool {
	return IsLegacy(sealed) || SealedBy(sealed) != k.primary
}

// Seal encrypts plaintext for purpose under the primary key, bound to aad.
// The result is format | key id | nonce | ciphertext and tag.
func (k *Keyring) Seal(p Purpose, plaintext, aad []byte) []byte {
	return seal(k.derived[k.primary][p], formatDerived, k.primary, plaintext, aad)
}

// SealWith encrypts plaintext as Seal does, under the ring's key with this
// id rather than the primary; it returns ErrUnknownKey when the ring does
// not hold it.
func (k *Keyring) SealWith(id string, p Purpose, plaintext, aad []byte) ([]byte, error) {
	if !k.Has(id) {
		return nil, ErrUnknownKey
	}
	return seal(k.derived[id][p], formatDerived, id, plaintext, aad), nil
}

func seal(aead cipher.AEAD, format byte, id string, plaintext, aad []byte) []byte {
	out := make([]byte, 0, 1+len(id)+aead.NonceSize()+len(plaintext)+aead.Overhead())
	out = append(out, format)
	out = append(out, id...)
	nonce := make([]byte, aead.NonceSize())
	_, _ = rand.Read(nonce)
	out = append(out, nonce...)
	return aead.Seal(out, nonce, plaintext, aad)
}

// Open decrypts a value that Seal made for purpose with the same aad. It
// returns ErrLegacy for a value of the format before purposes, and
// ErrUnknownKey or ErrCorrupt when it cannot open it.
func (k *Keyring) Open(p Purpose, sealed, aad []byte) ([]byte, error) {
	if IsLegacy(sealed) {
		return nil, ErrLegacy
	}
	if len(sealed) < HeadSize || sealed[0] != formatDerived {
		return nil, ErrCorrupt
	}
	keys, ok := k.derived[SealedBy(sealed)]
	if !ok {
		return nil, ErrUnknownKey
	}
	return open(keys[p], sealed, aad)
}

// OpenLegacy decrypts a value of the format before purposes, sealed with
// the master key itself bound to aad, unless the ring refuses that format
// (ErrLegacy).
func (k *Keyring) OpenLegacy(sealed, aad []byte) ([]byte, error) {
	if !IsLegacy(sealed) || len(sealed) < HeadSize {
		return nil, ErrCorrupt
	}
	if k.refuseLegacy {
		return nil, ErrLegacy
	}
	aead, ok := k.legacy[SealedBy(sealed)]
	if !ok {
		return nil, ErrUnknownKey
	}
	return open(aead, sealed, aad)
}

func open(aead cipher.AEAD, sealed, aad []byte) ([]byte, error) {
	rest := sealed[HeadSize:]
	if len(rest) < aead.NonceSize()+aead.Overhead() {
		return nil, ErrCorrupt
	}
	plaintext, err := aead.Open(nil, rest[:aead.NonceSize()], rest[aead.NonceSize():], aad)
	if err != nil {
		return nil, ErrCorrupt
	}
	return plaintext, nil
}
