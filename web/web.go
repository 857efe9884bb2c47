// Package web serves Latchkey's browser faces from files built with npm
// and embedded in the binary, so that they need neither Node.js nor the
// internet at run time: GraphiQL, built from graphiql/, and the console and
// the connect widget, built from ui/ (see their README.md files).
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
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
