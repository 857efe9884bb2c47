package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/internal/origin"
)

//go:embed ui.html ui/dist/*.js ui/dist/*.css ui/dist/manifest.json
var uiFiles embed.FS

// UIAssetPrefix is the path under which the console's and the widget's
// scripts and stylesheets are served; their pages name them relatively.
const UIAssetPrefix = "/ui/"

// UIConfig says where the console and the widget may be shown.
type UIConfig struct {
	// FrameOrigins are the origins (scheme://host[:port]) whose pages may
	// frame the connect widget; with none, no page may. Entries that are
	// not one origin are left out (see FrameOrigins). The console may never
	// be framed.
	FrameOrigins []string
	// Introspection reports whether the server answers introspection, for
	// the console's link to GraphiQL.
	Introspection bool
	// OAuthCallback is hosted OAuth's callback URL, which the console
	// tells platform apps to register; empty when hosted OAuth is off.
	OAuthCallback string
}

// UI returns the handler of the console and the connect widget:
//   - GET /console: the console, a single-page app that signs in with a
//     pasted key kept in the tab's sessionStorage;
//   - GET /connect: the widget's page, shown in an iframe by /connect.js and
//     framed only by cfg.FrameOrigins; a connect session's key reaches it by
//     postMessage from one of those origins;
//   - GET /connect.js: the script customers' pages load to open the widget;
//   - GET UIAssetPrefix + a built file's name: that file.
//
// Any other path is 404. Both pages allow scripts, stylesheets and
// connections of their own origin only. It panics if the embedded build is
// incomplete, which the package's tests rule out.
func UI(cfg UIConfig) *Faces {
	b := build{fsys: uiFiles, dir: "ui/dist", what: "the console"}
	var m uiManifest
	b.manifest(&m)
	allowed, _ := FrameOrigins(cfg.FrameOrigins)
	config, _ := json.Marshal(map[string]any{"introspection": cfg.Introspection, "origins": allowed, "oauthCallback": cfg.OAuthCallback})
	assets := b.assets(m.Console.Script, m.Console.Stylesheet, m.Connect.Script, m.Connect.Stylesheet, m.Embed, m.OAuth.Script)
	return &Faces{
		page:   template.Must(template.ParseFS(uiFiles, "ui.html")),
		m:      m,
		assets: assets,
		embed:  assets[m.Embed],
		frame:  frameAncestors(allowed),
		config: string(config),
	}
}

// uiManifest names the built files (ui/dist/manifest.json).
type uiManifest struct {
	Console, Connect struct{ Script, Stylesheet string }
	Embed            string
	// OAuth is the script of the page a hosted OAuth connect ends on,
	// which takes the widget's stylesheet.
	OAuth struct{ Script string }
}

// Faces serves the console and the connect widget (UI), and renders the
// page a hosted OAuth connect ends on (ServeOAuthResult).
type Faces struct {
	page   *template.Template
	m      uiManifest
	assets map[string]*asset
	embed  *asset
	frame  string
	config string // the pages' data-config, the same for every request
}

// ServeHTTP serves the console, the widget, /connect.js and their assets.
func (f *Faces) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if getOnly(w, r) {
		return
	}
	switch r.URL.Path {
	case "/console":
		f.servePage(w, r, "console", "Latchkey console", f.m.Console.Script, f.m.Console.Stylesheet, "'none'")
		return
	case "/connect":
		f.servePage(w, r, "connect", "Connect an account", f.m.Connect.Script, f.m.Connect.Stylesheet, f.frame)
		return
	case "/connect.js":
		f.serveEmbed(w, r)
		return
	}
	if !serveAsset(w, r, f.assets, UIAssetPrefix) {
		http.NotFound(w, r)
	}
}

// servePage renders the page of one face. frame is its frame-ancestors
// source list.
func (f *Faces) servePage(w http.ResponseWriter, r *http.Request, face, title, script, stylesheet, frame string) {
	var page bytes.Buffer
	err := f.page.Execute(&page, map[string]any{
		"Face": face, "Title": title, "Prefix": strings.TrimPrefix(UIAssetPrefix, "/"),
		"Script": script, "Stylesheet": stylesheet, "Config": f.config,
	})
	if err != nil {
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	how := framed
	if frame == "'none'" {
		how = alone
	}
	writePage(w, r, http.StatusOK, page.Bytes(), uiPolicy(r.Host, frame, "'none'"), how)
}

// OAuthResult is how a hosted OAuth connect ended, for the page the
// browser shows at its end and the message that page posts.
type OAuthResult struct {
	// Flow is the connect's ID ("" when the link named none).
	Flow string `json:"flow"`
	// Status is "success" or "error".
	Status string `json:"status"`
	// AccountID, Source, Identifier and AlreadyExists describe the
	// account connected.
	AccountID     string `json:"accountId,omitempty"`
	Source        string `json:"source,omitempty"`
	Identifier    string `json:"identifier,omitempty"`
	AlreadyExists bool   `json:"alreadyExists,omitempty"`
	// Code and Message say why it failed.
	Code    string `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
}

// ServeOAuthResult writes, with status, the page a hosted OAuth connect
// ends on: it says in words how the connect went, and its script tells
// the window that opened it (the connect widget, of this origin only)
// by postMessage and closes it. It may not be framed, and keeps its
// opener.
func (f *Faces) ServeOAuthResult(w http.ResponseWriter, r *http.Request, status int, res OAuthResult) {
	data, _ := json.Marshal(res)
	text := res.Message
	if res.Status == "success" {
		text = "The account is connected. You can close this window."
	}
	f.serveOAuthPage(w, r, status, "Connect an account", text, map[string]any{"Result": string(data)}, "'none'")
}

// ServeOAuthStart writes the page a connect URL shows: what is about to
// be connected, and a button that posts token back to continue to
// sourceName's consent page. The browser follows the answer's redirects
// under the page's form-action, so it allows them: to https, and to the
// origins of via (the consent page, the flow's return URLs), which may be
// plain http in development. It may not be framed, and keeps its opener.
func (f *Faces) ServeOAuthStart(w http.ResponseWriter, r *http.Request, sourceName, token string, via ...string) {
	targets := []string{"'self'", "https:"}
	for _, v := range via {
		if o, ok := origin.Parse(v); ok && !slices.Contains(targets, o) {
			targets = append(targets, o)
		}
	}
	f.serveOAuthPage(w, r, http.StatusOK, "Connect your "+sourceName+" account",
		"You are about to connect your "+sourceName+" account: "+sourceName+" will ask you to sign in and to allow access.",
		map[string]any{"Form": map[string]string{"Action": "start", "Token": token, "Button": "Continue to " + sourceName}},
		strings.Join(targets, " "))
}

// serveOAuthPage renders a hosted OAuth page (at /oauth/start or
// /oauth/callback, so its assets are one folder up, wherever a proxy
// mounts the server) with its title, its words, the template data in
// extra, and the given form-action.
func (f *Faces) serveOAuthPage(w http.ResponseWriter, r *http.Request, status int, title, text string, extra map[string]any, formAction string) {
	data := map[string]any{
		"Face": "oauth", "Title": title, "Prefix": ".." + UIAssetPrefix,
		"Script": f.m.OAuth.Script, "Stylesheet": f.m.Connect.Stylesheet, "Config": f.config, "Text": text,
	}
	for k, v := range extra {
		data[k] = v
	}
	var page bytes.Buffer
	if err := f.page.Execute(&page, data); err != nil {
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	writePage(w, r, status, page.Bytes(), uiPolicy(r.Host, "'none'", formAction), opened)
}

// serveEmbed serves /connect.js: at a fixed URL, so it is cached for five
// minutes and revalidated by its ETag, and other origins' pages may load
// it.
func (f *Faces) serveEmbed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
	f.embed.serveFor(w, r, "public, max-age=300")
}

// uiPolicy is the Content-Security-Policy of a console or widget page for
// a request to host: only its own origin, no inline script or style
// element, framing by frame only, forms posted (and their answers'
// redirects followed) to formAction only: none but on the connect URL's
// page, and no string ever turned into markup
// or script (Trusted Types with no policy: the faces never use innerHTML
// or eval, and the browser refuses them if anything tries).
func uiPolicy(host, frame, formAction string) string {
	return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
		"connect-src " + connectSources(host) + "; frame-ancestors " + frame + "; base-uri 'none'; form-action " + formAction + "; object-src 'none'; " +
		"require-trusted-types-for 'script'; trusted-types 'none'"
}

// FrameOrigins returns the origins of list that may frame the widget, in
// the form browsers give an origin (scheme://host[:port], lower case, no
// default port, international names in punycode), and the entries it
// refused: not http or https, with a path, a wildcard or anything else
// that is not one origin.
func FrameOrigins(list []string) (allowed, refused []string) {
	allowed = []string{}
	for _, entry := range list {
		if o, ok := origin.Parse(entry); ok {
			if !slices.Contains(allowed, o) {
				allowed = append(allowed, o)
			}
		} else if strings.TrimSpace(entry) != "" {
			refused = append(refused, entry)
		}
	}
	return allowed, refused
}

// frameAncestors is the frame-ancestors source list of the widget's page,
// given the origins FrameOrigins allowed.
func frameAncestors(allowed []string) string {
	if len(allowed) == 0 {
		return "'none'"
	}
	return strings.Join(allowed, " ")
}
