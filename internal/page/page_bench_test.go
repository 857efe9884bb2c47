package page

import (
	"bytes"
	"context"
	"testing"
	"time"
)

// BenchmarkCursorRoundTrip measures making a cursor, encoding it for the
// client, decoding it back and turning it into the next page's predicate.
func BenchmarkCursorRoundTrip(b *testing.B) {
	k, _ := NewKeyset(context.Background(), "Account", []Key{{Name: "CREATED_TIME", Column: "created_time", Desc: true}, {Name: "ID", Column: "id", Desc: true}})
	now := time.Now().UTC()
	var buf bytes.Buffer
	for b.Loop() {
		c := k.Cursor("acc_01JD3M5Q8X2Y7Z9ABCDEFGHJKM", []any{now})
		buf.Reset()
		c.MarshalGQL(&buf)
		var back Cursor
		if err := back.UnmarshalGQL(string(bytes.Trim(buf.Bytes(), `"`))); err != nil {
			b.Fatal(err)
		}
		if _, err := k.Predicates(&back, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPageCursors measures what a page of 50 spends on its cursors:
// making each edge's cursor and encoding it for the client, as the
// response is written. The keyset's signature is computed once per page,
// by NewKeyset, outside the loop.
func BenchmarkPageCursors(b *testing.B) {
	k, _ := NewKeyset(context.Background(), "Account", []Key{{Name: "CREATED_TIME", Column: "created_time", Desc: true}, {Name: "ID", Column: "id", Desc: true}})
	now := time.Now().UTC()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		for range 50 {
			c := k.Cursor("acc_01JD3M5Q8X2Y7Z9ABCDEFGHJKM", []any{now})
			c.MarshalGQL(&buf)
		}
	}
}
