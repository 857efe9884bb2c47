package filter

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrorsSayWhereAndWhat(t *testing.T) {
	cases := []struct {
		filter   string
		pos      int
		expected string
	}{
		{"id in {'a', 'b'", 16, `"," or "}"`},
		{"(isEnabled = true", 18, `")"`},
		{"isEnabled = true)", 17, `"and", "or" or the end`},
		{"name like 'x'", 6, "an operator"},
		{"name = ", 8, "a value"},
		{"name = 'unclosed", 8, "a closing '"},
		{"and name = 'x'", 1, "a field"},
		{"name = 'a' or", 14, "a field"},
		{"name ! 'a'", 6, `"!="`},
		{"name = 'a' # 'b'", 12, "a field, a value or an operator"},
	}
	for _, c := range cases {
		_, err := Parse(c.filter)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("Parse(%q) = %v, want an *Error", c.filter, err)
			continue
		}
		if e.Pos != c.pos || !strings.Contains(e.Expected, c.expected) {
			t.Errorf("Parse(%q): %v; want position %d, expected %s", c.filter, e, c.pos, c.expected)
		}
	}
}

func TestParseBounds(t *testing.T) {
	if _, err := Parse(strings.Repeat("(", MaxDepth+1) + "name = 'a'" + strings.Repeat(")", MaxDepth+1)); err == nil {
		t.Error("a filter nested too deeply was accepted")
	}
	if _, err := Parse(strings.Repeat("not ", MaxDepth+1) + "name = 'a'"); err == nil {
		t.Error("a filter negated too deeply was accepted")
	}
	if _, err := Parse(strings.Repeat("(", MaxDepth-1) + "name = 'a'" + strings.Repeat(")", MaxDepth-1)); err != nil {
		t.Errorf("a filter nested just within the bound: %v", err)
	}
	long := "name = '" + strings.Repeat("a", MaxLength) + "'"
	if _, err := Parse(long); err == nil {
		t.Error("a filter over the length bound was accepted")
	}
}

func TestPrecedence(t *testing.T) {
	got, err := Parse("a = 1 or not b = 2 and (c = 3 or d = 4)")
	if err != nil {
		t.Fatal(err)
	}
	cmp1 := func(f, v string, pos, vpos int) Cmp {
		return Cmp{Field: f, Op: "=", Values: []Value{{Text: v, Pos: vpos}}, Pos: pos}
	}
	want := Or{[]Expr{
		cmp1("a", "1", 1, 5),
		And{[]Expr{
			Not{cmp1("b", "2", 14, 18)},
			Or{[]Expr{cmp1("c", "3", 25, 29), cmp1("d", "4", 34, 38)}},
		}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestTimeWords(t *testing.T) {
	now := time.Date(2026, 3, 15, 13, 45, 30, 0, time.UTC)
	midnight := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	cases := map[string]time.Time{
		"Now":                       now,
		"today":                     midnight,
		"Yesterday":                 midnight.AddDate(0, 0, -1),
		"TOMORROW":                  midnight.AddDate(0, 0, 1),
		"7 days ago":                now.Add(-7 * 24 * time.Hour),
		"1 hour ago":                now.Add(-time.Hour),
		"2 weeks ago":               now.Add(-14 * 24 * time.Hour),
		"2025-12-31":                time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC),
		"2025-12-31T10:00:00+02:00": time.Date(2025, 12, 31, 8, 0, 0, 0, time.UTC),
		"2025-12-31T10:00:00.5Z":    time.Date(2025, 12, 31, 10, 0, 0, 5e8, time.UTC),
	}
	for text, want := range cases {
		e, err := Parse("createdTime > " + text)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		got, ok := parseTime(e.(Cmp).Values[0], now)
		if !ok || !got.Equal(want) {
			t.Errorf("%q = %v, want %v", text, got, want)
		}
	}
	for _, bad := range []string{"Someday", "2025-13-01", "7 fortnights ago"} {
		e, err := Parse("createdTime > " + bad)
		if err != nil {
			continue
		}
		if _, ok := parseTime(e.(Cmp).Values[0], now); ok {
			t.Errorf("%q was read as a time", bad)
		}
	}
}

func TestParseSort(t *testing.T) {
	got, err := ParseSort("isEnabled:DESC, createdTime:asc,name", AuthAccesses)
	want := []SortTerm{{"IS_ENABLED", true}, {"CREATED_TIME", false}, {"NAME", false}}
	if err != nil || !cmp.Equal(want, got) {
		t.Errorf("ParseSort = %v, %v; want %v", got, err, want)
	}
	for _, bad := range []string{"secretKey:ASC", "nope:DESC", "name:SIDEWAYS", "description:ASC"} {
		if _, err := ParseSort(bad, AuthAccesses); err == nil {
			t.Errorf("ParseSort(%q) accepted", bad)
		}
	}
	if _, err := ParseSort("secretKey:ASC", AuthAccesses); !strings.Contains(err.Error(), "hashes") {
		t.Errorf("sorting by secretKey: %v, want the reason", err)
	}
}

// FuzzParse checks that no input makes the parser panic or hang, and that
// every error has a position within the input.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"id in {'31234', '5678', '9990'}",
		"createdTime isBefore Yesterday",
		"id startsWith abcd",
		"not (isEnabled = false or name containsIgnoreCase 'crm') and createdTime > 7 days ago",
		"creator._type = API and creator.personId isNotNull",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, err := Parse(src)
		if e, ok := err.(*Error); ok && (e.Pos < 1 || e.Pos > len(src)+1 && e.Pos != MaxLength+1) {
			t.Errorf("Parse(%q): position %d outside the input", src, e.Pos)
		}
	})
}
