package catalog

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/internal/outbound"
)

// HTTPSpec describes how to verify the credentials of a custom HTTP source:
// the protected call to make, where the credential goes, and where the
// account's identifier is in the JSON answer.
type HTTPSpec struct {
	// BaseURL is the scheme and host (and optional path prefix) of the API.
	BaseURL string `json:"baseUrl"`
	// Method is GET or POST.
	Method string `json:"method"`
	// Path is the verify request's path, appended to BaseURL.
	Path string `json:"path"`
	// Placement is where the credential goes: BEARER, BASIC, HEADER or QUERY.
	Placement string `json:"placement"`
	// Field is the credential field sent (the username for BASIC).
	Field string `json:"field"`
	// PasswordField is the credential field of the password, for BASIC.
	PasswordField string `json:"passwordField,omitempty"`
	// Name is the header (HEADER) or query parameter (QUERY) name.
	Name string `json:"name,omitempty"`
	// IdentifierPath is the dotted path of the identifier in the answer,
	// such as "data.account.id".
	IdentifierPath string `json:"identifierPath"`
	// DisplayNamePath, if set, is the dotted path of a display name.
	DisplayNamePath string `json:"displayNamePath,omitempty"`
}

// Placements lists where a custom source's credential can go.
var Placements = []string{"BEARER", "BASIC", "HEADER", "QUERY"}

var (
	sourceKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9_-]{1,62}$`)
	headerPattern    = regexp.MustCompile(`^[A-Za-z0-9_-]{1,100}$`)
	pathPattern      = regexp.MustCompile(`^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$`)
)

// URLPolicy relaxes the checks of a custom source's base URL, for
// development.
type URLPolicy struct {
	// AllowHTTP allows plain http:// base URLs.
	AllowHTTP bool
	// AllowPrivate allows hosts that name non-public addresses.
	AllowPrivate bool
}

// IsBuiltin reports whether key names a built-in source.
func IsBuiltin(key string) bool {
	return slices.ContainsFunc(Catalog(), func(s Source) bool { return s.Key == key })
}

// IsBuiltinName reports whether name, trimmed and in any case, is the name
// or the key of a built-in source, which a custom source must not pose as.
func IsBuiltinName(name string) bool {
	name = strings.TrimSpace(name)
	return slices.ContainsFunc(Catalog(), func(s Source) bool {
		return strings.EqualFold(name, s.Name) || strings.EqualFold(name, s.Key)
	})
}

// CheckCustom returns the problems of a custom source's definition, by
// input field, or nil. Its base URL must be https and must not name a
// non-public address (outbound.PublicHost) unless policy allows it; the
// check when calling is what guards, this one refuses the obvious early.
func CheckCustom(key string, fields []CredentialField, spec HTTPSpec, policy URLPolicy) []FieldError {
	var errs []FieldError
	add := func(field, format string, args ...any) {
		errs = append(errs, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	switch {
	case !sourceKeyPattern.MatchString(key):
		add("key", "must be 2 to 63 lower-case letters, digits, _ or -, starting with a letter")
	case IsBuiltin(key):
		add("key", "is the key of a built-in source")
	}
	if len(fields) == 0 {
		add("fields", "must list at least one credential field")
	}
	names := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" || names[f.Name] {
			add(fmt.Sprintf("fields[%d].name", i), "must be present and unique")
		}
		names[f.Name] = true
		if f.Pattern != "" {
			if _, err := regexp.Compile(f.Pattern); err != nil {
				add(fmt.Sprintf("fields[%d].pattern", i), "is not a valid regular expression")
			}
		}
	}
	if problem := outbound.CheckURL(spec.BaseURL, policy.AllowHTTP, policy.AllowPrivate, false); problem != "" {
		add("baseUrl", "%s", problem)
	}
	if spec.Method != "GET" && spec.Method != "POST" {
		add("method", "must be GET or POST")
	}
	if !strings.HasPrefix(spec.Path, "/") {
		add("path", "must start with /")
	}
	if !slices.Contains(Placements, spec.Placement) {
		add("placement", "must be one of %s", strings.Join(Placements, ", "))
	}
	if !names[spec.Field] {
		add("field", "must name one of the credential fields")
	}
	if spec.Placement == "BASIC" && spec.PasswordField != "" && !names[spec.PasswordField] {
		add("passwordField", "must name one of the credential fields")
	}
	if (spec.Placement == "HEADER" || spec.Placement == "QUERY") && !headerPattern.MatchString(spec.Name) {
		add("paramName", "must name the header or query parameter (letters, digits, _ and -)")
	}
	if !pathPattern.MatchString(spec.IdentifierPath) {
		add("identifierPath", "must be a dotted path such as data.id")
	}
	if spec.DisplayNamePath != "" && !pathPattern.MatchString(spec.DisplayNamePath) {
		add("displayNamePath", "must be a dotted path such as data.name")
	}
	return errs
}

// callCustom makes the protected call a custom source describes and reads the
// identifier (and display name) at their dotted paths in the answer.
func callCustom(ctx context.Context, v *Verifier, req Request) (*Result, error) {
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
