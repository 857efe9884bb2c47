package server

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestAnswersAreJSONMarshalsValues: encodeAnswer writes what json.Marshal
// writes, value for value, and refuses what it refuses.
func TestAnswersAreJSONMarshalsValues(t *testing.T) {
	var mapData bytes.Buffer
	graphql.MarshalMap(map[string]any{"a": "<b>&", "n": 1}).MarshalGQL(&mapData)
	var str bytes.Buffer
	graphql.MarshalString("quote \" backslash \\ tab \t nul \x00 line \u2028 <script>").MarshalGQL(&str)
	yes := true
	cases := map[string]*graphql.Response{
		"data":             {Data: json.RawMessage(`{"viewer":{"permission":"READ_ONLY"}}`)},
		"no data":          {Errors: gqlerror.List{{Message: "denied", Extensions: map[string]any{"code": "FORBIDDEN"}}}},
		"errors and data":  {Errors: gqlerror.List{{Message: "x <y>", Path: ast.Path{ast.PathName("a"), ast.PathIndex(1)}}}, Data: json.RawMessage(`{"a":[null,{"b":1}]}`)},
		"a map's newline":  {Data: json.RawMessage(`{"m":` + mapData.String() + `}`)},
		"escaped strings":  {Data: json.RawMessage(`{"s":` + str.String() + `}`)},
		"extensions":       {Data: json.RawMessage(`{}`), Extensions: map[string]any{"cost": 3}},
		"incremental part": {Data: json.RawMessage(`{"x":1}`), Label: "l", HasNext: &yes},
	}
	for name, resp := range cases {
		parts, err := encodeAnswer(resp)
		var buf bytes.Buffer
		parts.writeTo(&buf)
		got := buf.Bytes()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(got) != parts.len() {
			t.Errorf("%s: %d bytes written, %d said", name, len(got), parts.len())
		}
		want, _ := json.Marshal(resp)
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Errorf("%s: %s is not JSON: %v", name, got, err)
			continue
		}
		_ = json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %s, want the value of %s", name, got, want)
		}
	}

	// strconv.Quote, which enum marshallers use, writes escapes JSON lacks
	// for control characters and bytes that are not UTF-8: refused.
	for _, value := range []string{"bell\a", "tab\v", "not utf-8 \xff", "private \U000f0000"} {
		resp := &graphql.Response{Data: json.RawMessage(`{"e":` + strconv.Quote(value) + `}`)}
		if parts, err := encodeAnswer(resp); err == nil {
			t.Errorf("%q as an enum was written: %q", value, parts.body)
		}
	}
}
