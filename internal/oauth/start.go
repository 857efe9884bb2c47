package oauth

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/oauthflow"
	"github.com/latchkey/latchkey/ent/platformapp"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/origin"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/store"
)

// StartInput holds a flow to start.
type StartInput struct {
	// Source is the source's key.
	Source string
	// CredentialType is the credential type to connect; the source's only
	// one with hosted OAuth when nil.
	CredentialType *string
	// PlatformApp is the ID of the platform app whose client the flow
	// uses; the source's only one in the environment when nil.
	PlatformApp *string
	// Values are the values the flow asks for before it starts (the
	// credential type's hostedOAuth.fields), such as Shopify's shop.
	Values map[string]any
	// SuccessURL and ErrorURL, when given, are where the browser is sent
	// when the flow ends; without them it shows a page that tells the
	// widget's window that opened it (postMessage) and closes.
	SuccessURL, ErrorURL *string
}

// Started is a flow ready for the end user's browser.
type Started struct {
	// Connect is the flow, WAITING.
	Connect *Connect
	// ConnectURL is where to send the end user's browser, once, before
	// Connect.ExpiresTime.
	ConnectURL string
}

// Start prepares a hosted OAuth flow for the viewer's key and records an
// OAUTH_CONNECT_STARTED event. It returns BAD_USER_INPUT naming each
// invalid field, FORBIDDEN for a viewer that may not add accounts of the
// source or is not an API key, RATE_LIMITED when the key is at a bound
// (checkBounds), and UNAVAILABLE when hosted OAuth is off (no public URL).
func (s *Service) Start(ctx context.Context, c *ent.Client, in StartInput) (*Started, error) {
	if err := policy.Require(ctx, auth.CredentialsIn, "add accounts"); err != nil {
		return nil, err
	}
	if s.cfg.PublicURL == "" {
		return nil, errs.New(errs.Unavailable, "hosted OAuth is off on this server: it needs its public URL (LATCHKEY_PUBLIC_URL)")
	}
	v := auth.FromContext(ctx)
	if v.AuthAccessID == "" || len(v.KeySecretHash) == 0 {
		return nil, errs.New(errs.Forbidden, "hosted OAuth is started with an API key, such as a connect session's")
	}
	src, ct, o, err := s.hostedType(ctx, c, in)
	if err != nil {
		return nil, err
	}
	params, problems := o.CheckOAuthParams(in.Values)
	var fields []errs.FieldError
	for _, p := range problems {
		fields = append(fields, errs.FieldError{Field: "values." + p.Field, Message: p.Message})
	}
	for _, u := range []struct {
		field string
		value *string
	}{{"successUrl", in.SuccessURL}, {"errorUrl", in.ErrorURL}} {
		if u.value != nil {
			if problem := s.checkReturnURL(*u.value); problem != "" {
				fields = append(fields, errs.FieldError{Field: u.field, Message: problem})
			}
		}
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("the OAuth connect cannot start", fields...)
	}
	app, err := s.appFor(ctx, c, src, in.PlatformApp)
	if err != nil {
		return nil, err
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := clock.Now()
	// Ended flows go after a while; those of the last while count.
	if _, err := c.OAuthFlow.Delete().Where(oauthflow.ExpiresTimeLT(now.Add(-Keep))).Exec(sys); err != nil {
		return nil, fmt.Errorf("oauth.Start: pruning: %w", err)
	}
	if err := s.checkBounds(sys, c, v.AuthAccessID, now); err != nil {
		return nil, err
	}
	token := newSecret()
	flow, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.OAuthFlow, error) {
		flow, err := tx.OAuthFlow.Create().
			SetID(ids.New("oaf")).
			SetEnvironmentID(v.EnvironmentID).
			SetAuthAccessID(v.AuthAccessID).
			SetKeySecretHash(v.KeySecretHash).
			SetSourceID(src.ID).
			SetCredentialType(ct.Key).
			SetPlatformAppID(app.ID).
			SetParams(params).
			SetNillableSuccessURL(in.SuccessURL).
			SetNillableErrorURL(in.ErrorURL).
			SetStartTokenHash(digest(token)).
			SetExpiresTime(now.Add(StartLifetime)).
			Save(sys)
		if err != nil {
			return nil, fmt.Errorf("oauth.Start: %w", err)
		}
		return flow, audit.Record(ctx, tx, event.TypeOAUTH_CONNECT_STARTED, flow.ID,
			map[string]any{"source": src.Key, "credentialType": ct.Key, "platformApp": app.ID})
	})
	if err != nil {
		return nil, err
	}
	return &Started{Connect: connectOf(flow, src.Key), ConnectURL: s.cfg.PublicURL + StartPath + "?" + url.Values{"token": {token}}.Encode()}, nil
}

// checkBounds returns RATE_LIMITED when the key has MaxOpenFlows under
// way, or started MaxFlowsPerKeep within Keep. The bounds are soft: two
// starts at once may both pass the count before either is written, so a
// key can exceed them by the starts it makes at once, which its rate and
// slots bound.
func (s *Service) checkBounds(sys context.Context, c *ent.Client, key string, now time.Time) error {
	open, err := c.OAuthFlow.Query().Where(oauthflow.AuthAccessID(key), oauthflow.StageIn(oauthflow.StageCREATED, oauthflow.StageSTARTED),
		oauthflow.ExpiresTimeGT(now)).Count(sys)
	if err != nil {
		return fmt.Errorf("oauth.Start: %w", err)
	}
	if open >= MaxOpenFlows {
		return errs.New(errs.RateLimited, "this key has %d OAuth connects under way, the most it may have; finish one or wait 10 minutes", open)
	}
	recent, err := c.OAuthFlow.Query().Where(oauthflow.AuthAccessID(key), oauthflow.CreatedTimeGT(now.Add(-Keep))).Count(sys)
	if err != nil {
		return fmt.Errorf("oauth.Start: %w", err)
	}
	if recent >= MaxFlowsPerKeep {
		return errs.New(errs.RateLimited, "this key started %d OAuth connects within the last hour, the most it may; wait", recent)
	}
	return nil
}

// hostedType returns the source and the credential type the input names,
// and how the type connects through hosted OAuth.
func (s *Service) hostedType(ctx context.Context, c *ent.Client, in StartInput) (*ent.Source, catalog.CredentialType, *catalog.HostedOAuth, error) {
	var none catalog.CredentialType
	src, err := c.Source.Query().Where(source.Key(in.Source)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, none, nil, errs.Invalid(fmt.Sprintf("there is no source %q", in.Source), errs.FieldError{Field: "source", Message: "is not a source of the catalog"})
	}
	if err != nil {
		return nil, none, nil, fmt.Errorf("oauth.Start: %w", err)
	}
	if err := policy.RequireSource(ctx, src.Key); err != nil {
		return nil, none, nil, err
	}
	var hosted []catalog.CredentialType
	for _, ct := range src.CredentialTypes {
		if src.HTTP == nil && catalog.HostedOAuthOf(src.Key, ct.Key) != nil {
			hosted = append(hosted, ct)
		}
	}
	i := slices.IndexFunc(hosted, func(ct catalog.CredentialType) bool { return in.CredentialType != nil && ct.Key == *in.CredentialType })
	switch {
	case len(hosted) == 0:
		return nil, none, nil, errs.Invalid(fmt.Sprintf("%s accounts cannot be connected through hosted OAuth", src.Key),
			errs.FieldError{Field: "source", Message: "has no credential type with hosted OAuth"})
	case in.CredentialType == nil && len(hosted) == 1:
		i = 0
	case i < 0:
		var known []string
		for _, ct := range hosted {
			known = append(known, ct.Key)
		}
		return nil, none, nil, errs.Invalid(fmt.Sprintf("name the credential type of %s to connect", src.Key),
			errs.FieldError{Field: "credentialType", Message: "must be one of " + strings.Join(known, ", ")})
	}
	return src, hosted[i], catalog.HostedOAuthOf(src.Key, hosted[i].Key), nil
}

// appFor returns the platform app of src the flow uses: the one named, or
// the environment's only one.
func (s *Service) appFor(ctx context.Context, c *ent.Client, src *ent.Source, id *string) (*ent.PlatformApp, error) {
	q := c.PlatformApp.Query().Where(platformapp.SourceID(src.ID))
	if id != nil {
		app, err := q.Where(platformapp.ID(*id)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil, errs.Invalid("there is no such platform app for "+src.Key, errs.FieldError{Field: "platformApp", Message: "is not a platform app of this source"})
		}
		if err != nil {
			return nil, fmt.Errorf("oauth.Start: %w", err)
		}
		return app, nil
	}
	found, err := q.Limit(2).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("oauth.Start: %w", err)
	}
	switch len(found) {
	case 0:
		return nil, errs.Invalid(src.Key+" has no platform app in this environment: register one with createPlatformApp first",
			errs.FieldError{Field: "platformApp", Message: "is required: the source has no platform app"})
	case 1:
		return found[0], nil
	}
	return nil, errs.Invalid(src.Key+" has several platform apps: name the one to connect through",
		errs.FieldError{Field: "platformApp", Message: "is required when the source has several platform apps"})
}

// checkReturnURL returns what is wrong with a success or error URL, in
// plain words, or "": it must be an absolute http(s) URL on PublicURL's
// origin or one of ReturnOrigins, without credentials.
func (s *Service) checkReturnURL(raw string) string {
	if len(raw) > MaxURLBytes {
		return fmt.Sprintf("must be at most %d bytes", MaxURLBytes)
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Opaque != "" {
		return "must be an absolute http(s) URL"
	}
	if u.User != nil {
		return "must not hold a user name or password"
	}
	to, _ := origin.Of(u)
	if own, err := url.Parse(s.cfg.PublicURL); err == nil {
		if o, ok := origin.Of(own); ok && o == to {
			return ""
		}
	}
	if slices.Contains(s.cfg.ReturnOrigins, to) {
		return ""
	}
	return "must lead to one of the server's allowed origins (LATCHKEY_CORS_ORIGINS)"
}
