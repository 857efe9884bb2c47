package catalog

import (
	"context"
	"encoding/json"
	"net/http"
)

// shopify is Shopify: an Admin API access token for one shop, checked by
// reading the shop.
var shopify = Source{Key: "shopify", Name: "Shopify", CredentialTypes: []CredentialType{{
	Key: "access_token", Name: "Access token",
	verify: readShop, revoke: uninstallShopifyApp,
	Fields: []CredentialField{
		{Name: "myShopifyDomain", Label: "Shop domain (name.myshopify.com)", Required: true, Pattern: `[a-z0-9][a-z0-9-]*\.myshopify\.com`},
		{Name: "accessToken", Label: "Admin API access token", Secret: true, Required: true, Pattern: `\S+`},
	},
}}}

// ShopifyAPIVersion is the Admin API version of the shop call.
const ShopifyAPIVersion = "2024-10"

// readShop reads GET /admin/api/{version}/shop.json; the identifier is the
// shop's id.
func readShop(ctx context.Context, v *Verifier, req Request) (*Result, error) {
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

// uninstallShopifyApp revokes the access token with DELETE
// /admin/api_permissions/current.json, which uninstalls the app that
// holds it from the shop.
func uninstallShopifyApp(ctx context.Context, v *Verifier, req Request) error {
	base, client := v.baseURL("shopify", "https://"+req.Credentials["myShopifyDomain"])
	r, err := newRequest(ctx, http.MethodDelete, base+"/admin/api_permissions/current.json", nil)
	if err != nil {
		return err
	}
	r.Header.Set("X-Shopify-Access-Token", req.Credentials["accessToken"])
	err = v.call(client, r, nil)
	if f := AsFailure(err); f != nil && f.Reason == Unauthorized {
		return nil // the token authenticates this call: refused, it reaches nothing already
	}
	return err
}
