package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/latchkey/latchkey/internal/errs"
)

const (
	mediaJSON        = "application/json"
	mediaGraphQLJSON = "application/graphql-response+json"
)

// recorder holds a response until it is rewritten.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(status int)      { r.status = status }

// speakGraphQLOverHTTP writes the executor's recorded answer to a request
// whose body was raw, with the GraphQL-over-HTTP rules the executor does
// not apply: it answers in application/graphql-response+json when the
// client accepts it, where a request that cannot be executed (unparsable,
// invalid, or with variables that do not fit) is 400 and carries no data
// entry; in application/json such a request is 200, its errors in the body.
func speakGraphQLOverHTTP(w http.ResponseWriter, r *http.Request, raw []byte, rec *recorder) {
	body := rec.body.Bytes()
	status := rec.status
	// Malformed parameters are found only when the executor refused the
	// request, so a request that runs is parsed once.
	if status >= http.StatusBadRequest && status != http.StatusServiceUnavailable && strings.HasPrefix(r.Header.Get("Content-Type"), mediaJSON) && raw != nil {
		if problem := invalidParams(raw); problem != "" {
			writeError(w, r, http.StatusBadRequest, errs.New(errs.BadUserInput, "%s", problem))
			return
		}
	}
	contentType := w.Header().Get("Content-Type")
	isJSON := strings.HasPrefix(contentType, mediaJSON)
	switch {
	case strings.HasPrefix(contentType, mediaGraphQLJSON) || isJSON && strings.Contains(r.Header.Get("Accept"), mediaGraphQLJSON):
		w.Header().Set("Content-Type", mediaGraphQLJSON)
		if status == http.StatusUnprocessableEntity || status == http.StatusBadRequest {
			status, body = http.StatusBadRequest, withoutData(body)
		}
	case isJSON && status == http.StatusUnprocessableEntity:
		status = http.StatusOK
	}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// withoutData drops a null data entry from a response body.
func withoutData(body []byte) []byte {
	var resp map[string]json.RawMessage
	if err := json.Unmarshal(body, &resp); err != nil {
		return body
	}
	if d, ok := resp["data"]; !ok || string(d) != "null" {
		return body
	}
	delete(resp, "data")
	out, err := json.Marshal(resp)
	if err != nil {
		return body
	}
	return out
}

// invalidParams says what is wrong with a JSON request's parameters, or ""
// when they are well formed.
func invalidParams(raw []byte) string {
	var params map[string]json.RawMessage
	if json.Unmarshal(raw, &params) != nil {
		return "the request body must be one JSON object with a `query` (batches are not accepted)"
	}
	kind := func(name string) byte {
		v := bytes.TrimSpace(params[name])
		if len(v) == 0 {
			return 0
		}
		return v[0]
	}
	switch {
	case kind("query") != '"' && kind("query") != 0 && string(params["query"]) != "null":
		return "`query` must be a string"
	case kind("query") == 0 && !bytes.Contains(params["extensions"], []byte("persistedQuery")):
		return "the request has no `query`"
	case kind("variables") != 0 && kind("variables") != '{' && string(params["variables"]) != "null":
		return "`variables` must be an object"
	case kind("operationName") != 0 && kind("operationName") != '"' && string(params["operationName"]) != "null":
		return "`operationName` must be a string"
	case kind("extensions") != 0 && kind("extensions") != '{' && string(params["extensions"]) != "null":
		return "`extensions` must be an object"
	}
	return ""
}
