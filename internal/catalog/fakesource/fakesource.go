// Package fakesource runs local stand-ins for the sources' APIs (Shopify,
// Stripe, Xero's identity and API hosts, Plaid), and for their OAuth
// consent pages and token endpoints (oauth.go), for tests. Each answers like
// the real API for the credentials it was told are valid, and can be told to
// answer with a given status, slowly, or with malformed JSON.
package fakesource

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Mode is how the fake answers every request.
type Mode struct {
	// Status, when not zero, is answered instead of the normal answer.
	Status int
	// Delay holds every answer back.
	Delay time.Duration
	// Malformed answers 200 with a body that is not JSON.
	Malformed bool
}

// Server is a fake of all the built-in sources on one local HTTP server.
type Server struct {
	*httptest.Server

	mu        sync.Mutex
	mode      Mode
	tokens    map[string]string // valid credential → object id
	revoked   map[string]bool
	refresh   map[string]string // valid Xero refresh token → tenant id
	acceptAny bool
	perToken  map[string]int
	revokes   []string // the credentials revoked through the API, in order
	calls     int
	seq       int

	apps          map[string]string // platform apps' client ID → secret
	codes         map[string]grant  // codes not yet exchanged
	deny          bool
	shop          string
	exchanges     int
	lastAuthorize url.Values
}

// Start starts a fake; it stops with Close.
func Start() *Server {
	s := &Server{tokens: map[string]string{}, revoked: map[string]bool{}, refresh: map[string]string{}, perToken: map[string]int{},
		apps: map[string]string{}, codes: map[string]grant{}, shop: "fake.myshopify.com"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /admin/api/{version}/shop.json", s.shopify)
	mux.HandleFunc("GET /v1/account", s.stripe)
	mux.HandleFunc("POST /connect/token", s.xeroToken)
	mux.HandleFunc("GET /connections", s.xeroConnections)
	mux.HandleFunc("POST /item/get", s.plaid)
	mux.HandleFunc("DELETE /admin/api_permissions/current.json", s.revokeShopify)
	mux.HandleFunc("POST /oauth/deauthorize", s.revokeStripe)
	mux.HandleFunc("POST /connect/revocation", s.revokeXero)
	mux.HandleFunc("POST /item/remove", s.revokePlaid)
	mux.HandleFunc("GET /identity/connect/authorize", s.authorize("xero"))
	mux.HandleFunc("GET /oauth/authorize", s.authorize("stripe"))
	mux.HandleFunc("GET /admin/oauth/authorize", s.authorize("shopify"))
	mux.HandleFunc("POST /oauth/token", s.stripeCode)
	mux.HandleFunc("POST /admin/oauth/access_token", s.shopifyCode)
	s.Server = httptest.NewServer(s.wrap(mux))
	return s
}

// SetMode changes how the fake answers from now on.
func (s *Server) SetMode(m Mode) {
	s.mu.Lock()
	s.mode = m
	s.mu.Unlock()
}

// Allow makes credential valid, reaching the object with id.
func (s *Server) Allow(credential, id string) {
	s.mu.Lock()
	s.tokens[credential] = id
	delete(s.revoked, credential)
	s.mu.Unlock()
}

// Revoke makes credential invalid.
func (s *Server) Revoke(credential string) {
	s.mu.Lock()
	delete(s.tokens, credential)
	delete(s.refresh, credential)
	s.revoked[credential] = true
	s.mu.Unlock()
}

// AcceptAny makes every bearer-like credential that was not revoked valid,
// reaching an object whose id is derived from it (a decimal number). Xero
// refresh tokens still need AllowRefresh.
func (s *Server) AcceptAny(accept bool) {
	s.mu.Lock()
	s.acceptAny = accept
	s.mu.Unlock()
}

// AllowRefresh makes a Xero refresh token valid, for tenant. Each use of it
// invalidates it and returns a new one, as Xero does.
func (s *Server) AllowRefresh(token, tenant string) {
	s.mu.Lock()
	s.refresh[token] = tenant
	s.mu.Unlock()
}

// CallsWith returns how many requests presented credential.
func (s *Server) CallsWith(credential string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.perToken[credential]
}

// Revokes returns the credentials revoked through the sources' revoke
// calls, in order.
func (s *Server) Revokes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.revokes...)
}

// revokedByCall records a revocation through a revoke call.
func (s *Server) revokedByCall(credential string) {
	s.Revoke(credential)
	s.mu.Lock()
	s.revokes = append(s.revokes, credential)
	s.mu.Unlock()
}

// Calls returns how many requests the fake answered.
func (s *Server) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (s *Server) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		m := s.mode
		s.calls++
		s.mu.Unlock()
		if m.Delay > 0 {
			select {
			case <-time.After(m.Delay):
			case <-r.Context().Done():
				return
			}
		}
		switch {
		case m.Status != 0:
			http.Error(w, `{"error":"forced"}`, m.Status)
		case m.Malformed:
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"shop": {"id": `)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func (s *Server) lookup(credential string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.perToken[credential]++
	if s.revoked[credential] || credential == "" {
		return "", false
	}
	if id, ok := s.tokens[credential]; ok {
		return id, true
	}
	if s.acceptAny {
		return strconv.FormatUint(uint64(crc32.ChecksumIEEE([]byte(credential))), 10), true
	}
	return "", false
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) shopify(w http.ResponseWriter, r *http.Request) {
	id, ok := s.lookup(r.Header.Get("X-Shopify-Access-Token"))
	if !ok {
		http.Error(w, `{"errors":"[API] Invalid API key or access token"}`, http.StatusUnauthorized)
		return
	}
	n, _ := strconv.ParseInt(id, 10, 64)
	writeJSON(w, map[string]any{"shop": map[string]any{"id": n, "name": "Shop " + id}})
}

func (s *Server) stripe(w http.ResponseWriter, r *http.Request) {
	bearer := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	id, ok := s.lookup(bearer)
	if !ok {
		http.Error(w, `{"error":{"type":"invalid_request_error"}}`, http.StatusUnauthorized)
		return
	}
	if connected := r.Header.Get("Stripe-Account"); connected != "" {
		if _, ok := s.lookup(connected); !ok {
			http.Error(w, `{"error":{"type":"invalid_request_error"}}`, http.StatusForbidden)
			return
		}
		id = connected
	}
	writeJSON(w, map[string]any{"id": id, "settings": map[string]any{"dashboard": map[string]any{"display_name": "Account " + id}}})
}

func (s *Server) xeroToken(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		http.Error(w, `{"error":"invalid_client"}`, http.StatusUnauthorized)
		return
	}
	if r.FormValue("grant_type") == "authorization_code" {
		s.xeroCode(w, r)
		return
	}
	old := r.FormValue("refresh_token")
	s.mu.Lock()
	tenant, ok := s.refresh[old]
	if ok {
		delete(s.refresh, old)
		s.seq++
		s.refresh[fmt.Sprintf("%s.r%d", strings.SplitN(old, ".r", 2)[0], s.seq)] = tenant
	}
	next := fmt.Sprintf("%s.r%d", strings.SplitN(old, ".r", 2)[0], s.seq)
	s.mu.Unlock()
	if !ok {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	s.Allow("access-"+next, tenant)
	writeJSON(w, map[string]any{"access_token": "access-" + next, "refresh_token": next, "expires_in": 1800})
}

func (s *Server) xeroConnections(w http.ResponseWriter, r *http.Request) {
	tenant, ok := s.lookup(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	if !ok {
		http.Error(w, `{"Title":"Unauthorized"}`, http.StatusUnauthorized)
		return
	}
	writeJSON(w, []map[string]any{{"tenantId": tenant, "tenantName": "Org " + tenant[:8], "tenantType": "ORGANISATION"}})
}

func (s *Server) plaid(w http.ResponseWriter, r *http.Request) {
	var in struct {
		ClientID    string `json:"client_id"`
		Secret      string `json:"secret"`
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.ClientID == "" || in.Secret == "" {
		http.Error(w, `{"error_code":"INVALID_API_KEYS"}`, http.StatusBadRequest)
		return
	}
	id, ok := s.lookup(in.AccessToken)
	if !ok {
		http.Error(w, `{"error_code":"INVALID_ACCESS_TOKEN"}`, http.StatusBadRequest)
		return
	}
	writeJSON(w, map[string]any{"item": map[string]any{"item_id": id, "institution_id": "ins_109508"}})
}

func (s *Server) revokeShopify(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("X-Shopify-Access-Token")
	if _, ok := s.lookup(token); !ok {
		http.Error(w, `{"errors":"[API] Invalid API key or access token"}`, http.StatusUnauthorized)
		return
	}
	s.revokedByCall(token)
	writeJSON(w, map[string]any{})
}

func (s *Server) revokeStripe(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.lookup(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")); !ok || r.FormValue("client_id") == "" {
		http.Error(w, `{"error":"invalid_client"}`, http.StatusUnauthorized)
		return
	}
	account := r.FormValue("stripe_user_id")
	if _, ok := s.lookup(account); !ok {
		http.Error(w, `{"error":"invalid_request"}`, http.StatusUnauthorized)
		return
	}
	s.revokedByCall(account)
	writeJSON(w, map[string]any{"stripe_user_id": account})
}

func (s *Server) revokeXero(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		http.Error(w, `{"error":"invalid_client"}`, http.StatusUnauthorized)
		return
	}
	// Xero answers 200 for any token, known or not.
	s.revokedByCall(r.FormValue("token"))
	w.WriteHeader(http.StatusOK)
}

func (s *Server) revokePlaid(w http.ResponseWriter, r *http.Request) {
	var in struct {
		ClientID    string `json:"client_id"`
		Secret      string `json:"secret"`
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.ClientID == "" || in.Secret == "" {
		http.Error(w, `{"error_code":"INVALID_API_KEYS"}`, http.StatusBadRequest)
		return
	}
	if _, ok := s.lookup(in.AccessToken); !ok {
		http.Error(w, `{"error_code":"INVALID_ACCESS_TOKEN"}`, http.StatusBadRequest)
		return
	}
	s.revokedByCall(in.AccessToken)
	writeJSON(w, map[string]any{"request_id": "req-remove"})
}
