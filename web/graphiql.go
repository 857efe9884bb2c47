package web

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"strings"
)

//go:embed graphiql.html graphiql/dist/*.js graphiql/dist/*.css graphiql/dist/manifest.json
var files embed.FS

// AssetPrefix is the path under which GraphiQL's script and stylesheet are
// served; the page names them relative to itself.
const AssetPrefix = "/graphiql/"

// GraphiQLConfig says what the GraphiQL page tells its user.
type GraphiQLConfig struct {
	// Introspection reports whether the server answers introspection.
	// Without it the page fetches no schema (the Docs and autocompletion
	// stay empty) and runs operations all the same.
	Introspection bool
}

// GraphiQL returns the handler of GraphiQL: GET / is the page, and
// AssetPrefix followed by a built file's name is that file; any other path
// is 404. The page allows scripts and stylesheets from its own origin only
// (and style elements that carry its nonce), connections to its own origin
// (websockets included) and no framing.
// It panics if the embedded build is incomplete, which the package's tests
// rule out.
func GraphiQL(cfg GraphiQLConfig) http.Handler {
	b := build{fsys: files, dir: "graphiql/dist", what: "GraphiQL"}
	var m manifest
	b.manifest(&m)
	page := template.Must(template.ParseFS(files, "graphiql.html"))
	return &graphiql{page: page, manifest: m, introspection: cfg.Introspection, assets: b.assets(m.Script, m.Stylesheet)}
}

// manifest names the built files (dist/manifest.json, written by the build).
type manifest struct{ Script, Stylesheet string }

type graphiql struct {
	page          *template.Template
	manifest      manifest
	introspection bool
	assets        map[string]*asset
}

func (g *graphiql) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if getOnly(w, r) {
		return
	}
	if r.URL.Path == "/" {
		g.servePage(w, r)
		return
	}
	if !serveAsset(w, r, g.assets, AssetPrefix) {
		http.NotFound(w, r)
	}
}

// servePage renders the page with a nonce of its own, which lets the
// script add style elements (GraphiQL's dialogs add one) and nothing else.
func (g *graphiql) servePage(w http.ResponseWriter, r *http.Request) {
	nonce := rand.Text()
	config, _ := json.Marshal(map[string]any{"introspection": g.introspection, "styleNonce": nonce})
	var page bytes.Buffer
	err := g.page.Execute(&page, map[string]any{
		"Script": g.manifest.Script, "Stylesheet": g.manifest.Stylesheet, "Prefix": strings.TrimPrefix(AssetPrefix, "/"),
		"Config": string(config), "Introspection": g.introspection,
	})
	if err != nil {
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	writePage(w, r, http.StatusOK, page.Bytes(), policy(r.Host, nonce), alone)
}

// policy returns the page's Content-Security-Policy for a request to host:
// nothing from elsewhere, no inline script, no style element but those
// carrying nonce, no framing. Images may be data: URLs (CodeMirror's lint
// markers are). Connections go to connectSources(host).
func policy(host, nonce string) string {
	return "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "'; img-src 'self' data:; font-src 'self'; " +
		"connect-src " + connectSources(host) + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
}
