// Package catalog describes the third-party APIs Latchkey keeps accounts
// in, and makes the protected calls that check credentials with them and
// the calls that revoke them. Each built-in source has one file: its
// definition, its credential types (the fields a frontend renders, the
// checks credentials must pass before they are stored), its protected
// call and its revoke call. Custom HTTP sources, which callers
// describe, are in custom.go. Every call goes through the outbound guard.
package catalog

import "regexp"

// Source is one kind of third-party API in the built-in catalog.
type Source struct {
	// Key identifies the source in the API ("shopify").
	Key string
	// Name is the human-readable name ("Shopify").
	Name string
	// CredentialTypes lists the ways to authenticate with the source.
	CredentialTypes []CredentialType
	// appClientID, when set, is the form of the client ID of the source's
	// platform apps, and what it is, in words.
	appClientID *clientIDForm
}

// clientIDForm is the form a source's platform app client IDs take.
type clientIDForm struct {
	pattern *regexp.Regexp
	what    string
}

// CheckAppClientID returns what is wrong with id as the client ID of a
// platform app of the source with this key, in plain words, or "".
func CheckAppClientID(source, id string) string {
	for _, s := range Catalog() {
		if s.Key == source && s.appClientID != nil && !s.appClientID.pattern.MatchString(id) {
			return "must be " + s.appClientID.what
		}
	}
	return ""
}

// CredentialType is one way to authenticate with a source, such as a Stripe
// secret key or a Stripe connected-account ID.
type CredentialType struct {
	// Key identifies the credential type within its source ("secret_key").
	Key string `json:"key"`
	// Name is the human-readable name ("Secret key").
	Name string `json:"name"`
	// Fields are the values a user provides, in display order.
	Fields []CredentialField `json:"fields"`
	// RequiresPlatformApp reports whether accounts of this type are reached
	// through a platform app's own client credentials.
	RequiresPlatformApp bool `json:"requiresPlatformApp"`
	// HostedOAuth, when set, connects accounts of this type through the
	// source's consent page instead of a form.
	HostedOAuth *HostedOAuth `json:"hostedOAuth,omitempty"`
	// unproven marks credentials that name what the platform app reaches
	// (a Stripe connected account's ID) without proving anyone's right to
	// it: they come through hosted OAuth, or from a key that may write.
	unproven bool
	// verify makes the protected call of a built-in source's type; custom
	// sources' calls are described by their HTTPSpec.
	verify verifier
	// revoke is its revoke call, if the source offers one.
	revoke revoker
}

// CredentialField is one value of a credential type.
type CredentialField struct {
	// Name is the key of the value in the credentials object ("accessToken").
	Name string `json:"name"`
	// Label is what a form shows beside the input.
	Label string `json:"label"`
	// Secret reports whether the value must be masked and never shown again.
	Secret bool `json:"secret"`
	// Required reports whether the value must be given.
	Required bool `json:"required"`
	// Pattern, when set, is a regular expression the whole value must match.
	Pattern string `json:"pattern,omitempty"`
}

// Unproven reports whether credentials of this type of a built-in source
// prove nothing by themselves: anyone who knows the ID could claim the
// account, so only hosted OAuth or a key that may write adds one.
func Unproven(source, credentialType string) bool {
	for _, s := range Catalog() {
		if ct, ok := CredentialTypeOf(s.CredentialTypes, credentialType); s.Key == source && ok {
			return ct.unproven
		}
	}
	return false
}

// Catalog returns the built-in sources.
func Catalog() []Source {
	return []Source{shopify, stripe, xero, plaid}
}

// patterns caches compiled field patterns; the catalog's are compiled once.
var patterns = map[string]*regexp.Regexp{}

func init() {
	for _, s := range Catalog() {
		for _, ct := range s.CredentialTypes {
			for _, f := range ct.Fields {
				if f.Pattern != "" {
					patterns[f.Pattern] = regexp.MustCompile(`\A(?:` + f.Pattern + `)\z`)
				}
			}
		}
	}
}
