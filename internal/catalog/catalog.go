// Package catalog describes the third-party APIs Latchkey keeps accounts in:
// each source's credential types, the fields a frontend renders for them, and
// the checks credentials must pass before they are stored.
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

// Catalog returns the built-in sources.
func Catalog() []Source {
	return []Source{
		{Key: "shopify", Name: "Shopify", CredentialTypes: []CredentialType{{
			Key: "access_token", Name: "Access token",
			Fields: []CredentialField{
				{Name: "myShopifyDomain", Label: "Shop domain (name.myshopify.com)", Required: true, Pattern: `[a-z0-9][a-z0-9-]*\.myshopify\.com`},
				{Name: "accessToken", Label: "Admin API access token", Secret: true, Required: true, Pattern: `\S+`},
			},
		}}},
		{Key: "stripe", Name: "Stripe", CredentialTypes: []CredentialType{
			{
				Key: "secret_key", Name: "Secret key",
				Fields: []CredentialField{
					{Name: "secretKey", Label: "Secret or restricted key", Secret: true, Required: true, Pattern: `(sk|rk)_(test|live)_[A-Za-z0-9]+`},
				},
			},
			{
				Key: "connected_account", Name: "Connected account", RequiresPlatformApp: true,
				Fields: []CredentialField{
					{Name: "accountId", Label: "Connected account ID", Required: true, Pattern: `acct_[A-Za-z0-9]+`},
				},
			},
		}},
		{Key: "xero", Name: "Xero", CredentialTypes: []CredentialType{{
			Key: "refresh_token", Name: "Refresh token", RequiresPlatformApp: true,
			Fields: []CredentialField{
				{Name: "refreshToken", Label: "OAuth refresh token", Secret: true, Required: true, Pattern: `\S+`},
				{Name: "tenantId", Label: "Tenant (organisation) ID", Required: true, Pattern: `[0-9a-fA-F-]{36}`},
			},
		}}},
		{Key: "plaid", Name: "Plaid", CredentialTypes: []CredentialType{{
			Key: "access_token", Name: "Access token", RequiresPlatformApp: true,
			Fields: []CredentialField{
				{Name: "accessToken", Label: "Item access token", Secret: true, Required: true, Pattern: `access-(sandbox|development|production)-[0-9a-f-]+`},
			},
		}}},
	}
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
