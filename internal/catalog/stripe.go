package catalog

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/oauth2"
)

// stripe is Stripe: a secret or restricted key, or a connected account
// reached through a platform app's key, checked by reading the account. A
// platform app's client ID is its Connect client ID, which deauthorizing
// (and OAuth) name.
var stripe = Source{Key: "stripe", Name: "Stripe", appClientID: &clientIDForm{
	pattern: regexp.MustCompile(`^ca_[A-Za-z0-9]+$`), what: "the platform's Stripe Connect client ID (ca_…)",
}, CredentialTypes: []CredentialType{
	{
		Key: "secret_key", Name: "Secret key",
		verify: stripeSecretKey,
		Fields: []CredentialField{
			{Name: "secretKey", Label: "Secret or restricted key", Secret: true, Required: true, Pattern: `(sk|rk)_(test|live)_[A-Za-z0-9]+`},
		},
	},
	{
		Key: "connected_account", Name: "Connected account", RequiresPlatformApp: true,
		verify: stripeConnectedAccount, revoke: deauthorizeStripeAccount, unproven: true,
		// Stripe Connect's OAuth takes no PKCE challenge; the token
		// endpoint takes the platform's secret key as client_secret.
		HostedOAuth: &HostedOAuth{
			DefaultScopes: []string{"read_write"},
			authStyle:     oauth2.AuthStyleInParams,
			endpoint:      stripeEndpoint, credentials: stripeConnected,
		},
		Fields: []CredentialField{
			{Name: "accountId", Label: "Connected account ID", Required: true, Pattern: `acct_[A-Za-z0-9]+`},
		},
	},
}}

// stripeAccount reads GET /v1/account with bearer, as the connected account
// when connected is set; the identifier is the account's id.
func stripeAccount(ctx context.Context, v *Verifier, bearer, connected string) (*Result, error) {
	base, client := v.baseURL("stripe", "https://api.stripe.com")
	r, err := newRequest(ctx, http.MethodGet, base+"/v1/account", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("Authorization", "Bearer "+bearer)
	if connected != "" {
		r.Header.Set("Stripe-Account", connected)
	}
	var out struct {
		ID              string `json:"id"`
		BusinessProfile struct {
			Name string `json:"name"`
		} `json:"business_profile"`
		Settings struct {
			Dashboard struct {
				DisplayName string `json:"display_name"`
			} `json:"dashboard"`
		} `json:"settings"`
	}
	if err := v.call(client, r, &out); err != nil {
		return nil, err
	}
	if out.ID == "" {
		return nil, missing("id")
	}
	name := out.Settings.Dashboard.DisplayName
	if name == "" {
		name = out.BusinessProfile.Name
	}
	return &Result{ExternalID: out.ID, Identifier: out.ID, DisplayName: name}, nil
}

func stripeSecretKey(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	return stripeAccount(ctx, v, req.Credentials["secretKey"], "")
}

func stripeConnectedAccount(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	return stripeAccount(ctx, v, req.App.ClientSecret, req.Credentials["accountId"])
}

// deauthorizeStripeAccount disconnects the connected account from the
// platform app with POST https://connect.stripe.com/oauth/deauthorize,
// authenticated with the app's secret key.
func deauthorizeStripeAccount(ctx context.Context, v *Verifier, req Request) error {
	base, client := v.stripeConnect()
	form := url.Values{"client_id": {req.App.ClientID}, "stripe_user_id": {req.Credentials["accountId"]}}
	r, err := newRequest(ctx, http.MethodPost, base+"/oauth/deauthorize", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Authorization", "Bearer "+req.App.ClientSecret)
	return v.call(client, r, nil)
}

// stripeConnect returns Stripe Connect's host (the operator's, if named)
// and the client that may reach it.
func (v *Verifier) stripeConnect() (string, *http.Client) {
	if v.cfg.StripeConnectURL != "" {
		return v.cfg.StripeConnectURL, v.operator
	}
	return "https://connect.stripe.com", v.guarded
}

// stripeEndpoint is Stripe Connect's consent page and token endpoint.
func stripeEndpoint(v *Verifier, _ map[string]string) (oauth2.Endpoint, *http.Client) {
	base, client := v.stripeConnect()
	return oauth2.Endpoint{AuthURL: base + "/oauth/authorize", TokenURL: base + "/oauth/token"}, client
}

// stripeConnected returns the connected account the consent connected
// (stripe_user_id): the platform reaches it with its own key, so the
// account's own tokens are not kept.
func stripeConnected(_ context.Context, _ *Verifier, tok *oauth2.Token, _ map[string]string) (map[string]string, error) {
	id := extraString(tok, "stripe_user_id")
	if id == "" {
		return nil, missing("stripe_user_id")
	}
	return map[string]string{"accountId": id}, nil
}
