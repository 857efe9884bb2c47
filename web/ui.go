package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/idna"
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
func UI(cfg UIConfig) http.Handler {
	allowed, _ := FrameOrigins(cfg.FrameOrigins)
	var m uiManifest
	raw, err := uiFiles.ReadFile("ui/dist/manifest.json")
	if err == nil {
		err = json.Unmarshal(raw, &m)
	}
	if err != nil {
		panic(fmt.Sprintf("web: reading the console's manifest: %v", err))
	}
	h := &ui{
		page:   template.Must(template.ParseFS(uiFiles, "ui.html")),
		m:      m,
		assets: map[string]*asset{},
		frame:  frameAncestors(cfg.FrameOrigins),
		config: map[string]any{"introspection": cfg.Introspection, "origins": allowed},
	}
	for _, name := range []string{m.Console.Script, m.Console.Stylesheet, m.Connect.Script, m.Connect.Stylesheet, m.Embed} {
		body, err := uiFiles.ReadFile("ui/dist/" + name)
		if err != nil {
			panic(fmt.Sprintf("web: the console's manifest names %q: %v", name, err))
		}
		contentType := "text/javascript; charset=utf-8"
		if strings.HasSuffix(name, ".css") {
			contentType = "text/css; charset=utf-8"
		}
		h.assets[name] = newAsset(body, contentType)
	}
	h.embed = h.assets[m.Embed]
	return h
}

// uiManifest names the built files (ui/dist/manifest.json).
type uiManifest struct {
	Console, Connect struct{ Script, Stylesheet string }
	Embed            string
}

type ui struct {
	page   *template.Template
	m      uiManifest
	assets map[string]*asset
	embed  *asset
	frame  string
	config map[string]any
}

func (u *ui) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/console":
		u.servePage(w, r, "console", "Latchkey console", u.m.Console.Script, u.m.Console.Stylesheet, "'none'")
		return
	case "/connect":
		u.servePage(w, r, "connect", "Connect an account", u.m.Connect.Script, u.m.Connect.Stylesheet, u.frame)
		return
	case "/connect.js":
		u.serveEmbed(w, r)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, UIAssetPrefix)
	if a := u.assets[name]; ok && a != nil && path.Base(name) == name {
		a.serve(w, r)
		return
	}
	http.NotFound(w, r)
}

// servePage renders the page of one face. frame is its frame-ancestors
// source list.
func (u *ui) servePage(w http.ResponseWriter, r *http.Request, face, title, script, stylesheet, frame string) {
	config, _ := json.Marshal(u.config)
	var page bytes.Buffer
	err := u.page.Execute(&page, map[string]any{
		"Face": face, "Title": title, "Prefix": strings.TrimPrefix(UIAssetPrefix, "/"),
		"Script": script, "Stylesheet": stylesheet, "Config": string(config),
	})
	if err != nil {
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", uiPolicy(r.Host, frame))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if frame == "'none'" {
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
	}
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(page.Bytes())
}

// serveEmbed serves /connect.js: at a fixed URL, so it is cached for five
// minutes and revalidated by its ETag, and other origins' pages may load
// it.
func (u *ui) serveEmbed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
	u.embed.serveFor(w, r, "public, max-age=300")
}

// uiPolicy is the Content-Security-Policy of a console or widget page for
// a request to host: only its own origin, no inline script or style
// element, framing by frame only, and no string ever turned into markup
// or script (Trusted Types with no policy: the faces never use innerHTML
// or eval, and the browser refuses them if anything tries).
func uiPolicy(host, frame string) string {
	connect := "'self'"
	if plainHost(host) {
		connect += " ws://" + host + " wss://" + host
	}
	return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
		"connect-src " + connect + "; frame-ancestors " + frame + "; base-uri 'none'; form-action 'none'; object-src 'none'; " +
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
		if o, ok := origin(entry); ok {
			if !slices.Contains(allowed, o) {
				allowed = append(allowed, o)
			}
		} else if strings.TrimSpace(entry) != "" {
			refused = append(refused, entry)
		}
	}
	return allowed, refused
}

// origin returns entry as browsers serialize an origin, if it is one.
func origin(entry string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(entry))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Opaque != "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", false
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		host = ip.String()
		if ip.Is6() {
			host = "[" + host + "]"
		}
	} else if host, err = idna.Lookup.ToASCII(host); err != nil || host == "" {
		return "", false
	}
	if port := u.Port(); port != "" && !(u.Scheme == "https" && port == "443") && !(u.Scheme == "http" && port == "80") {
		host += ":" + port
	}
	if !plainHost(host) {
		return "", false
	}
	return u.Scheme + "://" + host, true
}

// frameAncestors is the frame-ancestors source list of the widget's page.
func frameAncestors(list []string) string {
	allowed, _ := FrameOrigins(list)
	if len(allowed) == 0 {
		return "'none'"
	}
	return strings.Join(allowed, " ")
}
