package filter

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// unmarshaler is implemented by the generated enum types.
type unmarshaler interface{ UnmarshalGQL(any) error }

// suffixes maps an operator to the where-input suffix it sets, by kind.
var suffixes = map[string]string{
	"=": "", "!=": "NEQ", "<": "LT", "<=": "LTE", ">": "GT", ">=": "GTE",
	"in": "In", "notIn": "NotIn", "startsWith": "HasPrefix", "endsWith": "HasSuffix",
	"contains": "Contains", "containsIgnoreCase": "ContainsFold",
	"isBefore": "LT", "isAfter": "GT", "isNull": "IsNil", "isNotNull": "NotNil",
}

// allowed lists the operators of each kind.
var allowed = map[Kind][]string{
	String:      {"=", "!=", "<", "<=", ">", ">=", "in", "notIn", "startsWith", "endsWith", "contains", "containsIgnoreCase", "isNull", "isNotNull"},
	ID:          {"=", "!=", "<", "<=", ">", ">=", "in", "notIn", "startsWith", "containsIgnoreCase"},
	Time:        {"=", "!=", "<", "<=", ">", ">=", "in", "notIn", "isBefore", "isAfter", "isNull", "isNotNull"},
	Bool:        {"=", "!="},
	Enum:        {"=", "!=", "in", "notIn", "isNull", "isNotNull"},
	Environment: {"=", "!=", "in", "notIn"},
}

func init() {
	allowed[Seconds], allowed[Millis] = allowed[Time], allowed[Time]
}

// Compile fills where, a pointer to a generated where-input (such as
// *ent.AccountWhereInput), with the meaning of e over schema. env is the
// viewer's environment and now the time that time words are read against.
// It returns an *Error naming the position of an unknown or secret field,
// an operator that does not fit its field, or a malformed value.
func Compile(e Expr, schema Schema, where any, env string, now time.Time) error {
	c := compiler{schema: schema, typ: reflect.TypeOf(where).Elem(), env: env, now: now}
	v, err := c.expr(e)
	if err != nil {
		return err
	}
	reflect.ValueOf(where).Elem().Set(v.Elem())
	return nil
}

type compiler struct {
	schema Schema
	typ    reflect.Type // the where-input struct type
	env    string
	now    time.Time
}

func (c *compiler) expr(e Expr) (reflect.Value, error) {
	out := reflect.New(c.typ)
	switch e := e.(type) {
	case And:
		return c.list(e.Items, "And")
	case Or:
		return c.list(e.Items, "Or")
	case Not:
		v, err := c.expr(e.X)
		if err != nil {
			return out, err
		}
		out.Elem().FieldByName("Not").Set(v)
	case Cmp:
		return c.cmp(e)
	}
	return out, nil
}

// list compiles items into the where-input's And or Or list.
func (c *compiler) list(items []Expr, name string) (reflect.Value, error) {
	out := reflect.New(c.typ)
	field := out.Elem().FieldByName(name)
	for _, it := range items {
		v, err := c.expr(it)
		if err != nil {
			return out, err
		}
		field.Set(reflect.Append(field, v))
	}
	return out, nil
}

func (c *compiler) cmp(e Cmp) (reflect.Value, error) {
	out := reflect.New(c.typ)
	f, ok := c.schema[e.Field]
	if !ok {
		return out, &Error{Pos: e.Pos, Found: fmt.Sprintf("the field %q", e.Field), Expected: "one of " + strings.Join(c.schema.Fields(), ", ")}
	}
	if f.Secret != "" {
		return out, &Error{Pos: e.Pos, Found: fmt.Sprintf("the field %q", e.Field), Expected: "a field that is not secret: " + f.Secret}
	}
	if !slices.Contains(allowed[f.Kind], e.Op) {
		return out, &Error{Pos: e.Pos, Found: fmt.Sprintf("%s %s", e.Field, e.Op), Expected: fmt.Sprintf("one of the operators of %s: %s", e.Field, strings.Join(allowed[f.Kind], ", "))}
	}
	if f.Kind == Environment {
		return c.environment(out, e)
	}
	// Walk the edges to the input that holds the field.
	path := strings.Split(f.Where, ".")
	target := out
	for _, edge := range path[:len(path)-1] {
		field := target.Elem().FieldByName(edge)
		inner := reflect.New(field.Type().Elem().Elem())
		field.Set(reflect.Append(field, inner))
		target = inner
	}
	name := path[len(path)-1]
	switch {
	case e.Op == "startsWith" && f.Kind == ID:
		// IDs have no prefix predicate: a prefix is the range [p, p+"\U0010FFFF").
		return out, c.setRange(target, name, e)
	case e.Op == "isNull" || e.Op == "isNotNull":
		field := target.Elem().FieldByName(name + suffixes[e.Op])
		if !field.IsValid() {
			return out, &Error{Pos: e.Pos, Found: fmt.Sprintf("%s %s", e.Field, e.Op), Expected: "a test that fits: " + e.Field + " is never null"}
		}
		field.SetBool(true)
		return out, nil
	}
	field := target.Elem().FieldByName(name + suffixes[e.Op])
	if !field.IsValid() {
		return out, &Error{Pos: e.Pos, Found: fmt.Sprintf("%s %s", e.Field, e.Op), Expected: "an operator that fits " + e.Field}
	}
	if field.Kind() == reflect.Slice {
		for _, val := range e.Values {
			v, err := c.value(field.Type().Elem(), f.Kind, val)
			if err != nil {
				return out, err
			}
			field.Set(reflect.Append(field, v))
		}
		return out, nil
	}
	v, err := c.value(field.Type().Elem(), f.Kind, e.Values[0])
	if err != nil {
		return out, err
	}
	ptr := reflect.New(field.Type().Elem())
	ptr.Elem().Set(v)
	field.Set(ptr)
	return out, nil
}

// setRange sets name >= prefix and name < prefix followed by the largest
// character.
func (c *compiler) setRange(target reflect.Value, name string, e Cmp) error {
	lo, hi := e.Values[0].Text, e.Values[0].Text+"\U0010FFFF"
	target.Elem().FieldByName(name + "GTE").Set(reflect.ValueOf(&lo))
	target.Elem().FieldByName(name + "LT").Set(reflect.ValueOf(&hi))
	return nil
}

// environment compiles a comparison with the environment's ID: every row
// the viewer sees is in its environment, so it is always or never true.
func (c *compiler) environment(out reflect.Value, e Cmp) (reflect.Value, error) {
	match := slices.ContainsFunc(e.Values, func(v Value) bool { return v.Text == c.env })
	if match == (e.Op == "=" || e.Op == "in") {
		return out, nil // always true: no predicate
	}
	never := ""
	out.Elem().FieldByName("IDIn").Set(reflect.ValueOf([]string{never}))
	return out, nil
}

// value converts a written value into typ, the where-input's element type.
func (c *compiler) value(typ reflect.Type, kind Kind, v Value) (reflect.Value, error) {
	bad := func(expected string) (reflect.Value, error) {
		return reflect.Value{}, &Error{Pos: v.Pos, Found: fmt.Sprintf("%q", v.Text), Expected: expected}
	}
	switch kind {
	case Time, Seconds, Millis:
		var t time.Time
		if kind == Time {
			var ok bool
			if t, ok = parseTime(v, c.now); !ok {
				return bad("a time: an ISO-8601 instant or date, Now, Today, Yesterday, Tomorrow or “N days ago”")
			}
		} else {
			n, err := strconv.ParseInt(v.Text, 10, 64)
			if err != nil {
				return bad("a whole number of seconds or milliseconds since 1970")
			}
			if kind == Seconds {
				t = time.Unix(n, 0).UTC()
			} else {
				t = time.UnixMilli(n).UTC()
			}
		}
		return reflect.ValueOf(t), nil
	case Bool:
		b, err := strconv.ParseBool(v.Text)
		if err != nil {
			return bad("true or false")
		}
		return reflect.ValueOf(b), nil
	case Enum:
		ptr := reflect.New(typ)
		u, ok := ptr.Interface().(unmarshaler)
		if !ok {
			return bad("a value")
		}
		if err := u.UnmarshalGQL(v.Text); err != nil {
			return bad("one of the values of the field")
		}
		return ptr.Elem(), nil
	default:
		return reflect.ValueOf(v.Text).Convert(typ), nil
	}
}
