package filter

import (
	"fmt"
	"strings"
)

// SortTerm is one key of a sortBy string.
type SortTerm struct {
	// Field is the GraphQL order field, such as FOREIGN_ID.
	Field string
	// Desc reports a descending order.
	Desc bool
}

// ParseSort reads a sortBy string such as "isEnabled:DESC,createdTime:ASC"
// (the direction defaults to ASC) over schema. It returns an *Error for an
// unknown, secret or unsortable field, or a bad direction.
func ParseSort(s string, schema Schema) ([]SortTerm, error) {
	if len(s) > MaxLength {
		return nil, &Error{Pos: MaxLength + 1, Found: "a sortBy that long", Expected: fmt.Sprintf("at most %d bytes", MaxLength)}
	}
	var terms []SortTerm
	pos := 1
	for _, part := range strings.Split(s, ",") {
		name, dir, _ := strings.Cut(strings.TrimSpace(part), ":")
		f, ok := schema[name]
		switch {
		case !ok:
			return nil, &Error{Pos: pos, Found: fmt.Sprintf("the field %q", name), Expected: "a field to sort by: " + strings.Join(schema.SortKeys(), ", ")}
		case f.Secret != "":
			return nil, &Error{Pos: pos, Found: fmt.Sprintf("the field %q", name), Expected: "a field that is not secret: " + f.Secret}
		case f.Sort == "":
			return nil, &Error{Pos: pos, Found: fmt.Sprintf("the field %q", name), Expected: "a field to sort by: " + strings.Join(schema.SortKeys(), ", ")}
		}
		t := SortTerm{Field: f.Sort}
		switch strings.ToUpper(dir) {
		case "", "ASC":
		case "DESC":
			t.Desc = true
		default:
			return nil, &Error{Pos: pos + len(name) + 1, Found: fmt.Sprintf("%q", dir), Expected: "ASC or DESC"}
		}
		terms = append(terms, t)
		pos += len(part) + 1
	}
	return terms, nil
}
