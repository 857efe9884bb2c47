package catalog

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

// xero is Xero: an OAuth refresh token and the tenant it reaches, through a
// platform app, checked by refreshing the token and finding the tenant
// among the app's connections. Hosted OAuth connects one with Xero's
// authorization-code flow and PKCE.
var xero = Source{Key: "xero", Name: "Xero", CredentialTypes: []CredentialType{{
	Key: "refresh_token", Name: "Refresh token", RequiresPlatformApp: true,
	verify: refreshXero, revoke: revokeXeroToken,
	HostedOAuth: &HostedOAuth{
		DefaultScopes: []string{"offline_access", "accounting.settings.read"},
		pkce:          true, authStyle: oauth2.AuthStyleInHeader,
		endpoint: xeroEndpoint, credentials: xeroTenant,
	},
	Fields: []CredentialField{
		{Name: "refreshToken", Label: "OAuth refresh token", Secret: true, Required: true, Pattern: `\S+`},
		{Name: "tenantId", Label: "Tenant (organisation) ID", Required: true, Pattern: `[0-9a-fA-F-]{36}`},
	},
}}}

// refreshXero refreshes the token at the identity endpoint with the app's client
// credentials, then reads GET /connections; the identifier is the tenant id,
// which must be among the connections. Xero rotates refresh tokens: the new
// one is returned in Result.Credentials and must replace the old at once.
func refreshXero(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	identity, client := v.xeroIdentity()
	form := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {req.Credentials["refreshToken"]}}
	r, err := newRequest(ctx, http.MethodPost, identity+"/connect/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.SetBasicAuth(req.App.ClientID, req.App.ClientSecret)
	var token struct {
		AccessToken  string `json:"access_token"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := v.call(client, r, &token); err != nil {
		if f := AsFailure(err); f != nil && f.Status == http.StatusBadRequest {
			// invalid_grant: the refresh token was used, revoked or is too old.
			return nil, &Failure{Reason: Expired, Status: f.Status, Detail: "the refresh token is no longer valid"}
		}
		return nil, err
	}
	if token.AccessToken == "" || token.RefreshToken == "" {
		return nil, missing("access_token or refresh_token")
	}
	conns, err := v.xeroConnections(ctx, token.AccessToken)
	if err != nil {
		return nil, err
	}
	rotated := map[string]string{"refreshToken": token.RefreshToken, "tenantId": req.Credentials["tenantId"]}
	for _, c := range conns {
		if strings.EqualFold(c.TenantID, req.Credentials["tenantId"]) {
			return &Result{ExternalID: c.TenantID, Identifier: c.TenantID, DisplayName: c.TenantName, Credentials: rotated}, nil
		}
	}
	return &Result{Credentials: rotated}, &Failure{Reason: NotFound, Status: http.StatusOK, Detail: "the tenant is not connected to this app"}
}

// revokeXeroToken revokes the refresh token, and the access it grants, at
// the identity endpoint's /connect/revocation, with the app's client
// credentials.
func revokeXeroToken(ctx context.Context, v *Verifier, req Request) error {
	identity, client := v.xeroIdentity()
	form := url.Values{"token": {req.Credentials["refreshToken"]}}
	r, err := newRequest(ctx, http.MethodPost, identity+"/connect/revocation", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.SetBasicAuth(req.App.ClientID, req.App.ClientSecret)
	return v.call(client, r, nil)
}

// xeroIdentity returns Xero's identity host (the operator's, if named) and
// the client that may reach it.
func (v *Verifier) xeroIdentity() (string, *http.Client) {
	if v.cfg.XeroIdentityURL != "" {
		return v.cfg.XeroIdentityURL, v.operator
	}
	return "https://identity.xero.com", v.guarded
}

// xeroConnection is one tenant the app's token reaches.
type xeroConnection struct {
	TenantID    string    `json:"tenantId"`
	TenantName  string    `json:"tenantName"`
	AuthEventID string    `json:"authEventId"`
	Created     time.Time `json:"createdDateUtc"`
}

// xeroConnections reads GET /connections with an access token.
func (v *Verifier) xeroConnections(ctx context.Context, accessToken string) ([]xeroConnection, error) {
	base, client := v.baseURL("xero", "https://api.xero.com")
	r, err := newRequest(ctx, http.MethodGet, base+"/connections", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("Authorization", "Bearer "+accessToken)
	var conns []xeroConnection
	if err := v.call(client, r, &conns); err != nil {
		return nil, err
	}
	return conns, nil
}

// xeroEndpoint is Xero's consent page (login.xero.com, or the operator's
// LATCHKEY_XERO_LOGIN_URL) and token endpoint.
func xeroEndpoint(v *Verifier, _ map[string]string) (oauth2.Endpoint, *http.Client) {
	login := v.cfg.XeroLoginURL
	if login == "" {
		login = "https://login.xero.com"
	}
	identity, client := v.xeroIdentity()
	return oauth2.Endpoint{AuthURL: login + "/identity/connect/authorize", TokenURL: identity + "/connect/token"}, client
}

// xeroTenant returns the refresh token and the tenant the consent just
// connected: the connection made by the token's authentication event, or
// else the newest one.
func xeroTenant(ctx context.Context, v *Verifier, tok *oauth2.Token, _ map[string]string) (map[string]string, error) {
	if tok.RefreshToken == "" {
		return nil, missing("refresh_token (ask for the offline_access scope)")
	}
	conns, err := v.xeroConnections(ctx, tok.AccessToken)
	if err != nil {
		return nil, err
	}
	if len(conns) == 0 {
		return nil, &Failure{Reason: NotFound, Status: http.StatusOK, Detail: "no organisation was connected"}
	}
	chosen := chooseTenant(conns, authEventOf(tok.AccessToken))
	return map[string]string{"refreshToken": tok.RefreshToken, "tenantId": chosen.TenantID}, nil
}

// chooseTenant returns the connection a consent just made among conns
// (not empty): the one its authentication event made, when the token
// names one, or else the newest.
func chooseTenant(conns []xeroConnection, event string) xeroConnection {
	made := func(c xeroConnection) bool { return event != "" && c.AuthEventID == event }
	chosen := conns[0]
	for _, c := range conns[1:] {
		if made(c) != made(chosen) {
			if made(c) {
				chosen = c
			}
			continue
		}
		if c.Created.After(chosen.Created) {
			chosen = c
		}
	}
	return chosen
}

// authEventOf returns the authentication_event_id claim of a Xero access
// token (a JWT the token endpoint just gave), or "". It chooses between
// connections only, so the token's signature is not checked.
func authEventOf(accessToken string) string {
	parts := strings.Split(accessToken, ".")
	if len(parts) != 3 {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return ""
	}
	var claims struct {
		Event string `json:"authentication_event_id"`
	}
	_ = json.Unmarshal(payload, &claims)
	return claims.Event
}
