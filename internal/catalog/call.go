package catalog

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/latchkey/latchkey/internal/outbound"
)

// maxAnswer bounds the answer read from a source.
const maxAnswer = 1 << 20

// call sends req with client and decodes a 2xx JSON answer into out (a
// nil out takes any 2xx answer, read and dropped). Any
// other outcome is a *Failure: the status decides the reason; an address
// the guard refuses is Refused; no answer in time, or none at all, is
// Unavailable; an unreadable answer is Malformed.
func (v *Verifier) call(client *http.Client, req *http.Request, out any) error {
	resp, err := client.Do(req)
	if err != nil {
		return v.unanswered(req.Context(), err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return &Failure{Reason: Unavailable, Status: resp.StatusCode, Detail: "the answer was cut short"}
	}
	if f := statusFailure(resp.StatusCode); f != nil {
		f.code = errorCode(body)
		return f
	}
	if out == nil {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber() // identifiers are often numbers too large for a float
	if err := dec.Decode(out); err != nil {
		return &Failure{Reason: Malformed, Status: resp.StatusCode, Detail: "the answer is not the JSON expected"}
	}
	return nil
}

// errorCode returns the machine-readable error code a refusal's JSON body
// names (Plaid's error_code, an OAuth server's error), or "".
func errorCode(body []byte) string {
	var e struct {
		ErrorCode string `json:"error_code"`
		Error     any    `json:"error"`
	}
	if json.Unmarshal(body, &e) != nil {
		return ""
	}
	if s, ok := e.Error.(string); ok && e.ErrorCode == "" {
		return s
	}
	return e.ErrorCode
}

// unanswered returns the failure of a call that got no answer, classified
// by the error's type, never by its text, which it does not repeat: an
// address the guard refused reads the same whatever listens there.
func (v *Verifier) unanswered(ctx context.Context, err error) *Failure {
	switch {
	case errors.Is(err, outbound.ErrNotPublic):
		return &Failure{Reason: Refused, Detail: "not a public address"}
	case errors.Is(err, outbound.ErrNotHTTPS):
		return &Failure{Reason: Refused, Detail: "plain http is not allowed"}
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &Failure{Reason: Unavailable, Detail: fmt.Sprintf("no answer within %s", v.cfg.Timeout)}
	default:
		return &Failure{Reason: Unavailable, Detail: "the source could not be reached"}
	}
}

// statusFailure maps a non-2xx status to a failure, or returns nil.
func statusFailure(status int) *Failure {
	switch {
	case status >= 200 && status < 300:
		return nil
	case status >= 300 && status < 400:
		// Never followed: it could lead the credential to another host.
		return &Failure{Reason: Rejected, Status: status, Detail: "the source answered with a redirect, which is not followed"}
	case status == http.StatusUnauthorized:
		return &Failure{Reason: Unauthorized, Status: status, Detail: "the source does not accept these credentials"}
	case status == http.StatusForbidden:
		return &Failure{Reason: Forbidden, Status: status, Detail: "the credentials may not read the account"}
	case status == http.StatusNotFound:
		return &Failure{Reason: NotFound, Status: status, Detail: "the source does not know this account"}
	case status == http.StatusTooManyRequests:
		return &Failure{Reason: RateLimited, Status: status, Detail: "the source asks to retry later"}
	case status >= 500:
		return &Failure{Reason: Unavailable, Status: status, Detail: "the source failed to answer"}
	default:
		return &Failure{Reason: Rejected, Status: status, Detail: "the source refused the request"}
	}
}

// newRequest builds a request, failing only on a bad configured URL.
func newRequest(ctx context.Context, method, url string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return nil, fmt.Errorf("verify: bad source URL: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "latchkey")
	return req, nil
}

// missing returns a Malformed failure naming an expected field the answer
// lacks.
func missing(field string) error {
	return &Failure{Reason: Malformed, Status: http.StatusOK, Detail: "the answer has no " + field}
}
