package fakesource

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// The fake's OAuth side: the consent pages of Xero, Stripe Connect and
// Shopify, which consent at once (or refuse, see DenyConsent) and send
// the browser back with a code, and their token endpoints, which take
// each code once.

// grant is what a code stands for until it is exchanged.
type grant struct {
	kind, clientID, redirectURI, challenge string
}

// AddApp registers a platform app's client credentials with the consent
// pages and the token endpoints.
func (s *Server) AddApp(clientID, secret string) {
	s.mu.Lock()
	s.apps[clientID] = secret
	s.mu.Unlock()
}

// DenyConsent makes the consent pages refuse (error=access_denied), as an
// end user who declines would, or consent again.
func (s *Server) DenyConsent(deny bool) {
	s.mu.Lock()
	s.deny = deny
	s.mu.Unlock()
}

// SetShop names the shop whose consent page the fake's Shopify side is
// (default "fake.myshopify.com").
func (s *Server) SetShop(domain string) {
	s.mu.Lock()
	s.shop = domain
	s.mu.Unlock()
}

// Exchanges returns how many codes the token endpoints were asked to
// exchange, refused ones included.
func (s *Server) Exchanges() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exchanges
}

// LastAuthorize returns the query of the last request to a consent page.
func (s *Server) LastAuthorize() url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastAuthorize
}

// authorize answers a consent page of kind: it checks the request as the
// source would and redirects the browser back.
func (s *Server) authorize(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		s.mu.Lock()
		s.lastAuthorize = q
		secret, known := s.apps[q.Get("client_id")]
		deny, shop := s.deny, s.shop
		s.mu.Unlock()
		back, err := url.Parse(q.Get("redirect_uri"))
		switch {
		case !known:
			http.Error(w, "unknown client_id", http.StatusBadRequest)
			return
		case err != nil || back.Host == "" || q.Get("state") == "":
			http.Error(w, "redirect_uri and state are required", http.StatusBadRequest)
			return
		case kind != "shopify" && q.Get("response_type") != "code":
			http.Error(w, "response_type must be code", http.StatusBadRequest)
			return
		case kind == "xero" && (q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == ""):
			http.Error(w, "a PKCE S256 challenge is required", http.StatusBadRequest)
			return
		}
		answer := url.Values{"state": {q.Get("state")}}
		if deny {
			answer.Set("error", "access_denied")
			answer.Set("error_description", "The user declined")
		} else {
			code := s.newCode(grant{kind: kind, clientID: q.Get("client_id"), redirectURI: q.Get("redirect_uri"), challenge: q.Get("code_challenge")})
			answer.Set("code", code)
		}
		if kind == "shopify" {
			answer.Set("shop", shop)
			answer.Set("timestamp", "1700000000")
			answer.Set("hmac", shopifySignature(answer, secret))
		}
		back.RawQuery = answer.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
	}
}

// shopifySignature is the hmac parameter Shopify adds to q, signed with
// an app's secret.
func shopifySignature(q url.Values, secret string) string {
	pairs := []string{}
	for k, vs := range q {
		if k != "hmac" {
			pairs = append(pairs, k+"="+strings.Join(vs, ","))
		}
	}
	slices.Sort(pairs)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strings.Join(pairs, "&")))
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *Server) newCode(g grant) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	code := fmt.Sprintf("code-%s-%d", g.kind, s.seq)
	s.codes[code] = g
	return code
}

// redeem takes a code once, if it was issued to clientID for redirectURI.
func (s *Server) redeem(kind, code, clientID, secret, redirectURI string) (grant, int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.exchanges++
	g, ok := s.codes[code]
	delete(s.codes, code)
	s.seq++
	if want, known := s.apps[clientID]; !known || want != secret {
		return g, s.seq, false
	}
	return g, s.seq, ok && g.kind == kind && g.clientID == clientID && (redirectURI == "" || g.redirectURI == redirectURI)
}

// xeroCode exchanges a Xero code: client credentials in Basic auth, and
// the PKCE verifier of the challenge.
func (s *Server) xeroCode(w http.ResponseWriter, r *http.Request) {
	id, secret, _ := r.BasicAuth()
	g, n, ok := s.redeem("xero", r.FormValue("code"), id, secret, r.FormValue("redirect_uri"))
	sum := sha256.Sum256([]byte(r.FormValue("code_verifier")))
	if !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	tenant := fmt.Sprintf("%08x-0000-4000-8000-%012x", n, n)
	refresh := fmt.Sprintf("xero-oauth-%d", n)
	s.AllowRefresh(refresh, tenant)
	s.Allow("access-"+refresh, tenant)
	writeJSON(w, map[string]any{"access_token": "access-" + refresh, "refresh_token": refresh, "token_type": "Bearer", "expires_in": 1800})
}

// stripeCode exchanges a Stripe Connect code: the platform's secret key
// as client_secret.
func (s *Server) stripeCode(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("grant_type") != "authorization_code" {
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		return
	}
	_, n, ok := s.redeem("stripe", r.FormValue("code"), r.FormValue("client_id"), r.FormValue("client_secret"), "")
	if !ok {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	account := fmt.Sprintf("acct_oauth%d", n)
	s.Allow(account, account)
	writeJSON(w, map[string]any{"access_token": "sk_test_connected" + account, "token_type": "bearer", "stripe_user_id": account, "scope": "read_write", "livemode": false})
}

// shopifyCode exchanges a Shopify code for an offline access token.
func (s *Server) shopifyCode(w http.ResponseWriter, r *http.Request) {
	_, n, ok := s.redeem("shopify", r.FormValue("code"), r.FormValue("client_id"), r.FormValue("client_secret"), "")
	if !ok {
		http.Error(w, `{"error":"invalid_request","error_description":"authorization code was not found or was already used"}`, http.StatusBadRequest)
		return
	}
	token := fmt.Sprintf("shpat_oauth%d", n)
	s.Allow(token, fmt.Sprint(7000+n))
	writeJSON(w, map[string]any{"access_token": token, "scope": "read_products"})
}
