package server_test

import (
	"strconv"
	"syscall"
	"testing"
)

// closedPort returns a loopback port nothing listens on for the rest of
// the test: a socket is bound to it, and never listens, so connections to
// it are refused and no other test's server can take it meanwhile (a port
// merely closed again was, once, and answered 404).
func closedPort(t *testing.T) string {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(sa.(*syscall.SockaddrInet4).Port)
}
