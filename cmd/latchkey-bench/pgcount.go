package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync"
	"sync/atomic"
)

// statementCounter is a TCP proxy in front of PostgreSQL that counts the
// statements its clients run: every simple Query message and every Execute
// of the extended protocol, whatever the client's driver. It reads the
// frontend's messages only as far as their headers.
type statementCounter struct {
	ln     net.Listener
	target string
	n      atomic.Int64
	wg     sync.WaitGroup
}

// countStatements starts a counting proxy to the server of dbURL and returns
// it with the URL that reaches the same database through it.
func countStatements(dbURL string) (*statementCounter, string, error) {
	u, err := url.Parse(dbURL)
	if err != nil {
		return nil, "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	c := &statementCounter{ln: ln, target: u.Host}
	u.Host = ln.Addr().String()
	go c.accept()
	return c, u.String(), nil
}

// Count returns the statements run so far.
func (c *statementCounter) Count() int64 { return c.n.Load() }

// Close stops accepting and waits for the open connections to end.
func (c *statementCounter) Close() {
	c.ln.Close()
	c.wg.Wait()
}

func (c *statementCounter) accept() {
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", c.target)
		if err != nil {
			client.Close()
			continue
		}
		c.wg.Add(2)
		go func() {
			defer c.wg.Done()
			_, _ = io.Copy(client, server)
			client.Close()
		}()
		go func() {
			defer c.wg.Done()
			_ = c.relay(server, client)
			server.Close()
		}()
	}
}

// relay copies the frontend's messages from client to server, counting Q
// and E messages. Before the startup message the frontend sends untyped
// messages (SSL or GSS encryption requests, then the startup packet itself).
func (c *statementCounter) relay(conn io.Writer, client io.Reader) error {
	r := bufio.NewReaderSize(client, 64<<10)
	server := bufio.NewWriterSize(conn, 64<<10)
	header := make([]byte, 5)
	started := false
	for {
		var typ byte
		var size uint32
		if !started {
			if _, err := io.ReadFull(r, header[:4]); err != nil {
				return err
			}
			size = binary.BigEndian.Uint32(header[:4])
			if size < 8 {
				return fmt.Errorf("pgcount: bad startup length %d", size)
			}
			var code [4]byte
			if _, err := io.ReadFull(r, code[:]); err != nil {
				return err
			}
			// 80877103 and 80877104 ask for SSL and GSS encryption; any
			// other code is the startup packet or a cancel request.
			if v := binary.BigEndian.Uint32(code[:]); v != 80877103 && v != 80877104 {
				started = true
			}
			if _, err := server.Write(append(header[:4:4], code[:]...)); err != nil {
				return err
			}
			if _, err := io.CopyN(server, r, int64(size)-8); err != nil {
				return err
			}
			if err := server.Flush(); err != nil {
				return err
			}
			continue
		}
		if _, err := io.ReadFull(r, header); err != nil {
			return err
		}
		typ, size = header[0], binary.BigEndian.Uint32(header[1:])
		if typ == 'Q' || typ == 'E' {
			c.n.Add(1)
		}
		if _, err := server.Write(header); err != nil {
			return err
		}
		if _, err := io.CopyN(server, r, int64(size)-4); err != nil {
			return err
		}
		// Pass a batch of messages on once the client has sent all of it.
		if r.Buffered() == 0 {
			if err := server.Flush(); err != nil {
				return err
			}
		}
	}
}
