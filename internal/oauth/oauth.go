// Package oauth runs hosted OAuth connects: a key that may add accounts (a
// connect session's) starts one for an OAuth source, the end user's
// browser follows its connect URL to Latchkey, which sends it to the
// source's consent page with a state and a PKCE challenge, and comes back
// with a code, which Latchkey exchanges, verifies with the source's
// protected call and stores as an account added by that key.
//
// A flow is single-use at each step and short-lived; it is bound to the
// key that started it (disabling, expiring or rotating the key ends it)
// and, once started, to the browser that started it by a cookie, from
// which the PKCE verifier is derived. The database holds digests only.
package oauth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"log/slog"
	"time"

	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/catalog"
)

// The paths of the flow's two steps, below Config.PublicURL.
const (
	StartPath    = "/oauth/start"
	CallbackPath = "/oauth/callback"
)

// Bounds of a flow.
const (
	// StartLifetime is how long a connect URL may be opened, at most.
	StartLifetime = 10 * time.Minute
	// ConsentLifetime is how long the end user has at the consent page.
	ConsentLifetime = 10 * time.Minute
	// MaxOpenFlows is how many flows one key may have under way at once.
	MaxOpenFlows = 20
	// MaxFlowsPerKeep is how many flows one key may start within Keep.
	MaxFlowsPerKeep = 100
	// Keep is how long a flow's row stays after it ended, for support.
	Keep = time.Hour
	// MaxURLBytes bounds a success or error URL.
	MaxURLBytes = 2048
)

// Config holds what the service needs.
type Config struct {
	// Accounts adds the accounts.
	Accounts *accounts.Service
	// Apps opens the platform apps' secrets.
	Apps *apps.Store
	// Verifier sends browsers to the consent pages and exchanges codes.
	Verifier *catalog.Verifier
	// PublicURL is Latchkey's URL as browsers reach it
	// (scheme://host[:port], and a path prefix if any); the callback
	// registered with each platform app is PublicURL + CallbackPath.
	PublicURL string
	// ReturnOrigins are the origins a flow's success and error URLs may
	// lead to, besides PublicURL's.
	ReturnOrigins []string
	// Log receives the failures to record a flow's end, which do not
	// change how it ended.
	Log *slog.Logger
}

// Service starts and finishes flows.
type Service struct {
	cfg Config
}

// New returns a service with cfg.
func New(cfg Config) *Service { return &Service{cfg: cfg} }

// CallbackURL is the redirect URL to register with each platform app; ""
// when hosted OAuth is off (no public URL).
func (s *Service) CallbackURL() string {
	if s.cfg.PublicURL == "" {
		return ""
	}
	return s.cfg.PublicURL + CallbackPath
}

// CookieName is the name of the cookie that binds the flow id to the
// browser that started it; with secure (an https public URL) it has the
// __Secure- prefix, so that no plain-http page of a sibling host can set
// it.
func CookieName(flowID string, secure bool) string {
	if secure {
		return "__Secure-latchkey_oauth_" + flowID
	}
	return "latchkey_oauth_" + flowID
}

// newSecret returns 32 random bytes, base64url-encoded.
func newSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// digest is what the database keeps of a secret.
func digest(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// pkceVerifier derives a flow's PKCE verifier from its browser secret:
// only the browser that holds the cookie can complete the exchange.
func pkceVerifier(flowID, browserSecret string) string {
	sum := sha256.Sum256([]byte("latchkey/pkce\x00" + flowID + "\x00" + browserSecret))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// Connect is what the key that started a flow may learn of it.
type Connect struct {
	// ID names the connect (oaf_…).
	ID string
	// Source is the source's key.
	Source string
	// Status is WAITING (the connect URL was not opened yet), STARTED (the
	// end user is at the consent page), EXCHANGING, DONE, FAILED or
	// EXPIRED.
	Status string
	// AccountID is the account connected, once DONE.
	AccountID *string
	// AlreadyExists reports that the account was connected before, and
	// its credentials were refreshed.
	AlreadyExists bool
	// ErrorCode says why it FAILED (a Refusal's code, or an API error's).
	ErrorCode *string
	// ExpiresTime is when the connect URL, or once opened the consent,
	// expires.
	ExpiresTime time.Time
}
