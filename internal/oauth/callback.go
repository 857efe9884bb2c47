package oauth

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/oauthflow"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/origin"
	"github.com/latchkey/latchkey/internal/store"
)

// The codes of a Refusal.
const (
	InvalidLink        = "INVALID_LINK"        // no flow has this start token or state
	FlowUsed           = "FLOW_USED"           // the link or the callback was used already
	FlowExpired        = "FLOW_EXPIRED"        // too late
	WrongBrowser       = "WRONG_BROWSER"       // the callback came to a browser that did not start the flow
	SessionEnded       = "SESSION_ENDED"       // the key that started the flow no longer authenticates
	AccessDenied       = "ACCESS_DENIED"       // the end user declined at the consent page
	SourceError        = "SOURCE_ERROR"        // the source answered with another error, or an answer that does not hold
	VerificationFailed = "VERIFICATION_FAILED" // the code exchange or the protected call failed
	AppRemoved         = "APP_REMOVED"         // the platform app was deleted meanwhile
)

// Refusal is why a flow could not go on, for the end user's page and the
// error URL: a code (those above, or an API error code such as CONFLICT
// or FORBIDDEN) and plain words, which never hold a secret.
type Refusal struct {
	Code    string
	Message string
	// cause is logged, never shown.
	cause error
}

// Error returns the message.
func (r *Refusal) Error() string { return r.Message }

// Unwrap returns the cause.
func (r *Refusal) Unwrap() error { return r.cause }

func refuse(code, format string, args ...any) *Refusal {
	return &Refusal{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Pending is a flow found by its start token or its state, whose key
// still authenticates.
type Pending struct {
	flow   *ent.OAuthFlow
	source *ent.Source
	// Viewer is the key that started the flow, as it authenticates now.
	Viewer *auth.Viewer
}

// ID returns the flow's ID.
func (p *Pending) ID() string { return p.flow.ID }

// SourceKey returns the key of the source the flow connects.
func (p *Pending) SourceKey() string { return p.source.Key }

// SourceName returns the name of the source the flow connects.
func (p *Pending) SourceName() string { return p.source.Name }

// Destinations returns the origins the browser goes to from the connect
// URL's button: the consent page's and the flow's return URLs'.
func (s *Service) Destinations(p *Pending) []string {
	out := []string{s.cfg.Verifier.ConsentOrigin(p.source.Key, p.flow.CredentialType, p.flow.Params)}
	for _, raw := range []*string{p.flow.SuccessURL, p.flow.ErrorURL} {
		if raw == nil {
			continue
		}
		if u, err := url.Parse(*raw); err == nil {
			if o, ok := origin.Of(u); ok {
				out = append(out, o)
			}
		}
	}
	return out
}

// SuccessURL and ErrorURL are where the browser goes when the flow ends;
// nil for the page that tells the widget.
func (p *Pending) SuccessURL() *string { return p.flow.SuccessURL }

// ErrorURL: see SuccessURL.
func (p *Pending) ErrorURL() *string { return p.flow.ErrorURL }

// ByToken finds the flow a connect URL's token starts. It returns a
// *Refusal (INVALID_LINK for no such flow, FLOW_USED, FLOW_EXPIRED,
// SESSION_ENDED) with the flow when there is one, for its error URL.
func (s *Service) ByToken(ctx context.Context, c *ent.Client, token string) (*Pending, error) {
	return s.find(ctx, c, oauthflow.StartTokenHash(digest(token)), oauthflow.StageCREATED)
}

// ByState finds the flow a callback's state names, as ByToken does.
func (s *Service) ByState(ctx context.Context, c *ent.Client, state string) (*Pending, error) {
	return s.find(ctx, c, oauthflow.StateHash(digest(state)), oauthflow.StageSTARTED)
}

// find returns the flow where holds, if it is at stage and its key still
// authenticates.
func (s *Service) find(ctx context.Context, c *ent.Client, where predicate.OAuthFlow, stage oauthflow.Stage) (*Pending, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	flow, err := c.OAuthFlow.Query().Where(where).Only(sys)
	if ent.IsNotFound(err) {
		return nil, refuse(InvalidLink, "this link is not valid: it is mistyped, or it was not made by this server")
	}
	if err != nil {
		return nil, fmt.Errorf("oauth: finding a flow: %w", err)
	}
	src, err := c.Source.Get(sys, flow.SourceID)
	if err != nil {
		return nil, fmt.Errorf("oauth: reading the source of %s: %w", flow.ID, err)
	}
	p := &Pending{flow: flow, source: src}
	switch {
	case flow.Stage != stage:
		return p, refuse(FlowUsed, "this link was used already; start connecting again")
	case !clock.Now().Before(flow.ExpiresTime):
		return p, refuse(FlowExpired, "this link expired; start connecting again")
	}
	v, err := keys.Resume(ctx, c, flow.AuthAccessID, flow.KeySecretHash)
	if e := errs.As(err); e != nil && e.Code == errs.Unauthenticated {
		return p, &Refusal{Code: SessionEnded, Message: "the session that started this connect has ended; start connecting again", cause: err}
	}
	if err != nil {
		return p, err
	}
	p.Viewer = v
	return p, nil
}

// Begin sends the browser on: it takes the flow's start token (once),
// binds the flow to a new browser secret, which the caller sets as the
// browser's cookie (CookieName), and returns the source's consent page.
func (s *Service) Begin(ctx context.Context, c *ent.Client, p *Pending) (consentURL, browserSecret string, expires time.Time, err error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	req, err := s.request(sys, c, p)
	if err != nil {
		return "", "", time.Time{}, err
	}
	state, browserSecret := newSecret(), newSecret()
	// Made before the flow is taken, so that a flow is never taken for
	// a consent page that could not be made.
	consentURL, err = s.cfg.Verifier.AuthCodeURL(req, state, pkceVerifier(p.flow.ID, browserSecret))
	if err != nil {
		return "", "", time.Time{}, err
	}
	expires = clock.Now().Add(ConsentLifetime)
	n, err := c.OAuthFlow.Update().
		Where(oauthflow.ID(p.flow.ID), oauthflow.StageEQ(oauthflow.StageCREATED)).
		SetStage(oauthflow.StageSTARTED).
		SetStateHash(digest(state)).
		SetBrowserHash(digest(browserSecret)).
		SetExpiresTime(expires).
		Save(sys)
	if err != nil {
		return "", "", time.Time{}, fmt.Errorf("oauth.Begin: %w", err)
	}
	if n == 0 {
		return "", "", time.Time{}, refuse(FlowUsed, "this link was used already; start connecting again")
	}
	return consentURL, browserSecret, expires, nil
}

// Outcome is an account a flow connected.
type Outcome struct {
	Account *ent.Account
	// AlreadyExists reports that the account was connected before, and its
	// credentials were refreshed.
	AlreadyExists bool
}

// Complete finishes a flow the callback found by its state, with the
// callback's query and the browser's secret (its cookie, "" for none):
// it takes the flow (once), exchanges the code, verifies the credentials
// and adds the account as the flow's key. A refusal is a *Refusal; the
// flow ends either way, unless the browser is not the one that started it.
func (s *Service) Complete(ctx context.Context, c *ent.Client, p *Pending, q url.Values, browserSecret string) (*Outcome, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	if browserSecret == "" || p.flow.BrowserHash == nil || subtle.ConstantTimeCompare(digest(browserSecret), *p.flow.BrowserHash) != 1 {
		return nil, refuse(WrongBrowser, "this sign-in came back to a browser that did not start it; start connecting again in this browser")
	}
	n, err := c.OAuthFlow.Update().
		Where(oauthflow.ID(p.flow.ID), oauthflow.StageEQ(oauthflow.StageSTARTED), oauthflow.ExpiresTimeGT(clock.Now())).
		SetStage(oauthflow.StageEXCHANGING).
		Save(sys)
	if err != nil {
		return nil, fmt.Errorf("oauth.Complete: %w", err)
	}
	if n == 0 {
		return nil, refuse(FlowUsed, "this sign-in was finished already; start connecting again")
	}
	out, err := s.complete(ctx, c, p, q, browserSecret)
	// The flow's end is recorded even if the browser left meanwhile.
	ctx = context.WithoutCancel(ctx)
	if out != nil {
		if serr := c.OAuthFlow.UpdateOneID(p.flow.ID).SetStage(oauthflow.StageDONE).SetAccountID(out.Account.ID).
			SetAlreadyExisted(out.AlreadyExists).Exec(privacy.DecisionContext(ctx, privacy.Allow)); serr != nil {
			// The account is added all the same: say so, and log the rest.
			s.logFailure(ctx, p, "recording a connect's account", serr)
		}
		return out, nil
	}
	s.end(ctx, c, p, oauthflow.StageEXCHANGING, err)
	return nil, err
}

// Refused records that a flow found by ByToken or ByState ended with err
// before it was taken (the key that started it no longer authenticates,
// its platform app was removed), so that oauthConnect and the events say
// why. Refusals that leave the flow to finish (another browser, a rate)
// and flows taken already are left as they are.
func (s *Service) Refused(ctx context.Context, c *ent.Client, p *Pending, err error) {
	if code := CodeOf(err); p != nil && (code == SessionEnded || code == AppRemoved) {
		s.end(context.WithoutCancel(ctx), c, p, p.flow.Stage, err)
	}
}

// end marks the flow FAILED with err's code, if it is still at stage, and
// records an OAUTH_CONNECT_FAILED event as the key that started it.
func (s *Service) end(ctx context.Context, c *ent.Client, p *Pending, stage oauthflow.Stage, err error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	code := CodeOf(err)
	n, serr := c.OAuthFlow.Update().Where(oauthflow.ID(p.flow.ID), oauthflow.StageEQ(stage)).
		SetStage(oauthflow.StageFAILED).SetErrorCode(code).Save(sys)
	if serr == nil && n == 1 {
		data := map[string]any{"code": code, "source": p.source.Key}
		actor := &auth.Viewer{EnvironmentID: p.flow.EnvironmentID, AuthAccessID: p.flow.AuthAccessID}
		if p.Viewer != nil {
			actor = p.Viewer
		}
		serr = audit.Record(auth.NewContext(sys, actor), c, event.TypeOAUTH_CONNECT_FAILED, p.flow.ID, data)
	}
	if serr != nil {
		s.logFailure(ctx, p, "recording a connect's failure", serr)
	}
}

// logFailure logs a failure to record a flow's end.
func (s *Service) logFailure(ctx context.Context, p *Pending, what string, err error) {
	if s.cfg.Log != nil {
		s.cfg.Log.ErrorContext(ctx, what+" failed", "flow", p.flow.ID, "error", err.Error())
	}
}

// sourceError is what a source's error parameter may be for it to be
// repeated: an OAuth error code, nothing else it may have added.
var sourceError = regexp.MustCompile(`^[a-z_]{1,64}$`)

func (s *Service) complete(ctx context.Context, c *ent.Client, p *Pending, q url.Values, browserSecret string) (*Outcome, error) {
	switch e := q.Get("error"); {
	case e == "access_denied":
		return nil, refuse(AccessDenied, "the connection was declined at the consent page; nothing was connected")
	case sourceError.MatchString(e):
		return nil, refuse(SourceError, "%s answered with the error %q; nothing was connected", p.SourceName(), e)
	case e != "":
		return nil, refuse(SourceError, "%s answered with an error; nothing was connected", p.SourceName())
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	req, err := s.request(sys, c, p)
	if err != nil {
		return nil, err
	}
	if err := s.cfg.Verifier.CheckCallback(req, q); err != nil {
		return nil, &Refusal{Code: SourceError, Message: p.SourceName() + "'s answer does not hold (" + detailOf(err) + "); nothing was connected", cause: err}
	}
	code := q.Get("code")
	if code == "" {
		return nil, refuse(SourceError, "%s sent no authorization code; nothing was connected", p.SourceName())
	}
	creds, err := s.cfg.Verifier.Exchange(ctx, req, code, pkceVerifier(p.flow.ID, browserSecret))
	if f := catalog.AsFailure(err); f != nil {
		return nil, &Refusal{Code: VerificationFailed, Message: fmt.Sprintf("%s did not give access for this connection (%s); nothing was connected", p.SourceName(), f.Detail), cause: err}
	}
	if err != nil {
		return nil, err
	}
	credentials := make(map[string]any, len(creds))
	for k, v := range creds {
		credentials[k] = v
	}
	acc, existed, err := s.cfg.Accounts.Create(auth.NewContext(ctx, p.Viewer), c, accounts.CreateInput{
		Source: req.Source, CredentialType: req.CredentialType, Credentials: credentials, PlatformApp: &p.flow.PlatformAppID,
		ConnectedByOAuth: true,
	})
	if err != nil {
		return nil, inWords(p, err)
	}
	return &Outcome{Account: acc, AlreadyExists: existed}, nil
}

// inWords returns the refusals of adding the account as an end user
// should read them, keeping their codes; other errors as they are.
func inWords(p *Pending, err error) error {
	code, source := CodeOf(err), p.SourceName()
	switch code {
	case string(errs.Conflict):
		return &Refusal{Code: code, Message: "this " + source + " account is connected here by someone else already, so it was not connected again", cause: err}
	case string(errs.Forbidden):
		return &Refusal{Code: code, Message: "this session may not connect " + source + " accounts; nothing was connected", cause: err}
	case string(errs.VerificationFailed):
		return &Refusal{Code: code, Message: source + " gave access, but checking it failed (" + detailOf(err) + "); nothing was connected", cause: err}
	}
	return err
}

// detailOf returns the plain words of the source's failure in err.
func detailOf(err error) string {
	if f := catalog.AsFailure(err); f != nil && f.Detail != "" {
		return f.Detail
	}
	return "no reason given"
}

// request returns the catalog's request of p's flow: its source,
// credential type, platform app (with its secret) and values.
func (s *Service) request(sys context.Context, c *ent.Client, p *Pending) (catalog.OAuthRequest, error) {
	flow := p.flow
	app, err := c.PlatformApp.Get(sys, flow.PlatformAppID)
	if ent.IsNotFound(err) {
		return catalog.OAuthRequest{}, refuse(AppRemoved, "the platform app this connect goes through was removed; nothing was connected")
	}
	if err != nil {
		return catalog.OAuthRequest{}, fmt.Errorf("oauth: reading the platform app of %s: %w", flow.ID, err)
	}
	secret, err := s.cfg.Apps.Secret(app)
	if err != nil {
		return catalog.OAuthRequest{}, err
	}
	return catalog.OAuthRequest{
		Source: p.source.Key, CredentialType: flow.CredentialType, Params: flow.Params, RedirectURL: s.CallbackURL(),
		App: catalog.App{ClientID: app.ClientID, ClientSecret: secret}, Scopes: app.OauthScopes,
	}, nil
}

// CodeOf returns the code of err for the browser: a Refusal's, an API
// error's, FORBIDDEN for a denial of the data layer, UNAVAILABLE when the
// database was, or INTERNAL.
func CodeOf(err error) string {
	var r *Refusal
	switch {
	case errors.As(err, &r):
		return r.Code
	case errs.As(err) != nil:
		return string(errs.As(err).Code)
	case errors.Is(err, privacy.Deny):
		return string(errs.Forbidden)
	}
	switch store.Classify(err) {
	case store.Unavailable, store.Timeout:
		return string(errs.Unavailable)
	}
	return string(errs.Internal)
}
