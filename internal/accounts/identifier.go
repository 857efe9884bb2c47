package accounts

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/latchkey/latchkey/internal/errs"
)

// NormalIdentifier returns an identifier as it is stored and looked up:
// without surrounding white space, in Unicode normalization form C, so that
// the same text typed or pasted differently names the same account. It
// returns BAD_USER_INPUT for an empty identifier, or one that holds
// control or invisible formatting characters (zero-width spaces and
// joiners, direction marks), which would make two identifiers look alike.
func NormalIdentifier(s string) (string, error) {
	s = norm.NFC.String(strings.TrimSpace(s))
	if s == "" {
		return "", errs.Invalid("the identifier is empty", errs.FieldError{Field: "identifier", Message: "must not be empty; omit it to use the default identifier"})
	}
	if strings.IndexFunc(s, invisible) >= 0 {
		return "", errs.Invalid("the identifier holds an invisible character",
			errs.FieldError{Field: "identifier", Message: "must not hold control or invisible formatting characters"})
	}
	return s, nil
}

// invisible reports whether r is a control or formatting character.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// lookupIdentifier returns the stored form of an identifier being looked
// up; one that cannot be stored matches nothing.
func lookupIdentifier(s string) string {
	if n, err := NormalIdentifier(s); err == nil {
		return n
	}
	return s
}
