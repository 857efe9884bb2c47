package catalog

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
)

// FieldError says what is wrong with one credential field. It never holds the
// field's value, which may be secret.
type FieldError struct {
	// Field is the credential field's name.
	Field string
	// Message says what is wrong, in plain words.
	Message string
}

// CredentialTypeOf returns the credential type named key among types, and
// whether there is one.
func CredentialTypeOf(types []CredentialType, key string) (CredentialType, bool) {
	i := slices.IndexFunc(types, func(ct CredentialType) bool { return ct.Key == key })
	if i < 0 {
		return CredentialType{}, false
	}
	return types[i], true
}

// MaxCredentialBytes bounds the length of one credential value.
const MaxCredentialBytes = 4096

// Validate checks credentials against ct and returns the cleaned values and
// one error for each missing, unknown, too long or malformed field, sorted
// by field.
func (ct CredentialType) Validate(credentials map[string]any) (map[string]string, []FieldError) {
	var errs []FieldError
	clean := make(map[string]string, len(ct.Fields))
	for _, f := range ct.Fields {
		raw, ok := credentials[f.Name]
		if !ok || raw == nil {
			if f.Required {
				errs = append(errs, FieldError{f.Name, "is required"})
			}
			continue
		}
		s, ok := raw.(string)
		switch {
		case !ok:
			errs = append(errs, FieldError{f.Name, fmt.Sprintf("must be a string, not %s", jsonKind(raw))})
		case s == "" && f.Required:
			errs = append(errs, FieldError{f.Name, "is required"})
		case len(s) > MaxCredentialBytes:
			errs = append(errs, FieldError{f.Name, fmt.Sprintf("is longer than %d bytes", MaxCredentialBytes)})
		case f.Pattern != "" && !matches(f.Pattern, s):
			errs = append(errs, FieldError{f.Name, fmt.Sprintf("does not match the pattern %s", f.Pattern)})
		default:
			clean[f.Name] = s
		}
	}
	for name := range credentials {
		if !slices.ContainsFunc(ct.Fields, func(f CredentialField) bool { return f.Name == name }) {
			errs = append(errs, FieldError{name, fmt.Sprintf("is not a field of credential type %s", ct.Key)})
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Field < errs[j].Field })
	return clean, errs
}

// matches reports whether the whole of s matches pattern; an invalid pattern
// matches nothing.
func matches(pattern, s string) bool {
	re, ok := patterns[pattern]
	if !ok {
		var err error
		if re, err = regexp.Compile(`\A(?:` + pattern + `)\z`); err != nil {
			return false
		}
	}
	return re.MatchString(s)
}

func jsonKind(v any) string {
	switch v.(type) {
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	default:
		return "a number"
	}
}
