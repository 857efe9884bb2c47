package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
)

// Secret keys look like
//
//	lksk_<token body: 26 chars>_<secret: 52 chars><checksum: 7 chars>
//
// in lower-case base32. The token body is public (the key's token is
// "lkt_" + body) and finds the key by an indexed lookup; the secret carries
// 256 random bits and is stored only as its SHA-256; the checksum, a CRC-32 of
// everything before it, rejects typos and lets secret scanners recognise a
// key without a database.
const (
	// SecretKeyPrefix starts every secret key.
	SecretKeyPrefix = "lksk_"
	// TokenPrefix starts every public token.
	TokenPrefix = "lkt_"

	tokenBytes  = 16
	secretBytes = 32
)

var (
	b32 = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

	tokenLen    = b32.EncodedLen(tokenBytes)
	secretLen   = b32.EncodedLen(secretBytes)
	checksumLen = b32.EncodedLen(4)

	// ErrMalformedKey is returned by ParseSecretKey for a string that is not
	// shaped like a secret key (wrong prefix or length).
	ErrMalformedKey = errors.New("malformed secret key")
	// ErrMistypedKey is returned by ParseSecretKey for a string shaped like
	// a secret key whose checksum does not match: a key with a typo.
	ErrMistypedKey = errors.New("mistyped secret key")
)

// NewToken returns a fresh public token with 128 random bits.
func NewToken() string {
	return TokenPrefix + b32.EncodeToString(random(tokenBytes))
}

// NewSecretKey returns a fresh secret key for token and the hash to store.
func NewSecretKey(token string) (secretKey string, hash []byte) {
	secret := b32.EncodeToString(random(secretBytes))
	body := SecretKeyPrefix + strings.TrimPrefix(token, TokenPrefix) + "_" + secret
	return body + checksum(body), HashSecret(secret)
}

// ParseSecretKey splits a secret key into its public token and its secret.
// It returns ErrMalformedKey when the key is not shaped like one, and
// ErrMistypedKey when its checksum does not match.
func ParseSecretKey(secretKey string) (token, secret string, err error) {
	wantLen := len(SecretKeyPrefix) + tokenLen + 1 + secretLen + checksumLen
	if len(secretKey) != wantLen || !strings.HasPrefix(secretKey, SecretKeyPrefix) {
		return "", "", ErrMalformedKey
	}
	body, sum := secretKey[:wantLen-checksumLen], secretKey[wantLen-checksumLen:]
	if subtle.ConstantTimeCompare([]byte(checksum(body)), []byte(sum)) != 1 {
		return "", "", ErrMistypedKey
	}
	rest := strings.TrimPrefix(body, SecretKeyPrefix)
	if rest[tokenLen] != '_' {
		return "", "", ErrMalformedKey
	}
	return TokenPrefix + rest[:tokenLen], rest[tokenLen+1:], nil
}

// HashSecret returns the SHA-256 of a secret. A salt is not needed: the
// secret has 256 random bits.
func HashSecret(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// SecretMatches reports, in constant time, whether secret hashes to hash.
func SecretMatches(secret string, hash []byte) bool {
	return len(hash) == sha256.Size && subtle.ConstantTimeCompare(HashSecret(secret), hash) == 1
}

func checksum(body string) string {
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc32.ChecksumIEEE([]byte(body)))
	return b32.EncodeToString(sum[:])
}

func random(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return b
}
