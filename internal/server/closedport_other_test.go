//go:build !unix

package server_test

import (
	"net"
	"testing"
)

// closedPort returns a loopback port nothing listens on, closed again at
// once: another server may take it before the test is done.
func closedPort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return port(t, "http://"+ln.Addr().String())
}
