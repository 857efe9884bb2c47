package server

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// encodeAnswer returns resp as JSON. Its data, which gqlgen's marshallers
// wrote as JSON already, is copied as it is, not parsed and compacted
// again as json.Marshal would (a tenth of a page's CPU); the rest goes
// through json.Marshal. The copy differs from json.Marshal's output only
// where it does not matter: it may hold a newline between values, and
// leaves <, > and & in strings unescaped (answers are application/json,
// never sniffed). Data holding an escape that JSON lacks (strconv.Quote's
// \x, \U, \a or \v, which an enum marshaller writes for a stored value
// that is no valid UTF-8 or holds control characters) is refused by
// json.Marshal instead, as before.
func encodeAnswer(resp *graphql.Response) (answerParts, error) {
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil || !jsonEscapesOnly(resp.Data) {
		body, err := json.Marshal(resp)
		return answerParts{body: body}, err
	}
	head := []byte{'{'}
	if len(resp.Errors) > 0 {
		errors, err := json.Marshal(resp.Errors)
		if err != nil {
			return answerParts{}, err
		}
		head = append(append(append(head, `"errors":`...), errors...), ',')
	}
	head = append(head, `"data":`...)
	body := []byte(resp.Data)
	if len(body) == 0 {
		body = []byte("null")
	}
	tail := []byte{'}'}
	if len(resp.Extensions) > 0 {
		ext, err := json.Marshal(resp.Extensions)
		if err != nil {
			return answerParts{}, err
		}
		tail = append(append([]byte(`,"extensions":`), ext...), '}')
	}
	return answerParts{head: head, body: body, tail: tail}, nil
}

// answerParts is an answer written in three parts, so that the data in
// the middle is not copied.
type answerParts struct{ head, body, tail []byte }

// len returns the answer's length in bytes.
func (a answerParts) len() int { return len(a.head) + len(a.body) + len(a.tail) }

// writeTo writes the answer to w.
func (a answerParts) writeTo(w io.Writer) {
	for _, part := range [][]byte{a.head, a.body, a.tail} {
		if len(part) > 0 {
			if _, err := w.Write(part); err != nil {
				return
			}
		}
	}
}

// jsonEscapesOnly reports whether every backslash escape in data is one
// JSON has. It looks at backslashes only, which answers seldom hold.
func jsonEscapesOnly(data []byte) bool {
	for {
		i := bytes.IndexByte(data, '\\')
		if i < 0 {
			return true
		}
		if i+1 == len(data) {
			return false
		}
		switch data[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u':
		default:
			return false
		}
		data = data[i+2:]
	}
}
