// Package auth defines who a caller is and what it may do: the permission
// levels of API keys, the capabilities they grant, the viewer carried in a
// request's context and the format of secret keys. It holds no storage.
package auth

import (
	"fmt"
	"io"
	"strconv"
)

// Capability is one kind of right an operation needs. Capabilities combine as
// a bit set.
type Capability uint8

// The capabilities an operation may require.
const (
	// Read reads non-secret fields of accounts, keys and events.
	Read Capability = 1 << iota
	// Write changes or deletes accounts and other objects.
	Write
	// CredentialsIn adds accounts with their credentials.
	CredentialsIn
	// CredentialsOut reveals decrypted credentials.
	CredentialsOut
	// KeyAdmin creates and changes API keys.
	KeyAdmin
)

// String returns the capability's lower-case name, or names joined by "+".
func (c Capability) String() string {
	names := []string{"read", "write", "credentials-in", "credentials-out", "key-admin"}
	var s string
	for i, name := range names {
		if c&(1<<i) != 0 {
			if s != "" {
				s += "+"
			}
			s += name
		}
	}
	if s == "" {
		return "none"
	}
	return s
}

// Permission is the level of an API key (an AuthAccess's permission).
type Permission string

// The five permission levels, from the least to the most powerful.
const (
	CredentialsInOnly         Permission = "CREDENTIALS_IN_ONLY"
	ReadOnly                  Permission = "READ_ONLY"
	ReadCredentialsIn         Permission = "READ_CREDENTIALS_IN"
	ReadWriteNoCredentialsOut Permission = "READ_WRITE_NO_CREDENTIALS_OUT"
	FullAccess                Permission = "FULL_ACCESS"
)

var capabilities = map[Permission]Capability{
	CredentialsInOnly:         CredentialsIn,
	ReadOnly:                  Read,
	ReadCredentialsIn:         Read | CredentialsIn,
	ReadWriteNoCredentialsOut: Read | Write | CredentialsIn | KeyAdmin,
	FullAccess:                Read | Write | CredentialsIn | CredentialsOut | KeyAdmin,
}

// Permissions lists every level, from the least to the most powerful.
func Permissions() []Permission {
	return []Permission{CredentialsInOnly, ReadOnly, ReadCredentialsIn, ReadWriteNoCredentialsOut, FullAccess}
}

// Values returns the levels as strings; ent uses it for the enum column.
func (Permission) Values() []string {
	var vs []string
	for _, p := range Permissions() {
		vs = append(vs, string(p))
	}
	return vs
}

// Valid reports whether p is one of the five levels.
func (p Permission) Valid() bool {
	_, ok := capabilities[p]
	return ok
}

// Capabilities returns the capabilities p grants; none for an unknown level.
func (p Permission) Capabilities() Capability { return capabilities[p] }

// Allows reports whether p grants every capability in c.
func (p Permission) Allows(c Capability) bool {
	return p.Valid() && p.Capabilities()&c == c
}

// Covers reports whether every capability of q is also one of p's, that is
// whether a key of level p may create or manage a key of level q.
func (p Permission) Covers(q Permission) bool {
	return p.Valid() && q.Valid() && p.Allows(q.Capabilities())
}

// MarshalGQL writes the level as a GraphQL enum value.
func (p Permission) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(string(p)))
}

// UnmarshalGQL reads a GraphQL enum value; it fails for an unknown level.
func (p *Permission) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("permission must be a string, not %T", v)
	}
	if !Permission(s).Valid() {
		return fmt.Errorf("%q is not a valid AuthAccessPermission", s)
	}
	*p = Permission(s)
	return nil
}
