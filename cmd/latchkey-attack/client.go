package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"
)

// response is one GraphQL answer over HTTP.
type response struct {
	Status int
	Data   json.RawMessage
	Errors []gqlError
	Size   int // the body's length in bytes
	Header http.Header
}

// gqlError is one error of a GraphQL answer.
type gqlError struct {
	Message    string
	Extensions struct {
		Code string
	}
}

// Code returns the answer's first error code, or "" when it has none.
func (r response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Extensions.Code
}

// Err returns an error describing a failed answer (not 200, or with
// GraphQL errors), or nil.
func (r response) Err() error {
	if r.Status == http.StatusOK && len(r.Errors) == 0 {
		return nil
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("HTTP %d, %s: %s", r.Status, r.Code(), r.Errors[0].Message)
	}
	return fmt.Errorf("HTTP %d", r.Status)
}

// retryAfter returns how long a 429 answer asks the client to wait
// (Retry-After, 1 s when it says nothing usable).
func (r response) retryAfter() time.Duration {
	if n, err := strconv.Atoi(r.Header.Get("Retry-After")); err == nil && n > 0 {
		return time.Duration(n) * time.Second
	}
	return time.Second
}

// gqlBody returns a GraphQL request body.
func gqlBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// do posts a GraphQL request with the secret key (none when empty) through
// client (http.DefaultClient when nil) and reads the answer.
func (t *target) do(ctx context.Context, client *http.Client, secret string, body []byte) (response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	out := response{Status: resp.StatusCode, Size: len(raw), Header: resp.Header}
	if err != nil {
		return out, err
	}
	_ = json.Unmarshal(raw, &out)
	out.Size = len(raw)
	return out, nil
}

// query posts query with vars as secret and returns the answer.
func (t *target) query(ctx context.Context, secret, query string, vars map[string]any) (response, error) {
	return t.do(ctx, nil, secret, gqlBody(query, vars))
}

// must posts query with vars as secret and decodes the data into out,
// failing on any error.
func (t *target) must(ctx context.Context, secret, query string, vars map[string]any, out any) error {
	r, err := t.query(ctx, secret, query, vars)
	if err != nil {
		return err
	}
	if err := r.Err(); err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r.Data, out)
}

// fromAddress returns an HTTP client whose connections come from the
// loopback address 127.0.x.y: an attacker with many addresses, which the
// anonymous rate limit (per address) counts apart. n picks the address
// (0 ≤ n < 65,000).
func fromAddress(n int, timeout time.Duration) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: loopback(n)}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: timeout, Transport: &http.Transport{DialContext: d.DialContext, DisableKeepAlives: true}}
}

// loopback returns the n-th loopback address from 127.0.1.1 on, skipping
// the .0 and .255 ends of each block.
func loopback(n int) net.IP {
	return net.IPv4(127, 0, byte(1+n/250), byte(1+n%250))
}
