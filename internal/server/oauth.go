package server

import (
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/oauth"
	"github.com/latchkey/latchkey/internal/origin"
	"github.com/latchkey/latchkey/internal/requestid"
	"github.com/latchkey/latchkey/web"
)

// maxOAuthQuery bounds the query, or the form, of an OAuth door's
// request: a token, or the source's code, state and a few more
// parameters.
const maxOAuthQuery = 8 << 10

// oauthDoor serves the steps of a hosted OAuth connect: GET /oauth/start
// shows what is about to be connected, POST /oauth/start (its token in
// the form) sends the browser to the source's consent page, and GET
// /oauth/callback takes it back. Each passes the gate's checks as the key
// that started the flow: an address that presents unknown, used or
// expired links, or callbacks without their cookie, is throttled as one
// that presents bad keys; the key must still authenticate, and each step
// is charged to its rate and takes one of its slots, within the request
// timeout.
type oauthDoor struct {
	svc    *oauth.Service
	client *ent.Client
	gate   *gate
	faces  *web.Faces
	log    *slog.Logger
	// secure marks the flow's cookie Secure, with the __Secure- prefix
	// (the public URL is https).
	secure bool
	// cookiePath is the callback's path as browsers see it, below the
	// public URL's path, which a proxy may add.
	cookiePath string
	// origin is the public URL's origin, whose pages may post a token.
	origin string
}

// newOAuthDoor returns the doors of svc's flows, whose callback browsers
// reach at publicURL + oauth.CallbackPath.
func newOAuthDoor(svc *oauth.Service, client *ent.Client, g *gate, faces *web.Faces, log *slog.Logger, publicURL string) *oauthDoor {
	d := &oauthDoor{svc: svc, client: client, gate: g, faces: faces, log: log, cookiePath: oauth.CallbackPath}
	if u, err := url.Parse(publicURL); err == nil {
		d.secure = u.Scheme == "https"
		d.cookiePath = strings.TrimRight(u.EscapedPath(), "/") + oauth.CallbackPath
		d.origin, _ = origin.Of(u)
	}
	return d
}

// preview handles GET (and HEAD) /oauth/start: the page that says what is
// about to be connected, with a button that posts the token. Opening it
// uses nothing up, so link previews and scanners cannot spend a link.
func (d *oauthDoor) preview(w http.ResponseWriter, r *http.Request) {
	q, ok := d.query(w, r, r.URL.RawQuery)
	if !ok {
		return
	}
	token := q.Get("token")
	p, err := d.svc.ByToken(r.Context(), d.client, token)
	release, ok := d.admit(w, r, p, err)
	if !ok {
		return
	}
	defer release()
	d.faces.ServeOAuthStart(w, r, p.SourceName(), token, d.svc.Destinations(p)...)
}

// start handles POST /oauth/start: it takes the connect's token from the
// form, binds the flow to this browser by a cookie, and sends it to the
// source's consent page.
func (d *oauthDoor) start(w http.ResponseWriter, r *http.Request) {
	if !d.sameOrigin(r) {
		// Another site's page posting a token would skip the page that
		// names the source.
		d.gate.limiter.Fail(addrFrom(r.Context()))
		d.page(w, r, http.StatusForbidden, "", "continue from the connect link's own page", string(errs.Forbidden))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxOAuthQuery)
	if err := r.ParseForm(); err != nil {
		d.gate.limiter.Fail(addrFrom(r.Context()))
		d.page(w, r, http.StatusBadRequest, "", "this request is not a connect link's", oauth.InvalidLink)
		return
	}
	q, ok := d.query(w, r, r.PostForm.Encode())
	if !ok {
		return
	}
	p, err := d.svc.ByToken(r.Context(), d.client, q.Get("token"))
	release, ok := d.admit(w, r, p, err)
	if !ok {
		return
	}
	defer release()
	consent, secret, expires, err := d.svc.Begin(r.Context(), d.client, p)
	if err != nil {
		d.end(w, r, p, nil, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: oauth.CookieName(p.ID(), d.secure), Value: secret, Path: d.cookiePath,
		Expires: expires, MaxAge: int(time.Until(expires).Seconds()),
		HttpOnly: true, Secure: d.secure, SameSite: http.SameSiteLaxMode,
	})
	noStore(w)
	http.Redirect(w, r, consent, http.StatusSeeOther)
}

// sameOrigin reports whether a POST came from a page of the server's own
// public origin, as browsers say (Sec-Fetch-Site, else Origin); a client
// that says neither is not a browser, which no one can make post for a
// victim.
func (d *oauthDoor) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		return site == "same-origin"
	}
	o := r.Header.Get("Origin")
	return o == "" || o == d.origin
}

// callback handles GET /oauth/callback.
func (d *oauthDoor) callback(w http.ResponseWriter, r *http.Request) {
	q, ok := d.query(w, r, r.URL.RawQuery)
	if !ok {
		return
	}
	p, err := d.svc.ByState(r.Context(), d.client, q.Get("state"))
	release, ok := d.admit(w, r, p, err)
	if !ok {
		return
	}
	defer release()
	secret := ""
	if c, err := r.Cookie(oauth.CookieName(p.ID(), d.secure)); err == nil {
		secret = c.Value
	}
	out, err := d.svc.Complete(r.Context(), d.client, p, q, secret)
	if oauth.CodeOf(err) == oauth.WrongBrowser {
		d.gate.limiter.Fail(addrFrom(r.Context()))
	} else {
		http.SetCookie(w, &http.Cookie{Name: oauth.CookieName(p.ID(), d.secure), Path: d.cookiePath, MaxAge: -1,
			HttpOnly: true, Secure: d.secure, SameSite: http.SameSiteLaxMode})
	}
	d.end(w, r, p, out, err)
}

// query returns the parameters raw holds, unless the address is
// throttled or raw is too long, which it answers.
func (d *oauthDoor) query(w http.ResponseWriter, r *http.Request, raw string) (url.Values, bool) {
	if dec := d.gate.limiter.Blocked(addrFrom(r.Context())); !dec.Allowed {
		setRateHeaders(w, dec)
		d.page(w, r, http.StatusTooManyRequests, "", tooManyFailures(dec).Message, string(errs.RateLimited))
		return nil, false
	}
	if len(raw) > maxOAuthQuery {
		d.page(w, r, http.StatusRequestURITooLong, "", "this link is too long to be one of Latchkey's", oauth.InvalidLink)
		return nil, false
	}
	q, err := url.ParseQuery(raw)
	if err != nil {
		d.gate.limiter.Fail(addrFrom(r.Context()))
		d.page(w, r, http.StatusBadRequest, "", "this link is malformed", oauth.InvalidLink)
		return nil, false
	}
	return q, true
}

// admit lets a step found as p (or refused with err) in: as the flow's
// key, charged to its rate, in one of its slots. An unknown, used or
// expired link costs the address a failure. It answers the request when
// it does not admit it.
func (d *oauthDoor) admit(w http.ResponseWriter, r *http.Request, p *oauth.Pending, err error) (func(), bool) {
	if p == nil || p.Viewer == nil {
		switch oauth.CodeOf(err) {
		case oauth.InvalidLink, oauth.FlowUsed, oauth.FlowExpired:
			d.gate.limiter.Fail(addrFrom(r.Context()))
		}
		d.end(w, r, p, nil, err)
		return nil, false
	}
	ctx := auth.NewContext(r.Context(), p.Viewer)
	dec := d.gate.limiter.Allow(p.Viewer, addrFrom(ctx))
	setRateHeaders(w, dec)
	if !dec.Allowed {
		d.end(w, r, p, nil, errs.New(errs.RateLimited, "too many requests; retry in %d s", retryAfter(dec)))
		return nil, false
	}
	release, err := d.gate.slots.enter(ctx, callerOf(ctx))
	if err != nil {
		d.end(w, r, p, nil, errs.New(errs.Unavailable, "the server is busy; retry"))
		return nil, false
	}
	return release, true
}

// end answers how the flow p (nil when no flow was found) ended: to its
// success or error URL when it has one, else with the page that tells the
// widget. A refusal that ends the flow is recorded first.
func (d *oauthDoor) end(w http.ResponseWriter, r *http.Request, p *oauth.Pending, out *oauth.Outcome, err error) {
	flow := ""
	if p != nil {
		flow = p.ID()
	}
	if err == nil {
		res := web.OAuthResult{Flow: flow, Status: "success", AccountID: out.Account.ID, Source: p.SourceKey(),
			Identifier: out.Account.Identifier, AlreadyExists: out.AlreadyExists}
		if to := p.SuccessURL(); to != nil {
			d.redirect(w, r, *to, url.Values{"latchkey_status": {"success"}, "latchkey_account": {out.Account.ID},
				"latchkey_already_exists": {strconv.FormatBool(out.AlreadyExists)}, "latchkey_flow": {flow}})
			return
		}
		d.faces.ServeOAuthResult(w, r, http.StatusOK, res)
		return
	}
	d.svc.Refused(r.Context(), d.client, p, err)
	code, message, status := d.describe(r, err)
	if p != nil && p.ErrorURL() != nil {
		d.redirect(w, r, *p.ErrorURL(), url.Values{"latchkey_status": {"error"}, "latchkey_error": {code}, "latchkey_flow": {flow}})
		return
	}
	d.page(w, r, status, flow, message, code)
}

// describe returns an error's code, its words for the end user (a
// refusal's own, or the API error's) and the page's status; an
// unexpected error is logged with the request's ID, which its words give.
func (d *oauthDoor) describe(r *http.Request, err error) (code, message string, status int) {
	var refusal *oauth.Refusal
	switch e := graph.Public(err); {
	case errors.As(err, &refusal):
		code, message, status = refusal.Code, refusal.Message, http.StatusBadRequest
		switch refusal.Code {
		case oauth.SessionEnded:
			status = http.StatusUnauthorized
		case string(errs.Forbidden):
			status = http.StatusForbidden
		case string(errs.Conflict):
			status = http.StatusConflict
		}
	case e != nil:
		code, message, status = string(e.Code), e.Message, statusOf(e.Code)
	default:
		id := requestid.FromContext(r.Context())
		d.log.ErrorContext(r.Context(), "hosted OAuth connect failed", "request_id", id, "error", err.Error())
		code, message, status = string(errs.Internal), "something went wrong on the server (request "+id+"); nothing was connected", http.StatusInternalServerError
	}
	if cause := errors.Unwrap(err); cause != nil && code != string(errs.Internal) {
		d.log.InfoContext(r.Context(), "hosted OAuth connect refused", "request_id", requestid.FromContext(r.Context()), "code", code, "cause", cause.Error())
	}
	return code, message, status
}

// page answers with the page that tells the widget how the flow ended.
func (d *oauthDoor) page(w http.ResponseWriter, r *http.Request, status int, flow, message, code string) {
	d.faces.ServeOAuthResult(w, r, status, web.OAuthResult{Flow: flow, Status: "error", Code: code, Message: message})
}

// redirect sends the browser to a flow's success or error URL (checked
// when the flow started) with add in its query.
func (d *oauthDoor) redirect(w http.ResponseWriter, r *http.Request, to string, add url.Values) {
	u, err := url.Parse(to)
	if err != nil {
		d.page(w, r, http.StatusInternalServerError, add.Get("latchkey_flow"), "the return address is not valid", string(errs.Internal))
		return
	}
	q := u.Query()
	for k, v := range add {
		q[k] = v
	}
	u.RawQuery = q.Encode()
	noStore(w)
	http.Redirect(w, r, u.String(), http.StatusSeeOther)
}

// noStore keeps a redirect out of caches, and its URL out of the next
// page's Referer.
func noStore(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
}
