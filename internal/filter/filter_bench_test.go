package filter

import (
	"testing"
	"time"
)

const benchFilter = "(isEnabled = true and createdTime isAfter 7 days ago) or id in {'key_01', 'key_02', 'key_03'} and not name containsIgnoreCase 'test'"

// target is a where-input shaped like the generated ones, for compiling
// without the data layer.
type target struct {
	Not              *target
	And              []*target
	Or               []*target
	ID               *string
	IDIn             []string
	IsEnabled        *bool
	CreatedTimeGT    *time.Time
	NameContainsFold *string
	HasCreatorWith   []*target
}

var benchSchema = Schema{
	"id":          {Where: "ID", Kind: ID},
	"isEnabled":   {Where: "IsEnabled", Kind: Bool},
	"createdTime": {Where: "CreatedTime", Kind: Time},
	"name":        {Where: "Name", Kind: String},
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(benchFilter); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAndCompile(b *testing.B) {
	now := time.Now()
	for b.Loop() {
		e, err := Parse(benchFilter)
		if err != nil {
			b.Fatal(err)
		}
		if err := Compile(e, benchSchema, new(target), "env", now); err != nil {
			b.Fatal(err)
		}
	}
}
