package server

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestAnswerBodyIsWhatJSONMarshalWrites: the answer written without
// compacting the data again is byte for byte encoding/json's.
func TestAnswerBodyIsWhatJSONMarshalWrites(t *testing.T) {
	hasNext := true
	for name, resp := range map[string]*graphql.Response{
		"data":                 {Data: json.RawMessage(`{"a":"<b>&</b>","c":[1,2.5,null,true],"d":"\u2028\u2029 \" \\ é"}`)},
		"no data":              {},
		"null data and errors": {Data: json.RawMessage(`null`), Errors: gqlerror.List{{Message: "a <b> & c", Path: ast.Path{ast.PathName("x"), ast.PathIndex(1)}, Extensions: map[string]any{"code": "BAD"}}}},
		"data and extensions":  {Data: json.RawMessage(`{"x":1}`), Extensions: map[string]any{"cost": map[string]any{"actual": 5}}},
		"incremental":          {Data: json.RawMessage(`{}`), Label: "l", Path: ast.Path{ast.PathName("p")}, HasNext: &hasNext},
		"empty extensions":     {Data: json.RawMessage(`{}`), Extensions: map[string]any{}},
		"no response":          nil,
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		got, err := answerBody(resp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}
