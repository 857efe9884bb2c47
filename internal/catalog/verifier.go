package catalog

// The Verifier checks credentials with a protected call to their source
// (Shopify's shop, Stripe's account, Xero's connections, Plaid's item) and
// reads the third-party object they reach: its ID, the account's default
// identifier and a display name. Every source's base URL is configuration,
// so tests run this code against local fake servers. Every call goes
// through the outbound guard: public addresses only, https only, no
// redirect followed, unless the operator named the destination.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/outbound"
)

// DefaultTimeout bounds one verification, all its calls included.
const DefaultTimeout = 10 * time.Second

// Config holds the verifier's settings.
type Config struct {
	// BaseURLs replaces the scheme and host of a source's calls, by source
	// key ("shopify" → "http://127.0.0.1:9999"), built-in or custom; for
	// Shopify it replaces the https://{myShopifyDomain} part. A key with
	// "-" may be given with "_" instead, as environment variables spell
	// it. They are the operator's choice: their host and port are reached
	// even when not public, and over plain http if they say so.
	BaseURLs map[string]string
	// XeroIdentityURL replaces https://identity.xero.com; the operator's
	// choice too.
	XeroIdentityURL string
	// XeroLoginURL replaces https://login.xero.com, Xero's consent page,
	// which browsers are sent to, never Latchkey.
	XeroLoginURL string
	// StripeConnectURL replaces https://connect.stripe.com, where
	// connected accounts are connected and deauthorized; the operator's
	// choice too.
	StripeConnectURL string
	// Timeout bounds one verification; DefaultTimeout when zero.
	Timeout time.Duration
	// AllowHTTP lets calls to the addresses the operator did not name use
	// plain http. For development only.
	AllowHTTP bool
	// AllowPrivate lets calls to the addresses the operator did not name
	// reach non-public ones: loopback, private networks, link-local,
	// metadata services. For development only.
	AllowPrivate bool
	// Observe, when set, learns each verification's source ("custom" for
	// every custom source) and outcome ("ok" or the failure's reason).
	Observe func(source, outcome string)
}

// App is a platform app: the client credentials through which some
// credential types reach their source.
type App struct {
	ClientID     string
	ClientSecret string
}

// Request is what to verify.
type Request struct {
	// Source is the source's key.
	Source string
	// CredentialType is the credential type's key.
	CredentialType string
	// Credentials are the credential type's fields.
	Credentials map[string]string
	// App is the platform app, for credential types that need one.
	App *App
	// Spec describes the call of a custom source; nil for built-in ones.
	Spec *HTTPSpec
}

// Result is what a successful verification learned.
type Result struct {
	// ExternalID is the ID of the third-party object the credentials reach.
	ExternalID string
	// Identifier is the account's default identifier.
	Identifier string
	// DisplayName is a human-readable name of the object, if it has one.
	DisplayName string
	// Credentials, when not nil, replace the stored ones: a source that
	// rotates tokens (Xero) returns the new ones here.
	Credentials map[string]string
}

// Reason says why a verification failed, in a word.
type Reason string

// The reasons a verification fails.
const (
	Unauthorized Reason = "unauthorized" // 401: the credentials are not (or no longer) valid
	Forbidden    Reason = "forbidden"    // 403: valid, but not allowed to read the object
	NotFound     Reason = "not found"    // 404, or the object is not among those reached
	Expired      Reason = "expired"      // the refresh grant is invalid or expired
	RateLimited  Reason = "rate limited" // 429
	Unavailable  Reason = "unavailable"  // 5xx, a timeout or a network failure
	Malformed    Reason = "malformed answer"
	Rejected     Reason = "rejected" // a redirect or another 4xx: the source refused the request itself
	Refused      Reason = "refused"  // Latchkey refused to call the address: not public, or plain http
)

// Failure is a failed verification. Its message is safe to show: it never
// holds a credential.
type Failure struct {
	// Reason is why it failed.
	Reason Reason
	// Status is the source's HTTP status, or 0 when there was no answer.
	Status int
	// Detail adds plain words about the failure.
	Detail string
	// code is the source's machine-readable error code, when its answer
	// named one; never shown, it only tells refusals apart.
	code string
}

// Error returns the reason, the status and the detail.
func (f *Failure) Error() string {
	msg := string(f.Reason)
	if f.Status != 0 {
		msg += fmt.Sprintf(" (HTTP %d)", f.Status)
	}
	if f.Detail != "" {
		msg += ": " + f.Detail
	}
	return msg
}

// Revoked reports whether the failure shows the credentials were revoked.
func (f *Failure) Revoked() bool { return f.Reason == Unauthorized || f.Reason == Forbidden }

// Transient reports whether the failure says nothing about the credentials
// themselves, so that retrying later may succeed.
func (f *Failure) Transient() bool {
	return f.Reason == RateLimited || f.Reason == Unavailable || f.Reason == Malformed
}

// AsFailure returns the *Failure in err's chain, or nil.
func AsFailure(err error) *Failure {
	var f *Failure
	if errors.As(err, &f) {
		return f
	}
	return nil
}

// Verifier makes the protected calls.
type Verifier struct {
	cfg Config
	// guarded calls the addresses users and tenants chose, and the
	// sources' own; operator calls the base URLs of cfg. They share no
	// connection, so naming an operator's host gains a tenant nothing.
	guarded, operator *http.Client
}

// NewVerifier returns a verifier with cfg.
func NewVerifier(cfg Config) *Verifier {
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	guard := outbound.Config{AllowHTTP: cfg.AllowHTTP, AllowPrivate: cfg.AllowPrivate}
	operator := guard
	for _, u := range cfg.BaseURLs {
		operator.Destinations = append(operator.Destinations, u)
	}
	for _, u := range []string{cfg.XeroIdentityURL, cfg.StripeConnectURL} {
		if u != "" {
			operator.Destinations = append(operator.Destinations, u)
		}
	}
	return &Verifier{cfg: cfg, guarded: outbound.NewClient(guard), operator: outbound.NewClient(operator)}
}

// verifier is how one credential type of a built-in source is verified.
type verifier func(ctx context.Context, v *Verifier, req Request) (*Result, error)

// verifierOf returns the protected call of a built-in source's credential
// type, or nil.
func verifierOf(source, credentialType string) verifier {
	for _, s := range Catalog() {
		if s.Key != source {
			continue
		}
		if ct, ok := CredentialTypeOf(s.CredentialTypes, credentialType); ok {
			return ct.verify
		}
	}
	return nil
}

// Supports reports whether the verifier knows how to verify this
// credential type of a built-in source.
func Supports(source, credentialType string) bool {
	return verifierOf(source, credentialType) != nil
}

// Verify makes the protected call for req. It returns a *Failure when the
// source refused, did not answer in time or answered something unreadable.
func (v *Verifier) Verify(ctx context.Context, req Request) (*Result, error) {
	f := verifierOf(req.Source, req.CredentialType)
	if req.Spec != nil {
		f = callCustom
	}
	if f == nil {
		return nil, fmt.Errorf("sources: no protected call for %s/%s", req.Source, req.CredentialType)
	}
	ctx, cancel := context.WithTimeout(ctx, v.cfg.Timeout)
	defer cancel()
	res, err := f(ctx, v, req)
	if v.cfg.Observe != nil {
		outcome := "ok"
		if f := AsFailure(err); f != nil {
			outcome = string(f.Reason)
		} else if err != nil {
			outcome = "error"
		}
		source := req.Source
		if req.Spec != nil {
			// A tenant's own source: its key is the tenant's to choose, and
			// would make one series per key, across tenants.
			source = "custom"
		}
		v.cfg.Observe(source, outcome)
	}
	return res, err
}

// baseURL returns the operator's base URL of source and the client that
// may reach it, or def and the guarded client.
func (v *Verifier) baseURL(source, def string) (string, *http.Client) {
	if u := v.cfg.BaseURLs[source]; u != "" {
		return u, v.operator
	}
	if u := v.cfg.BaseURLs[strings.ReplaceAll(source, "-", "_")]; u != "" {
		return u, v.operator
	}
	return def, v.guarded
}

// Timeout returns how long one verification may take at most.
func (v *Verifier) Timeout() time.Duration { return v.cfg.Timeout }
