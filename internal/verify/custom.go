package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// custom makes the protected call a custom source describes and reads the
// identifier (and display name) at their dotted paths in the answer.
func custom(ctx context.Context, v *Verifier, req Request) (*Result, error) {
	spec := req.Spec
	base, client := v.baseURL(req.Source, spec.BaseURL)
	r, err := newRequest(ctx, spec.Method, base+spec.Path, nil)
	if err != nil {
		return nil, err
	}
	credential := req.Credentials[spec.Field]
	switch spec.Placement {
	case "BEARER":
		r.Header.Set("Authorization", "Bearer "+credential)
	case "BASIC":
		r.SetBasicAuth(credential, req.Credentials[spec.PasswordField])
	case "HEADER":
		r.Header.Set(spec.Name, credential)
	case "QUERY":
		q := r.URL.Query()
		q.Set(spec.Name, credential)
		r.URL.RawQuery = q.Encode()
	default:
		return nil, fmt.Errorf("verify: unknown placement %q", spec.Placement)
	}
	if spec.Method == http.MethodPost {
		r.Header.Set("Content-Type", "application/json")
	}
	var answer any
	if err := v.call(client, r, &answer); err != nil {
		return nil, err
	}
	id := at(answer, spec.IdentifierPath)
	if id == "" {
		return nil, missing(spec.IdentifierPath)
	}
	return &Result{ExternalID: id, Identifier: id, DisplayName: at(answer, spec.DisplayNamePath)}, nil
}

// at returns the string or number at a dotted path of a JSON value, or "".
func at(v any, path string) string {
	if path == "" {
		return ""
	}
	for _, key := range strings.Split(path, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = obj[key]
	}
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	default:
		return ""
	}
}
