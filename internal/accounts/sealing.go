package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/vault"
)

// binding is where an account's credentials may go: the row they belong
// to and what they are sent to. A sealed value opens only with the
// binding it was sealed with, so someone who can write the database but
// lacks the master key gains nothing by pointing an account at another
// source, credential type or platform app, or by changing a custom
// source's call: the credentials no longer open, and nothing is sent.
type binding struct {
	// sourceKey is the key the calls go by; source is the row's ID.
	environment, account, source, sourceKey, credentialType, platformApp string
	// call is the digest of a custom source's verify call; empty for a
	// built-in source.
	call string
}

// bindingOf returns the binding of acc, whose source is src.
func bindingOf(acc *ent.Account, src *ent.Source) binding {
	return newBinding(acc.EnvironmentID, acc.ID, src, acc.CredentialType, acc.PlatformAppID)
}

// newBinding returns the binding of the account id in env, of source src
// and credentialType, reached through the platform app appID (nil for
// none).
func newBinding(env, id string, src *ent.Source, credentialType string, appID *string) binding {
	b := binding{environment: env, account: id, source: src.ID, sourceKey: src.Key, credentialType: credentialType, call: callDigest(src)}
	if appID != nil {
		b.platformApp = *appID
	}
	return b
}

// data is the associated data of the binding; its parts cannot hold NUL.
func (b binding) data() []byte {
	return []byte(strings.Join([]string{"latchkey/account", b.environment, b.account, b.source, b.sourceKey, b.credentialType, b.platformApp, b.call}, "\x00"))
}

// legacyData is the associated data of values sealed before bindings: the
// row alone.
func legacyData(acc *ent.Account) []byte {
	return []byte("latchkey/account/" + acc.EnvironmentID + "/" + acc.ID)
}

// callDigest returns the SHA-256 of where a custom source's verify call
// sends the credentials (base URL, method, path, placement and the fields
// and names it uses), in an encoding of its own that a change of the
// stored description's shape cannot alter, or "" for a built-in source.
func callDigest(src *ent.Source) string {
	spec := src.HTTP
	if spec == nil {
		return ""
	}
	parts := []string{"call/1", spec.BaseURL, spec.Method, spec.Path, spec.Placement, spec.Field, spec.PasswordField, spec.Name}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(sum[:])
}

// seal encrypts credentials bound to b.
func (s *Service) seal(b binding, credentials map[string]string) ([]byte, error) {
	plain, err := json.Marshal(credentials)
	if err != nil {
		return nil, fmt.Errorf("accounts: encoding credentials: %w", err)
	}
	return s.keys.Seal(vault.Credentials, plain, b.data()), nil
}

// open decrypts the credentials of acc, whose source is src.
func (s *Service) open(acc *ent.Account, src *ent.Source) (map[string]string, error) {
	plain, err := openCredentials(s.keys, acc, src)
	if err != nil {
		return nil, fmt.Errorf("accounts: opening %s: %w", acc.ID, err)
	}
	var creds map[string]string
	if err := json.Unmarshal(plain, &creds); err != nil {
		return nil, fmt.Errorf("accounts: opening %s: %w", acc.ID, err)
	}
	return creds, nil
}

// openCredentials decrypts the stored value of acc's credentials: bound
// to its binding, or, sealed before bindings, to its row alone.
func openCredentials(keys *vault.Keyring, acc *ent.Account, src *ent.Source) ([]byte, error) {
	if vault.IsLegacy(acc.Credentials) {
		return keys.OpenLegacy(acc.Credentials, legacyData(acc))
	}
	return keys.Open(vault.Credentials, acc.Credentials, bindingOf(acc, src).data())
}

// Reseal returns acc's credentials sealed again under the primary key and
// bound to where they go, or nil when they already are. src is acc's
// source.
func Reseal(keys *vault.Keyring, acc *ent.Account, src *ent.Source) ([]byte, error) {
	if !keys.NeedsRewrap(acc.Credentials) {
		return nil, nil
	}
	plain, err := openCredentials(keys, acc, src)
	if err != nil {
		return nil, fmt.Errorf("accounts: opening %s: %w", acc.ID, err)
	}
	return keys.Seal(vault.Credentials, plain, bindingOf(acc, src).data()), nil
}
