// Package web serves Latchkey's browser faces from files built with npm
// and embedded in the binary, so that they need neither Node.js nor the
// internet at run time: GraphiQL, built from graphiql/, and the console and
// the connect widget, built from ui/ (see their README.md files).
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/latchkey/latchkey/internal/origin"
)

// asset is one built file, served under a name that holds its content's
// hash, so that it may be cached for good.
type asset struct {
	body        []byte
	contentType string
	etag        string
	// gzipped compresses body once, when a client first accepts gzip.
	gzipped func() []byte
}

func newAsset(body []byte, contentType string) *asset {
	sum := sha256.Sum256(body)
	return &asset{
		body:        body,
		contentType: contentType,
		etag:        `"` + hex.EncodeToString(sum[:12]) + `"`,
		gzipped: sync.OnceValue(func() []byte {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			_, _ = zw.Write(body)
			_ = zw.Close()
			return buf.Bytes()
		}),
	}
}

// serve writes the asset, to be cached for good since its name holds its
// content's hash.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	a.serveFor(w, r, "public, max-age=31536000, immutable")
}

// serveFor writes the asset with the given Cache-Control, gzipped when the
// client accepts it; a request that holds its ETag is answered 304.
func (a *asset) serveFor(w http.ResponseWriter, r *http.Request, cacheControl string) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", cacheControl)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	body, etag := a.body, a.etag
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		body, etag = a.gzipped(), strings.TrimSuffix(etag, `"`)+`-gzip"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// build is one npm build embedded in the binary: its manifest.json and the
// files it names, under dir of fsys.
type build struct {
	fsys embed.FS
	dir  string
	what string // for panics: "GraphiQL", "the console"
}

// manifest decodes the build's manifest.json into m. It panics when the
// manifest is missing or malformed, which the package's tests rule out.
func (b build) manifest(m any) {
	raw, err := b.fsys.ReadFile(b.dir + "/manifest.json")
	if err == nil {
		err = json.Unmarshal(raw, m)
	}
	if err != nil {
		panic(fmt.Sprintf("web: reading %s's manifest: %v", b.what, err))
	}
}

// assets returns the files named, by name, typed by their extension. It
// panics when the manifest names a file the build lacks.
func (b build) assets(names ...string) map[string]*asset {
	out := map[string]*asset{}
	for _, name := range names {
		body, err := b.fsys.ReadFile(b.dir + "/" + name)
		if err != nil {
			panic(fmt.Sprintf("web: %s's manifest names %q: %v", b.what, name, err))
		}
		contentType := "text/javascript; charset=utf-8"
		if strings.HasSuffix(name, ".css") {
			contentType = "text/css; charset=utf-8"
		}
		out[name] = newAsset(body, contentType)
	}
	return out
}

// getOnly answers a request that is neither GET nor HEAD with 405 and
// reports whether it did.
func getOnly(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return false
	}
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return true
}

// serveAsset serves the asset named by path under prefix, and reports
// whether there was one.
func serveAsset(w http.ResponseWriter, r *http.Request, assets map[string]*asset, prefix string) bool {
	name, ok := strings.CutPrefix(r.URL.Path, prefix)
	a := assets[name]
	if !ok || a == nil || path.Base(name) != name {
		return false
	}
	a.serve(w, r)
	return true
}

// framing is whether a page may be framed, and what it keeps of the
// window that opened it.
type framing int

const (
	// alone pages may not be framed and keep their browsing context to
	// themselves.
	alone framing = iota
	// framed pages may be framed by their policy's frame-ancestors.
	framed
	// opened pages may not be framed, and keep the window that opened
	// them, to tell it how something ended.
	opened
)

// writePage writes a rendered page with status and the headers every
// face's page has: never cached, its policy, no sniffing, no referrer;
// unless framed, framing is also denied to browsers that do not read the
// policy's frame-ancestors, and alone the page keeps its browsing context
// to itself.
func writePage(w http.ResponseWriter, r *http.Request, status int, page []byte, policy string, f framing) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if f != framed {
		h.Set("X-Frame-Options", "DENY")
	}
	if f == alone {
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
	}
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(page)
}

// connectSources is a page's connect-src for a request to host: its own
// origin, and the websocket origins of host, which older browsers do not
// count as 'self'. A host that is not a plain name or address is left out,
// so that a forged Host cannot add to the policy.
func connectSources(host string) string {
	if !origin.PlainHost(host) {
		return "'self'"
	}
	return "'self' ws://" + host + " wss://" + host
}
