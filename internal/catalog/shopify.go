package catalog

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/oauth2"
)

// shopDomain is the shop's field: asked for by the form, and by hosted
// OAuth before it starts, since the consent page is the shop's.
var shopDomain = CredentialField{Name: "myShopifyDomain", Label: "Shop domain (name.myshopify.com)", Required: true, Pattern: `[a-z0-9][a-z0-9-]*\.myshopify\.com`}

// shopify is Shopify: an Admin API access token for one shop, checked by
// reading the shop. Hosted OAuth gets one by installing the platform app
// in the shop (Shopify's authorization-code grant, without PKCE).
var shopify = Source{Key: "shopify", Name: "Shopify", CredentialTypes: []CredentialType{{
	Key: "access_token", Name: "Access token",
	verify: readShop, revoke: uninstallShopifyApp,
	Fields: []CredentialField{
		shopDomain,
		{Name: "accessToken", Label: "Admin API access token", Secret: true, Required: true, Pattern: `\S+`},
	},
	HostedOAuth: &HostedOAuth{
		Fields:        []CredentialField{shopDomain},
		DefaultScopes: []string{"read_products"},
		authStyle:     oauth2.AuthStyleInParams, scopeSeparator: ",",
		endpoint: shopifyEndpoint, checkCallback: checkShopifyCallback, credentials: shopifyToken,
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

// shopifyEndpoint is the shop's consent page and token endpoint.
func shopifyEndpoint(v *Verifier, params map[string]string) (oauth2.Endpoint, *http.Client) {
	base, client := v.baseURL("shopify", "https://"+params["myShopifyDomain"])
	return oauth2.Endpoint{AuthURL: base + "/admin/oauth/authorize", TokenURL: base + "/admin/oauth/access_token"}, client
}

// checkShopifyCallback checks that the callback names the flow's shop and
// carries Shopify's signature: the hex HMAC-SHA256, keyed with the app's
// secret, of the other parameters sorted and joined as k=v&k=v.
func checkShopifyCallback(q url.Values, app App, params map[string]string) error {
	if q.Get("shop") != params["myShopifyDomain"] {
		return &Failure{Reason: Rejected, Detail: "the answer names another shop"}
	}
	pairs := make([]string, 0, len(q))
	for k, vs := range q {
		if k != "hmac" && k != "signature" {
			pairs = append(pairs, k+"="+strings.Join(vs, ","))
		}
	}
	slices.Sort(pairs)
	mac := hmac.New(sha256.New, []byte(app.ClientSecret))
	mac.Write([]byte(strings.Join(pairs, "&")))
	got, err := hex.DecodeString(q.Get("hmac"))
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return &Failure{Reason: Rejected, Detail: "the answer does not carry the shop's signature"}
	}
	return nil
}

// shopifyToken returns the shop and the offline access token the app's
// installation gave.
func shopifyToken(_ context.Context, _ *Verifier, tok *oauth2.Token, params map[string]string) (map[string]string, error) {
	return map[string]string{"myShopifyDomain": params["myShopifyDomain"], "accessToken": tok.AccessToken}, nil
}
