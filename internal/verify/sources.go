package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// ShopifyAPIVersion is the Admin API version of the shop call.
const ShopifyAPIVersion = "2024-10"

// shopify reads GET /admin/api/{version}/shop.json; the identifier is the
// shop's id.
func shopify(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	base, client := v.baseURL("shopify", "https://"+req.Credentials["myShopifyDomain"])
	r, err := newRequest(ctx, http.MethodGet, base+"/admin/api/"+ShopifyAPIVersion+"/shop.json", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("X-Shopify-Access-Token", req.Credentials["accessToken"])
	var out struct {
		Shop struct {
			ID   json.Number `json:"id"`
			Name string      `json:"name"`
		} `json:"shop"`
	}
	if err := v.call(client, r, &out); err != nil {
		return nil, err
	}
	if out.Shop.ID == "" {
		return nil, missing("shop.id")
	}
	return &Result{ExternalID: out.Shop.ID.String(), Identifier: out.Shop.ID.String(), DisplayName: out.Shop.Name}, nil
}

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

// xero refreshes the token at the identity endpoint with the app's client
// credentials, then reads GET /connections; the identifier is the tenant id,
// which must be among the connections. Xero rotates refresh tokens: the new
// one is returned in Result.Credentials and must replace the old at once.
func xero(ctx context.Context, v *Verifier, req Request) (*Result, error) {
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

// plaid reads POST /item/get with the app's client id and secret; the
// identifier is the item id.
func plaid(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	body, _ := json.Marshal(map[string]string{
		"client_id": req.App.ClientID, "secret": req.App.ClientSecret, "access_token": req.Credentials["accessToken"],
	})
	base, client := v.baseURL("plaid", "https://production.plaid.com")
	r, err := newRequest(ctx, http.MethodPost, base+"/item/get", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	r.Header.Set("Content-Type", "application/json")
	var out struct {
		Item struct {
			ItemID        string `json:"item_id"`
			InstitutionID string `json:"institution_id"`
		} `json:"item"`
	}
	if err := v.call(client, r, &out); err != nil {
		if f := AsFailure(err); f != nil && f.Status == http.StatusBadRequest {
			// Plaid answers 400 for an invalid or revoked access token.
			return nil, &Failure{Reason: Unauthorized, Status: f.Status, Detail: "the access token is not valid"}
		}
		return nil, err
	}
	if out.Item.ItemID == "" {
		return nil, missing("item.item_id")
	}
	name := out.Item.InstitutionID
	return &Result{ExternalID: out.Item.ItemID, Identifier: out.Item.ItemID, DisplayName: name}, nil
}
