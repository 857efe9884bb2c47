package catalog

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// plaid is Plaid: an item's access token, through a platform app, checked
// by reading the item.
var plaid = Source{Key: "plaid", Name: "Plaid", CredentialTypes: []CredentialType{{
	Key: "access_token", Name: "Access token", RequiresPlatformApp: true,
	verify: readPlaidItem, revoke: removePlaidItem,
	Fields: []CredentialField{
		{Name: "accessToken", Label: "Item access token", Secret: true, Required: true, Pattern: `access-(sandbox|development|production)-[0-9a-f-]+`},
	},
}}}

// readPlaidItem reads POST /item/get with the app's client id and secret; the
// identifier is the item id.
func readPlaidItem(ctx context.Context, v *Verifier, req Request) (*Result, error) {
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

// removePlaidItem removes the item with POST /item/remove, which
// invalidates its access token. An item or access token Plaid no longer
// knows (ITEM_NOT_FOUND, INVALID_ACCESS_TOKEN) reaches nothing already;
// any other refusal (INVALID_API_KEYS: the app's own credentials) is not
// a revocation.
func removePlaidItem(ctx context.Context, v *Verifier, req Request) error {
	body, _ := json.Marshal(map[string]string{
		"client_id": req.App.ClientID, "secret": req.App.ClientSecret, "access_token": req.Credentials["accessToken"],
	})
	base, client := v.baseURL("plaid", "https://production.plaid.com")
	r, err := newRequest(ctx, http.MethodPost, base+"/item/remove", bytes.NewReader(body))
	if err != nil {
		return err
	}
	r.Header.Set("Content-Type", "application/json")
	err = v.call(client, r, nil)
	if f := AsFailure(err); f != nil && (f.code == "ITEM_NOT_FOUND" || f.code == "INVALID_ACCESS_TOKEN") {
		return nil
	}
	return err
}
