package catalog

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

// xero is Xero: an OAuth refresh token and the tenant it reaches, through a
// platform app, checked by refreshing the token and finding the tenant
// among the app's connections.
var xero = Source{Key: "xero", Name: "Xero", CredentialTypes: []CredentialType{{
	Key: "refresh_token", Name: "Refresh token", RequiresPlatformApp: true,
	verify: refreshXero, revoke: revokeXeroToken,
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
	identity, client := v.cfg.XeroIdentityURL, v.operator
	if identity == "" {
		identity, client = "https://identity.xero.com", v.guarded
	}
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
	base, client := v.baseURL("xero", "https://api.xero.com")
	r, err = newRequest(ctx, http.MethodGet, base+"/connections", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("Authorization", "Bearer "+token.AccessToken)
	var conns []struct {
		TenantID   string `json:"tenantId"`
		TenantName string `json:"tenantName"`
	}
	if err := v.call(client, r, &conns); err != nil {
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
	identity, client := v.cfg.XeroIdentityURL, v.operator
	if identity == "" {
		identity, client = "https://identity.xero.com", v.guarded
	}
	form := url.Values{"token": {req.Credentials["refreshToken"]}}
	r, err := newRequest(ctx, http.MethodPost, identity+"/connect/revocation", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.SetBasicAuth(req.App.ClientID, req.App.ClientSecret)
	return v.call(client, r, nil)
}
