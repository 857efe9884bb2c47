package catalog

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/oauth2"

	"github.com/latchkey/latchkey/internal/origin"
)

// HostedOAuth is how accounts of a credential type are connected through
// the source's own consent page, an OAuth authorization-code flow, instead
// of a form: Latchkey sends the end user's browser there, exchanges the
// code it comes back with, and stores the credentials the exchange yields.
type HostedOAuth struct {
	// Fields are the values to ask for before the flow starts, such as
	// Shopify's shop domain; each is a field of the credential type.
	Fields []CredentialField `json:"fields"`
	// DefaultScopes are asked for when the platform app names none.
	DefaultScopes []string `json:"defaultScopes"`

	// pkce reports whether the source takes a PKCE (S256) challenge.
	pkce bool
	// scopeSeparator joins the scopes when it is not a space (Shopify
	// takes a comma-separated list).
	scopeSeparator string
	// authStyle is how the token endpoint takes the client credentials.
	authStyle oauth2.AuthStyle
	// endpoint returns the authorization and token URLs for params, and
	// the client that may reach the token URL.
	endpoint func(v *Verifier, params map[string]string) (oauth2.Endpoint, *http.Client)
	// checkCallback, when set, checks what the source added to the
	// callback beyond the code and the state.
	checkCallback func(q url.Values, app App, params map[string]string) error
	// credentials turns the exchanged token into the credential type's
	// fields.
	credentials func(ctx context.Context, v *Verifier, tok *oauth2.Token, params map[string]string) (map[string]string, error)
}

// OAuthRequest is one hosted OAuth flow of a credential type.
type OAuthRequest struct {
	// Source and CredentialType name the credential type.
	Source, CredentialType string
	// App is the platform app whose client the flow uses.
	App App
	// Scopes are the scopes to ask for; the type's defaults when empty.
	Scopes []string
	// Params are the values the flow asked for before it started.
	Params map[string]string
	// RedirectURL is Latchkey's callback URL, as registered with the source.
	RedirectURL string
}

// HostedOAuthOf returns how accounts of a built-in source's credential
// type are connected through hosted OAuth, or nil when they are not.
func HostedOAuthOf(source, credentialType string) *HostedOAuth {
	for _, s := range Catalog() {
		if s.Key != source {
			continue
		}
		if ct, ok := CredentialTypeOf(s.CredentialTypes, credentialType); ok {
			return ct.HostedOAuth
		}
	}
	return nil
}

// CheckOAuthParams returns the params a flow of o asks for, cleaned, or
// the problems of each missing or malformed one.
func (o *HostedOAuth) CheckOAuthParams(params map[string]any) (map[string]string, []FieldError) {
	return CredentialType{Fields: o.Fields}.Validate(params)
}

// oauthConfig returns the oauth2 configuration of req's flow and the
// client of its token endpoint.
func (v *Verifier) oauthConfig(req OAuthRequest) (*HostedOAuth, *oauth2.Config, *http.Client, error) {
	o := HostedOAuthOf(req.Source, req.CredentialType)
	if o == nil {
		return nil, nil, nil, fmt.Errorf("catalog: %s/%s has no hosted OAuth", req.Source, req.CredentialType)
	}
	endpoint, client := o.endpoint(v, req.Params)
	endpoint.AuthStyle = o.authStyle
	scopes := slices.Clone(req.Scopes)
	if len(scopes) == 0 {
		scopes = slices.Clone(o.DefaultScopes)
	}
	if o.scopeSeparator != "" {
		// oauth2 joins scopes with spaces.
		scopes = []string{strings.Join(scopes, o.scopeSeparator)}
	}
	return o, &oauth2.Config{
		ClientID: req.App.ClientID, ClientSecret: req.App.ClientSecret,
		Endpoint: endpoint, RedirectURL: req.RedirectURL, Scopes: scopes,
	}, client, nil
}

// AuthCodeURL returns the source's consent page for req's flow, carrying
// state and, where the source takes one, the S256 challenge of verifier.
func (v *Verifier) AuthCodeURL(req OAuthRequest, state, verifier string) (string, error) {
	o, cfg, _, err := v.oauthConfig(req)
	if err != nil {
		return "", err
	}
	var opts []oauth2.AuthCodeOption
	if o.pkce {
		opts = append(opts, oauth2.S256ChallengeOption(verifier))
	}
	return cfg.AuthCodeURL(state, opts...), nil
}

// ConsentOrigin returns the origin (scheme://host[:port]) of the consent
// page of a credential type's flow with params, or "" when it has none:
// the page that posts a connect's token must let the answer's redirect
// go there.
func (v *Verifier) ConsentOrigin(source, credentialType string, params map[string]string) string {
	o := HostedOAuthOf(source, credentialType)
	if o == nil {
		return ""
	}
	endpoint, _ := o.endpoint(v, params)
	u, err := url.Parse(endpoint.AuthURL)
	if err != nil {
		return ""
	}
	out, _ := origin.Of(u)
	return out
}

// CheckCallback checks what the source added to the callback's query
// beyond the code and the state (Shopify signs it with the app's secret).
// It returns a *Failure with reason Rejected when it does not hold.
func (v *Verifier) CheckCallback(req OAuthRequest, q url.Values) error {
	o := HostedOAuthOf(req.Source, req.CredentialType)
	if o == nil || o.checkCallback == nil {
		return nil
	}
	return o.checkCallback(q, req.App, req.Params)
}

// Exchange trades the code the source gave the callback for a token, with
// the verifier of the challenge AuthCodeURL sent, and returns the
// credential type's fields. A refusal or a failure to answer is a
// *Failure, as a protected call's would be.
func (v *Verifier) Exchange(ctx context.Context, req OAuthRequest, code, verifier string) (map[string]string, error) {
	o, cfg, client, err := v.oauthConfig(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, v.cfg.Timeout)
	defer cancel()
	var opts []oauth2.AuthCodeOption
	if o.pkce {
		opts = append(opts, oauth2.VerifierOption(verifier))
	}
	tok, err := cfg.Exchange(context.WithValue(ctx, oauth2.HTTPClient, client), code, opts...)
	if err != nil {
		return nil, v.exchangeFailure(ctx, err)
	}
	return o.credentials(ctx, v, tok, req.Params)
}

// exchangeFailure is the *Failure of a code exchange that failed: the
// token endpoint's refusal by its status and error code, no answer, or
// an answer without a token.
func (v *Verifier) exchangeFailure(ctx context.Context, err error) *Failure {
	var re *oauth2.RetrieveError
	var transport *url.Error
	switch {
	case errors.As(err, &re):
	case errors.As(err, &transport):
		return v.unanswered(ctx, err)
	default:
		// oauth2 read a 2xx answer it could not use.
		return &Failure{Reason: Malformed, Status: http.StatusOK, Detail: "the token answer has no access token"}
	}
	status := 0
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	f := statusFailure(status)
	if f == nil {
		// A 2xx answer naming an error.
		f = &Failure{Reason: Rejected, Status: status, Detail: "the source refused the request"}
	}
	f.code = re.ErrorCode
	switch re.ErrorCode {
	case "invalid_grant":
		f.Reason, f.Detail = Rejected, "the authorization code is not valid: it expired or was used already"
	case "invalid_client", "unauthorized_client":
		f.Reason, f.Detail = Rejected, "the source refused the platform app's client credentials"
	}
	return f
}

// extraString returns the string the token answer holds under name.
func extraString(tok *oauth2.Token, name string) string {
	s, _ := tok.Extra(name).(string)
	return strings.TrimSpace(s)
}
