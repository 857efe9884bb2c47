package auth

import "context"

// Viewer is the authenticated caller of a request: an API key of one
// environment, with that key's permission.
type Viewer struct {
	// EnvironmentID is the only environment the viewer sees.
	EnvironmentID string
	// AuthAccessID is the ID of the API key that authenticated the request;
	// empty for a person acting through an operator tool.
	AuthAccessID string
	// PersonID names the person acting: the end user of a connect session,
	// or an operator when the viewer is not an API key.
	PersonID string
	// Sources, when not nil, are the only sources the viewer may add
	// accounts of (a connect session's).
	Sources []string
	// Permission is the key's level.
	Permission Permission
	// KeySecretHash is the digest of the secret key the caller presented
	// (its key's current secret, or its previous one during a grace
	// period), for work the request starts that must end with that secret
	// (a hosted OAuth connect); nil when the viewer is not an API key.
	KeySecretHash []byte
}

// Allows reports whether the viewer holds every capability in c.
func (v *Viewer) Allows(c Capability) bool {
	return v != nil && v.Permission.Allows(c)
}

type viewerKey struct{}

// NewContext returns a copy of ctx that carries v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer carried by ctx, or nil when there is none.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}
