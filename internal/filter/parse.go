package filter

import (
	"strconv"
	"strings"
)

// Expr is a parsed filter.
type Expr interface{ expr() }

// And holds if every item holds.
type And struct{ Items []Expr }

// Or holds if any item holds.
type Or struct{ Items []Expr }

// Not holds if X does not.
type Not struct{ X Expr }

// Cmp compares a field with values.
type Cmp struct {
	// Field is the field path, such as createdTime.timestamp.seconds.
	Field string
	// Op is the canonical operator: = != < <= > >= in notIn startsWith
	// endsWith contains containsIgnoreCase isBefore isAfter isNull isNotNull.
	Op string
	// Values are the operands: one, several for in and notIn, none for
	// isNull and isNotNull.
	Values []Value
	// Pos is where the comparison starts, from 1.
	Pos int
}

// Value is an operand as written.
type Value struct {
	// Text is the value, without quotes; for a relative time, the whole
	// phrase ("7 days ago").
	Text string
	// Quoted reports whether it was a quoted string.
	Quoted bool
	// Pos is where it starts, from 1.
	Pos int
}

func (And) expr() {}
func (Or) expr()  {}
func (Not) expr() {}
func (Cmp) expr() {}

// operators maps each operator word, in lower case, to its canonical form.
var operators = map[string]string{
	"=": "=", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=",
	"in": "in", "notin": "notIn", "startswith": "startsWith", "endswith": "endsWith",
	"contains": "contains", "containsignorecase": "containsIgnoreCase",
	"isbefore": "isBefore", "isafter": "isAfter", "isnull": "isNull", "isnotnull": "isNotNull",
}

const operatorList = "=, !=, <, <=, >, >=, in, notIn, startsWith, endsWith, contains, containsIgnoreCase, isBefore, isAfter, isNull or isNotNull"

// Parse reads a filter. "and" binds tighter than "or", "not" tighter than
// both; parentheses group. It returns an *Error for a filter that is too
// long, too deeply nested, or not well formed.
func Parse(src string) (Expr, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	e, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, &Error{Pos: t.pos, Found: t.String(), Expected: `"and", "or" or the end of the filter`}
	}
	return e, nil
}

type parser struct {
	toks []token
	i    int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token { t := p.toks[p.i]; p.i++; return t }

func (p *parser) isWord(w string) bool {
	t := p.peek()
	return t.kind == tWord && strings.EqualFold(t.text, w)
}

func (p *parser) or(depth int) (Expr, error) {
	var items []Expr
	for {
		e, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		items = append(items, e)
		if !p.isWord("or") {
			break
		}
		p.next()
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return Or{items}, nil
}

func (p *parser) and(depth int) (Expr, error) {
	var items []Expr
	for {
		e, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		items = append(items, e)
		if !p.isWord("and") {
			break
		}
		p.next()
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return And{items}, nil
}

func (p *parser) unary(depth int) (Expr, error) {
	t := p.peek()
	if depth >= MaxDepth {
		return nil, &Error{Pos: t.pos, Found: "nesting deeper than " + strconv.Itoa(MaxDepth), Expected: "a flatter filter"}
	}
	switch {
	case p.isWord("not"):
		p.next()
		x, err := p.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		return Not{x}, nil
	case t.kind == tLParen:
		p.next()
		e, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.kind != tRParen {
			return nil, &Error{Pos: c.pos, Found: c.String(), Expected: `")"`}
		}
		return e, nil
	case t.kind == tWord && !p.isWord("and") && !p.isWord("or"):
		return p.comparison()
	default:
		return nil, &Error{Pos: t.pos, Found: t.String(), Expected: `a field, "not" or "("`}
	}
}

func (p *parser) comparison() (Expr, error) {
	field := p.next()
	opTok := p.next()
	op, ok := operators[strings.ToLower(opTok.text)]
	if !ok || (opTok.kind != tOp && opTok.kind != tWord) {
		return nil, &Error{Pos: opTok.pos, Found: opTok.String(), Expected: "an operator: " + operatorList}
	}
	c := Cmp{Field: field.text, Op: op, Pos: field.pos}
	switch op {
	case "isNull", "isNotNull":
		return c, nil
	case "in", "notIn":
		open := p.next()
		if open.kind != tLBrace {
			return nil, &Error{Pos: open.pos, Found: open.String(), Expected: `"{" and a list of values`}
		}
		for {
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			c.Values = append(c.Values, v)
			sep := p.next()
			if sep.kind == tRBrace {
				return c, nil
			}
			if sep.kind != tComma {
				return nil, &Error{Pos: sep.pos, Found: sep.String(), Expected: `"," or "}"`}
			}
		}
	default:
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		c.Values = []Value{v}
		return c, nil
	}
}

// value reads a quoted string, a bare word or number, or a relative time
// such as "7 days ago".
func (p *parser) value() (Value, error) {
	t := p.next()
	switch t.kind {
	case tString:
		return Value{Text: t.text, Quoted: true, Pos: t.pos}, nil
	case tNumber:
		if u := p.peek(); u.kind == tWord && isUnit(u.text) && p.i+1 < len(p.toks) &&
			p.toks[p.i+1].kind == tWord && strings.EqualFold(p.toks[p.i+1].text, "ago") {
			p.next()
			p.next()
			return Value{Text: t.text + " " + strings.ToLower(u.text) + " ago", Pos: t.pos}, nil
		}
		return Value{Text: t.text, Pos: t.pos}, nil
	case tWord:
		if _, isOp := operators[strings.ToLower(t.text)]; isOp || strings.EqualFold(t.text, "and") || strings.EqualFold(t.text, "or") {
			return Value{}, &Error{Pos: t.pos, Found: t.String(), Expected: "a value"}
		}
		return Value{Text: t.text, Pos: t.pos}, nil
	default:
		return Value{}, &Error{Pos: t.pos, Found: t.String(), Expected: "a value"}
	}
}

// Scans returns how many comparisons of a parsed filter compare text by
// part (contains, containsIgnoreCase, startsWith, endsWith): no index
// serves those, so the database tests each of them on every row of the
// listing.
func Scans(e Expr) int {
	return count(e, func(c Cmp) bool {
		return c.Op == "contains" || c.Op == "containsIgnoreCase" || c.Op == "startsWith" || c.Op == "endsWith"
	})
}

// Count returns the comparisons of a parsed filter.
func Count(e Expr) int {
	return count(e, func(Cmp) bool { return true })
}

// count returns the comparisons of e for which counted holds.
func count(e Expr, counted func(Cmp) bool) int {
	var items []Expr
	switch x := e.(type) {
	case And:
		items = x.Items
	case Or:
		items = x.Items
	case Not:
		items = []Expr{x.X}
	case Cmp:
		if counted(x) {
			return 1
		}
		return 0
	}
	n := 0
	for _, item := range items {
		n += count(item, counted)
	}
	return n
}
