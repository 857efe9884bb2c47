// Package filter reads a list language in the style of REST list APIs:
//
//	id in {'31234', '5678'} and createdTime isBefore Yesterday
//
// and compiles it into the generated where-inputs of the data layer, so that
// a filter and the equivalent `where` argument mean exactly the same thing,
// under the same privacy rules. It also reads sortBy strings such as
// "foreignId:DESC,createdTime:ASC". docs/filter.md describes the grammar.
package filter

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// MaxLength is the longest filter accepted, in bytes.
	MaxLength = 4096
	// MaxDepth is how deeply parentheses and not may nest.
	MaxDepth = 16
)

type tokenKind int

const (
	tEOF tokenKind = iota
	tWord
	tString
	tNumber
	tOp // = != < <= > >=
	tLBrace
	tRBrace
	tLParen
	tRParen
	tComma
)

type token struct {
	kind tokenKind
	text string
	pos  int // byte offset, from 1
}

func (t token) String() string {
	switch t.kind {
	case tEOF:
		return "the end of the filter"
	case tString:
		return fmt.Sprintf("the string %q", t.text)
	default:
		return fmt.Sprintf("%q", t.text)
	}
}

// Error is a syntax or meaning error at a position of the filter.
type Error struct {
	// Pos is the byte offset of the problem, from 1.
	Pos int
	// Found is what was there.
	Found string
	// Expected is what would have been right.
	Expected string
}

// Error says where, what was found and what was expected.
func (e *Error) Error() string {
	return fmt.Sprintf("at %d: found %s, expected %s", e.Pos, e.Found, e.Expected)
}

func lex(src string) ([]token, error) {
	if len(src) > MaxLength {
		return nil, &Error{Pos: MaxLength + 1, Found: fmt.Sprintf("a filter of %d bytes", len(src)), Expected: fmt.Sprintf("at most %d bytes", MaxLength)}
	}
	if !utf8.ValidString(src) {
		return nil, &Error{Pos: 1, Found: "invalid UTF-8", Expected: "text"}
	}
	var toks []token
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		start := i
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '\'' || r == '"':
			var b strings.Builder
			i += size
			closed := false
			for i < len(src) {
				c, n := utf8.DecodeRuneInString(src[i:])
				i += n
				if c == '\\' && i < len(src) {
					e, m := utf8.DecodeRuneInString(src[i:])
					b.WriteRune(e)
					i += m
					continue
				}
				if c == r {
					closed = true
					break
				}
				b.WriteRune(c)
			}
			if !closed {
				return nil, &Error{Pos: start + 1, Found: "a string that is not closed", Expected: fmt.Sprintf("a closing %c", r)}
			}
			toks = append(toks, token{tString, b.String(), start + 1})
		case r == '{' || r == '}' || r == '(' || r == ')' || r == ',':
			kind := map[rune]tokenKind{'{': tLBrace, '}': tRBrace, '(': tLParen, ')': tRParen, ',': tComma}[r]
			toks = append(toks, token{kind, string(r), start + 1})
			i += size
		case r == '=' || r == '<' || r == '>' || r == '!':
			op := string(r)
			i += size
			if i < len(src) && src[i] == '=' {
				op += "="
				i++
			}
			if op == "!" {
				return nil, &Error{Pos: start + 1, Found: `"!"`, Expected: `"!="`}
			}
			toks = append(toks, token{tOp, op, start + 1})
		case isWordRune(r):
			for i < len(src) {
				c, n := utf8.DecodeRuneInString(src[i:])
				if !isWordRune(c) {
					break
				}
				i += n
			}
			text := src[start:i]
			kind := tWord
			if isNumber(text) {
				kind = tNumber
			}
			toks = append(toks, token{kind, text, start + 1})
		default:
			return nil, &Error{Pos: start + 1, Found: fmt.Sprintf("%q", r), Expected: "a field, a value or an operator"}
		}
	}
	return append(toks, token{tEOF, "", len(src) + 1}), nil
}

// isWordRune reports whether r continues a bare word: field paths
// (creator._type), bare values (abcd, 2024-05-01T10:00:00Z, acc_01J…).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-:+@", r)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !unicode.IsDigit(r) && !(r == '-' && i == 0 && len(s) > 1) && r != '.' {
			return false
		}
	}
	return true
}
