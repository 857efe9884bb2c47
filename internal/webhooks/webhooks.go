// Package webhooks sends an environment's events to the customer's own
// URLs: endpoints with their signing secrets, managed through the API, and
// the delivery worker that takes the outbox rows the audit trail writes
// and sends each one, signed the Standard Webhooks way
// (https://www.standardwebhooks.com), until the endpoint accepts it or a
// day of retries has passed.
package webhooks

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/internal/vault"
)

// secretPrefix starts every signing secret, as Standard Webhooks libraries
// expect.
const secretPrefix = "whsec_"

// secretBytes is the length of a signing secret's key.
const secretBytes = 32

// newSecret returns a new signing secret: the key, and the text shown to
// the customer once.
func newSecret() (key []byte, shown string) {
	key = make([]byte, secretBytes)
	rand.Read(key)
	return key, secretPrefix + base64.StdEncoding.EncodeToString(key)
}

// sealSecret seals an endpoint's signing key, bound to its row.
func sealSecret(keys *vault.Keyring, env, id string, key []byte) []byte {
	return keys.Seal(vault.WebhookSecret, key, secretBinding(env, id))
}

// openSecret opens an endpoint's sealed signing key.
func openSecret(keys *vault.Keyring, env, id string, sealed []byte) ([]byte, error) {
	return keys.Open(vault.WebhookSecret, sealed, secretBinding(env, id))
}

// secretBinding is the associated data of an endpoint's secrets: its row,
// so that a secret copied to another endpoint does not open.
func secretBinding(env, id string) []byte {
	return []byte(strings.Join([]string{"latchkey/webhook_endpoint", env, id}, "\x00"))
}

// Reseal returns an endpoint's sealed secret sealed again under the
// primary key, or nil when it already is.
func Reseal(keys *vault.Keyring, env, id string, sealed []byte) ([]byte, error) {
	if !keys.NeedsRewrap(sealed) {
		return nil, nil
	}
	key, err := openSecret(keys, env, id, sealed)
	if err != nil {
		return nil, fmt.Errorf("webhooks: opening the secret of %s: %w", id, err)
	}
	return sealSecret(keys, env, id, key), nil
}
