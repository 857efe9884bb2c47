package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/errs"
)

const (
	mediaJSON        = "application/json"
	mediaGraphQLJSON = "application/graphql-response+json"
)

// httpTransport is GraphQL over HTTP as the GraphQL-over-HTTP
// specification has it, in place of gqlgen's GET and POST transports:
// POST with a JSON object (any other content type is 415, a batch 400),
// GET for queries only (a mutation is 405), every refusal with an error
// code and plain words. It answers application/graphql-response+json when
// the client accepts it, where a request that cannot run (unparsable,
// invalid, or with variables that do not fit) is 400 without data;
// application/json otherwise, where such a request is 200. An operation
// the gate found no slot for is 503, and one whose key stopped holding
// before it ran 401.
type httpTransport struct{}

var _ graphql.Transport = httpTransport{}

// Supports claims GET and POST requests that are not websocket upgrades.
func (httpTransport) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && (r.Method == http.MethodGet || r.Method == http.MethodPost)
}

// Do runs the request's operation.
func (httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	media := answerMedia(r)
	params, status, fail := requestParams(r)
	if fail != nil {
		writeError(w, r, status, fail)
		return
	}
	params.Headers = r.Header
	params.ReadTime.Start, params.ReadTime.End = graphql.Now(), graphql.Now()
	ctx := r.Context()
	oc, list := exec.CreateOperationContext(ctx, params)
	if list != nil {
		status := http.StatusOK
		if media == mediaGraphQLJSON && errcode.GetErrorKind(list) == errcode.KindProtocol {
			status = http.StatusBadRequest
		}
		writeAnswer(w, media, status, exec.DispatchError(graphql.WithOperationContext(ctx, oc), list))
		return
	}
	if r.Method == http.MethodGet && oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, r, http.StatusMethodNotAllowed, errs.New(errs.BadUserInput, "GET carries queries only; send a %s with POST", oc.Operation.Operation))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	status = http.StatusOK
	if resp == nil {
		// gqlgen answers nothing once the request's context has ended:
		// the client went away (nobody to answer), or the request's time
		// ran out, mostly while it waited for a slot.
		if errors.Is(r.Context().Err(), context.Canceled) {
			return
		}
		resp = &graphql.Response{Errors: gqlerror.List{gateError(errs.Unavailable, "the server is busy; retry")}}
		w.Header().Set("Retry-After", "1")
		status = http.StatusServiceUnavailable
	}
	if x := exchangeFrom(ctx); x != nil {
		switch {
		case x.busy:
			w.Header().Set("Retry-After", "1")
			status = http.StatusServiceUnavailable
		case x.revoked:
			w.Header().Set("WWW-Authenticate", `Bearer realm="latchkey"`)
			status = http.StatusUnauthorized
		}
	}
	writeAnswer(w, media, status, resp)
}

// answerMedia returns the media type of the answer: GraphQL's own when the
// client accepts it and does not prefer plain JSON, else JSON.
func answerMedia(r *http.Request) string {
	for part := range strings.SplitSeq(r.Header.Get("Accept"), ",") {
		switch media, _, _ := mime.ParseMediaType(strings.TrimSpace(part)); media {
		case mediaGraphQLJSON:
			return mediaGraphQLJSON
		case mediaJSON:
			return mediaJSON
		}
	}
	return mediaJSON
}

// writeAnswer writes a GraphQL response; a 400 answer carries no data.
func writeAnswer(w http.ResponseWriter, media string, status int, resp *graphql.Response) {
	w.Header().Set("Content-Type", media)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	var answer answerParts
	var err error
	if status == http.StatusBadRequest {
		answer.body, err = json.Marshal(struct {
			Errors     any            `json:"errors"`
			Extensions map[string]any `json:"extensions,omitempty"`
		}{resp.Errors, resp.Extensions})
	} else {
		answer, err = encodeAnswer(resp)
	}
	if err != nil {
		status = http.StatusInternalServerError
		answer = answerParts{body: []byte(`{"errors":[{"message":"internal error: the answer could not be written","extensions":{"code":"INTERNAL"}}]}`)}
	}
	w.Header().Set("Content-Length", strconv.Itoa(answer.len()))
	w.WriteHeader(status)
	answer.writeTo(w)
}

// requestParams reads a request's parameters: from the URL of a GET, from
// the JSON object of a POST. It returns the status and error of a request
// that does not carry them as GraphQL over HTTP says.
func requestParams(r *http.Request) (*graphql.RawParams, int, *errs.Error) {
	fields := map[string]json.RawMessage{}
	if r.Method == http.MethodGet {
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "the URL's query string cannot be read")
		}
		for name, values := range q {
			for _, v := range values {
				if !utf8.ValidString(v) {
					return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "`%s` is not valid UTF-8", name)
				}
			}
		}
		for _, name := range []string{"query", "operationName"} {
			if v := q.Get(name); v != "" {
				fields[name], _ = json.Marshal(v)
			}
		}
		for _, name := range []string{"variables", "extensions"} {
			if v := q.Get(name); v != "" {
				fields[name] = json.RawMessage(v)
			}
		}
	} else {
		media, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if media != mediaJSON {
			return nil, http.StatusUnsupportedMediaType, errs.New(errs.BadUserInput, "send the request's body as Content-Type: application/json")
		}
		body, _ := io.ReadAll(r.Body)
		if !utf8.Valid(body) {
			return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "the request body is not valid UTF-8")
		}
		if !json.Valid(body) {
			return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "the request body is not valid JSON")
		}
		if err := json.Unmarshal(body, &fields); err != nil {
			return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "the request body must be one JSON object with a `query` (batches are not accepted)")
		}
	}
	return decodeParams(fields)
}

// decodeParams checks the parameters' JSON types and decodes them.
func decodeParams(fields map[string]json.RawMessage) (*graphql.RawParams, int, *errs.Error) {
	bad := func(msg string) (*graphql.RawParams, int, *errs.Error) {
		return nil, http.StatusBadRequest, errs.New(errs.BadUserInput, "%s", msg)
	}
	p := &graphql.RawParams{}
	for name, want := range map[string]byte{"query": '"', "operationName": '"', "variables": '{', "extensions": '{'} {
		v := bytes.TrimSpace(fields[name])
		if len(v) == 0 || string(v) == "null" {
			continue
		}
		if v[0] != want {
			kind := "a string"
			if want == '{' {
				kind = "an object"
			}
			return bad("`" + name + "` must be " + kind)
		}
		var err error
		switch name {
		case "query":
			err = json.Unmarshal(v, &p.Query)
		case "operationName":
			err = json.Unmarshal(v, &p.OperationName)
		case "variables":
			err = decodeJSON(v, &p.Variables)
		case "extensions":
			err = decodeJSON(v, &p.Extensions)
		}
		if err != nil {
			return bad("`" + name + "` is not valid JSON")
		}
	}
	if p.Query == "" && !bytes.Contains(fields["extensions"], []byte("persistedQuery")) {
		return bad("the request has no `query`")
	}
	return p, 0, nil
}

// decodeJSON decodes v keeping numbers exact, as gqlgen's transports do.
func decodeJSON(v []byte, into any) error {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	return dec.Decode(into)
}
